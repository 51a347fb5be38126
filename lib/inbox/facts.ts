/**
 * What the inbox keeps in memory about each flagged mention: the few fields its filters, facets,
 * sorts and priority read, never the text. The list fetches full rows only for what is on screen.
 */
import { ComplaintCategorySchema, type ComplaintCategory, type MentionStatus, type Platform, type StoredMention } from '../schema.ts';

/**
 * A mention captured long after it was posted (an Amazon review from 2019 read today) has not
 * been waiting for the team all that time: the team could not answer what it had not seen. Its
 * waiting starts at most this long before its capture, so a years-old review does not top
 * "longest waiting"; a post captured a few hours late still counts every hour it waited.
 */
export const LATE_CAPTURE_GRACE_MS = 24 * 3_600_000;

export interface InboxFacts {
  id: string;
  status: MentionStatus;
  platform: Platform;
  lang: string;
  categories: ComplaintCategory[];
  /** Whole stars (1..5) for reviews; undefined for posts. */
  rating?: number;
  productId?: string;
  /** Posted time if known, else capture time (epoch ms): what "newest" sorts by. */
  sortAt: number;
  /** When the mention started waiting for an answer (epoch ms; see LATE_CAPTURE_GRACE_MS). */
  waitingSince: number;
  /** Sentiment score, −1..1. */
  sentiment: number;
  /** It matched a watch-list term (brand, handle, product). */
  watched: boolean;
  /** Values of facets other features add (incident, claimed-by): facet id -> value. */
  extra?: Readonly<Record<string, string>>;
}

/** A facet another feature adds to the inbox (the replies issue's incident, the team's
 * claimed-by): how to read its value from a stored row. */
export interface FacetSource {
  id: string;
  valueOf(row: StoredMention): string | undefined;
}

export function waitingSince(row: Pick<StoredMention, 'sortAt' | 'capturedAt'>): number {
  const sortAt = Date.parse(row.sortAt);
  const captured = Date.parse(row.capturedAt);
  return Math.max(sortAt, captured - LATE_CAPTURE_GRACE_MS);
}

export function factsOf(row: StoredMention, sources: readonly FacetSource[] = []): InboxFacts {
  const categories = (row.analysis.complaint?.categories ?? []).filter((c) => ComplaintCategorySchema.safeParse(c).success);
  const facts: InboxFacts = {
    id: row.id,
    status: row.status,
    platform: row.platform,
    lang: row.analysis.lang,
    categories: [...new Set(categories)],
    sortAt: Date.parse(row.sortAt),
    waitingSince: waitingSince(row),
    sentiment: row.analysis.sentiment.score,
    watched: row.watchMatches.length > 0,
  };
  if (row.rating !== undefined && row.rating > 0) facts.rating = Math.min(5, Math.max(1, Math.round(row.rating)));
  if (row.productId) facts.productId = row.productId;
  if (sources.length > 0) {
    const extra: Record<string, string> = {};
    for (const s of sources) {
      const v = s.valueOf(row);
      if (v !== undefined) extra[s.id] = v;
    }
    facts.extra = extra;
  }
  return facts;
}
