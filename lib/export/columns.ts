/**
 * The export's columns (a contract: managers' spreadsheets and scripts read them by name) and how
 * a mention becomes one exported record. The CSV header and the JSON lines keys are the same
 * names in the same order.
 */
import type { ComplaintCategory, ExportExtras, ExportRecord, MentionStatus, Platform, Sentiment } from '../schema.ts';
import type { TextHash } from './text-hash.ts';

export const EXPORT_COLUMNS = [
  'id',
  'platform',
  'permalink',
  'author',
  'postedAt',
  'capturedAt',
  'language',
  'sentimentScore',
  'sentimentLabel',
  'complaintCategories',
  'product',
  'rating',
  'incident',
  'status',
  'agent',
  'templateId',
  'statementVersion',
  'firstResponseMinutes',
  'text',
  'textSha256',
] as const satisfies readonly (keyof ExportRecord)[];

/**
 * What an export needs of a mention. A StoredMention is one; so is a line of `crisis-desk
 * extract` (no analysis, status or capture time: those cells stay empty).
 */
export interface ExportableMention {
  id: string;
  platform: Platform;
  permalink: string;
  authorHandle?: string;
  authorName?: string;
  text: string;
  /** The hash stored with the text (text-hash.ts); hashed at export when missing or stale. */
  textHash?: TextHash;
  postedAt?: string;
  capturedAt?: string;
  rating?: number;
  productId?: string;
  status?: MentionStatus;
  analysis?: {
    lang?: string;
    sentiment?: Sentiment;
    complaint?: { categories: readonly ComplaintCategory[] };
  };
}

/** `textSha256` comes from the caller (text-hash.ts `exportHashes`), a page at a time. */
export function toExportRecord(m: ExportableMention, extras: ExportExtras, textSha256: string): ExportRecord {
  const a = m.analysis;
  return {
    id: m.id,
    platform: m.platform,
    permalink: m.permalink,
    // X: the handle (without @, which a spreadsheet would take for a formula); Amazon: the name.
    author: m.authorHandle ?? m.authorName ?? null,
    postedAt: m.postedAt ?? null,
    capturedAt: m.capturedAt ?? null,
    language: a?.lang ?? null,
    sentimentScore: a?.sentiment?.score ?? null,
    sentimentLabel: a?.sentiment?.label ?? null,
    complaintCategories: [...(a?.complaint?.categories ?? [])],
    product: m.productId ?? null,
    rating: m.rating ?? null,
    incident: extras.incident ?? null,
    status: m.status ?? null,
    agent: extras.agent ?? null,
    templateId: extras.templateId ?? null,
    statementVersion: extras.statementVersion ?? null,
    firstResponseMinutes: extras.firstResponseMinutes ?? null,
    text: m.text,
    textSha256,
  };
}
