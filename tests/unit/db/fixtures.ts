/** Builders shared by the db, pipeline and prune tests. */
import type { Analysis, Mention, MentionStatus, Platform, StoredMention } from '../../../lib/schema.ts';

export const T0 = '2025-06-01T12:00:00.000Z';

/** ISO time `minutes` after T0. */
export function at(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * 60_000).toISOString();
}

export function mentionId(platform: Platform, n: number): string {
  return platform === 'x' ? `x:${1_000_000 + n}` : `amazon:R${String(n).padStart(8, '0')}`;
}

export function mention(n: number, over: Partial<Mention> = {}): Mention {
  const platform = over.platform ?? 'x';
  const id = over.id ?? mentionId(platform, n);
  const permalink =
    platform === 'x'
      ? `https://x.com/user${n}/status/${id.slice(2)}`
      : `https://www.amazon.com/gp/customer-reviews/${id.slice('amazon:'.length)}`;
  return { id, platform, permalink, text: `mention number ${n}`, ...over };
}

export function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    lang: 'en',
    langConfidence: 0.9,
    sentiment: { score: -0.6, label: 'negative' },
    analyzer: 'test@1',
    ...over,
  };
}

export interface StoredOpts {
  platform?: Platform;
  lang?: string;
  status?: MentionStatus;
  flagged?: 0 | 1;
  sortAt?: string;
  /** Last activity (retention ages by it); defaults to the capture time. */
  activityAt?: string;
  text?: string;
}

export function stored(n: number, o: StoredOpts = {}): StoredMention {
  const sortAt = o.sortAt ?? at(n);
  return {
    ...mention(n, { platform: o.platform ?? 'x', text: o.text ?? `mention number ${n}` }),
    analysis: analysis({ lang: o.lang ?? 'en' }),
    flagged: o.flagged ?? 1,
    flagReasons: (o.flagged ?? 1) === 1 ? ['negative'] : [],
    watchMatches: [],
    status: o.status ?? 'open',
    capturedAt: sortAt,
    sortAt,
    activityAt: o.activityAt ?? sortAt,
  };
}
