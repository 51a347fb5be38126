/**
 * Reading and writing stored mentions: the inbox page/count/facet queries, bulk put, status
 * changes. Every query walks one compound index (see `indexes.ts`) with a cursor — never the
 * whole store — so the side panel stays fast with tens of thousands of rows.
 */
import type { IDBPCursorWithValue, IDBPIndex } from 'idb';
import {
  MentionStatusSchema,
  StoredMentionSchema,
  type MentionStatus,
  type Platform,
  type StatusBefore,
  type StoredMention,
} from '../schema.ts';
import { inboxIndexName, type CrisisDeskSchema, type InboxDimension, type InboxIndexName } from './indexes.ts';
import {
  afterPrefix,
  compareNewestFirst,
  keyTail,
  prefixRange,
  prefixRangeBefore,
  type KeyPrefix,
  type PagePosition,
} from './key-ranges.ts';
import type { CrisisDb } from './open.ts';
import { parseStoredRow } from './rows.ts';
import { abortQuietly, quiet } from './tx.ts';

export { pruneMentions, PRUNE_DEFAULTS, type PruneOptions } from './prune.ts';

export interface InboxFilter {
  platform?: Platform;
  lang?: string;
  /** Undefined or 'all': every status. */
  status?: MentionStatus | 'all';
  /** Default true: only flagged mentions. False: flagged and unflagged together. */
  flaggedOnly?: boolean;
}

export interface InboxPage {
  items: StoredMention[];
  /** Opaque; pass back as `cursor` to get the next page. Absent on the last page. */
  nextCursor?: string;
  /** Rows in this page's span that failed StoredMentionSchema and were left out. */
  skipped: number;
}

export interface InboxFacets {
  platforms: Record<string, number>;
  langs: Record<string, number>;
  statuses: Record<MentionStatus, number>;
  total: number;
}

interface InboxPlan {
  index: InboxIndexName;
  /** One key prefix per `flagged` value asked for; pages merge them newest first. */
  prefixes: KeyPrefix[];
}

function flaggedValues(flaggedOnly: boolean | undefined): number[] {
  return flaggedOnly === false ? [0, 1] : [1];
}

/** The compound index and key prefixes that serve `filter`'s flagged / platform / language /
 * status (the inbox's reads and the manager's export: db/export-pages.ts). */
export function planInbox(filter: InboxFilter): InboxPlan {
  const fixed = new Set<InboxDimension>();
  const values: string[] = [];
  // Same order as INBOX_DIMENSIONS (platform, lang, status), which is the key order.
  if (filter.platform !== undefined) {
    fixed.add('platform');
    values.push(filter.platform);
  }
  if (filter.lang !== undefined) {
    fixed.add('lang');
    values.push(filter.lang);
  }
  if (filter.status !== undefined && filter.status !== 'all') {
    fixed.add('status');
    values.push(filter.status);
  }
  return { index: inboxIndexName(fixed), prefixes: flaggedValues(filter.flaggedOnly).map((f) => [f, ...values]) };
}

export function encodeCursor(pos: PagePosition): string {
  return JSON.stringify([pos.sortAt, pos.id]);
}

export function decodeCursor(cursor: string): PagePosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(cursor);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') {
    throw new RangeError('invalid inbox cursor');
  }
  return { sortAt: parsed[0], id: parsed[1] };
}

type InboxCursor = IDBPCursorWithValue<CrisisDeskSchema, ['mentions'], 'mentions', InboxIndexName, 'readonly'>;

/** Newest first by sortAt, then by id (descending) among equal times. With `flaggedOnly: false`
 * it merges the flagged and the unflagged range of the same index, so each page still reads only
 * about `limit` rows. */
export async function queryInbox(
  db: CrisisDb,
  filter: InboxFilter,
  opts: { limit: number; cursor?: string },
): Promise<InboxPage> {
  if (!Number.isInteger(opts.limit) || opts.limit < 1) throw new RangeError(`limit must be a positive integer, got ${opts.limit}`);
  const after = opts.cursor === undefined ? undefined : decodeCursor(opts.cursor);
  const plan = planInbox(filter);
  const index = db.transaction('mentions', 'readonly').store.index(plan.index);
  const opened = await Promise.all(plan.prefixes.map((p) => index.openCursor(prefixRangeBefore(p, after), 'prev')));
  const heads = opened.filter((c): c is InboxCursor => c !== null);

  const items: StoredMention[] = [];
  let skipped = 0;
  let last: PagePosition | undefined;
  let more = false;
  while (heads.length > 0) {
    if (items.length === opts.limit) {
      more = true;
      break;
    }
    let best = 0;
    for (let i = 1; i < heads.length; i++) {
      if (compareNewestFirst(keyTail(heads[i]!.key), keyTail(heads[best]!.key)) > 0) best = i;
    }
    const head = heads[best]!;
    const row = parseStoredRow(head.value);
    if (row) items.push(row);
    else skipped++;
    last = keyTail(head.key);
    const next = await head.continue();
    if (next) heads[best] = next;
    else heads.splice(best, 1);
  }
  const page: InboxPage = { items, skipped };
  if (more && last) page.nextCursor = encodeCursor(last);
  return page;
}

/** How many mentions match (index entries; a damaged row that still has its key fields counts). */
export async function countInbox(db: CrisisDb, filter: InboxFilter): Promise<number> {
  const plan = planInbox(filter);
  const index = db.transaction('mentions', 'readonly').store.index(plan.index);
  const counts = await Promise.all(plan.prefixes.map((p) => index.count(prefixRange(p))));
  return counts.reduce((a, b) => a + b, 0);
}

type InboxKeyIndex = IDBPIndex<CrisisDeskSchema, ['mentions'], 'mentions', InboxIndexName, 'readonly'>;

/** Count per distinct value of the key element right after `prefix`: find the first key, count
 * its value's range, then look again from just past that range (a skip scan: one seek and one
 * count per distinct value, however many rows). Each seek opens a fresh cursor on the narrowed
 * range instead of `continue(key)`, which costs the same on a real backend and is not a walk
 * from the start of the range in fake-indexeddb 6.2.8 (its cursor keeps the lowest lower bound). */
async function countDistinct(index: InboxKeyIndex, prefix: KeyPrefix, into: Record<string, number>): Promise<void> {
  let range = prefixRange(prefix);
  for (;;) {
    const cursor = await index.openKeyCursor(range);
    if (!cursor) return;
    const key = cursor.key as unknown as IDBValidKey[];
    const value = key[prefix.length];
    if (typeof value !== 'string') return;
    const valuePrefix = [...prefix, value];
    into[value] = (into[value] ?? 0) + (await index.count(prefixRange(valuePrefix)));
    range = IDBKeyRange.bound(afterPrefix(valuePrefix), afterPrefix(prefix), true, true);
  }
}

/** Counts per platform, language and status for the inbox filter pickers. */
export async function inboxFacets(db: CrisisDb, filter: Pick<InboxFilter, 'flaggedOnly'> = {}): Promise<InboxFacets> {
  const store = db.transaction('mentions', 'readonly').store;
  const facets: InboxFacets = {
    platforms: {},
    langs: {},
    statuses: { open: 0, handled: 0, dismissed: 0 },
    total: 0,
  };
  for (const f of flaggedValues(filter.flaggedOnly)) {
    facets.total += await store.index('inbox').count(prefixRange([f]));
    await countDistinct(store.index('inbox-platform'), [f], facets.platforms);
    await countDistinct(store.index('inbox-lang'), [f], facets.langs);
    for (const s of MentionStatusSchema.options) {
      facets.statuses[s] += await store.index('inbox-status').count(prefixRange([f, s]));
    }
  }
  return facets;
}

/** Parsed rows in the order of `ids`; missing or damaged rows are `undefined`. */
export async function getMentions(db: CrisisDb, ids: readonly string[]): Promise<(StoredMention | undefined)[]> {
  if (ids.length === 0) return [];
  const store = db.transaction('mentions', 'readonly').store;
  const rows = await Promise.all(ids.map((id) => store.get(id)));
  return rows.map(parseStoredRow);
}

/** Validate and write all records in one transaction: all are stored or none. */
export async function putMentions(db: CrisisDb, records: readonly StoredMention[]): Promise<void> {
  if (records.length === 0) return;
  const valid = records.map((r) => StoredMentionSchema.parse(r));
  const tx = db.transaction('mentions', 'readwrite');
  const done = quiet(tx.done);
  const puts: Promise<unknown>[] = [];
  try {
    for (const r of valid) puts.push(quiet(tx.store.put(r)));
    await Promise.all([...puts, done]);
  } catch (e) {
    abortQuietly(tx);
    throw e;
  }
}

/** Set the status (and when it changed). Returns the updated row, or undefined when the id is
 * unknown or its row is damaged. Setting the same status again writes nothing. */
export async function setMentionStatus(
  db: CrisisDb,
  id: string,
  status: MentionStatus,
  now: Date,
): Promise<StoredMention | undefined> {
  MentionStatusSchema.parse(status);
  const tx = db.transaction('mentions', 'readwrite');
  const done = quiet(tx.done);
  try {
    const current = parseStoredRow(await tx.store.get(id));
    if (!current || current.status === status) {
      await done;
      return current;
    }
    const at = now.toISOString();
    // A status change is activity: retention ages the row from here (prune.ts).
    const updated: StoredMention = { ...current, status, statusChangedAt: at, activityAt: at };
    await Promise.all([quiet(tx.store.put(updated)), done]);
    return updated;
  } catch (e) {
    abortQuietly(tx);
    throw e;
  }
}

// ---- The inbox (issue 14): bulk status changes with undo, reading flagged rows in chunks. ----

export interface BulkStatusResult {
  /** What each changed mention was before (for undo); ids already in `status` are not listed. */
  before: StatusBefore[];
  /** The rows as written. */
  rows: StoredMention[];
}

/** Set the status of every mention in `ids` in ONE transaction: all change or none. Unknown or
 * damaged rows are skipped; rows already in `status` are left alone (and not in `before`). */
export async function setMentionsStatus(
  db: CrisisDb,
  ids: readonly string[],
  status: MentionStatus,
  now: Date,
): Promise<BulkStatusResult> {
  MentionStatusSchema.parse(status);
  const at = now.toISOString();
  return rewriteStatuses(db, [...new Set(ids)].map((id) => ({ id, status, statusChangedAt: at })), at);
}

/** Undo: write each mention's earlier status (and when it was set) back, in one transaction. */
export async function restoreMentionStatuses(db: CrisisDb, before: readonly StatusBefore[], now: Date): Promise<BulkStatusResult> {
  return rewriteStatuses(db, before, now.toISOString());
}

async function rewriteStatuses(db: CrisisDb, targets: readonly StatusBefore[], activityAt: string): Promise<BulkStatusResult> {
  const tx = db.transaction('mentions', 'readwrite');
  const done = quiet(tx.done);
  try {
    // All reads are issued at once (one round trip per request, not per await), then all writes.
    const current = await Promise.all(targets.map((t) => quiet(tx.store.get(t.id))));
    const before: StatusBefore[] = [];
    const rows: StoredMention[] = [];
    const writes: Promise<unknown>[] = [];
    current.forEach((raw, i) => {
      const row = parseStoredRow(raw);
      const target = targets[i]!;
      if (!row || row.status === target.status) return;
      before.push(row.statusChangedAt ? { id: row.id, status: row.status, statusChangedAt: row.statusChangedAt } : { id: row.id, status: row.status });
      const { statusChangedAt: _old, ...rest } = row;
      // A status change (or its undo) is activity: retention ages the row from here (prune.ts).
      const updated: StoredMention = target.statusChangedAt
        ? { ...rest, status: target.status, statusChangedAt: target.statusChangedAt, activityAt }
        : { ...rest, status: target.status, activityAt };
      rows.push(updated);
      writes.push(quiet(tx.store.put(updated)));
    });
    await Promise.all([...writes, done]);
    return { before, rows };
  } catch (e) {
    abortQuietly(tx);
    throw e;
  }
}

/** Where a chunked read of flagged rows stopped: the last row's (sortAt, id). */
export type ScanCursor = PagePosition;

export interface FlaggedChunk {
  rows: StoredMention[];
  /** Rows in the chunk that failed StoredMentionSchema. */
  skipped: number;
  /** Pass back to read on; absent after the last chunk. */
  next?: ScanCursor;
}

/**
 * Every flagged row, `limit` at a time, oldest first (one `getAll` over the `inbox` index per
 * chunk: far cheaper than a cursor step per row in Chromium). The side panel builds its digest
 * and search index from these.
 */
export async function readFlaggedChunk(db: CrisisDb, after: ScanCursor | undefined, limit: number): Promise<FlaggedChunk> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  const lower = after ? [1, after.sortAt, after.id] : [1];
  const range = IDBKeyRange.bound(lower, afterPrefix([1]), after !== undefined, true);
  const raws: unknown[] = await db.transaction('mentions', 'readonly').store.index('inbox').getAll(range, limit);
  const rows: StoredMention[] = [];
  let skipped = 0;
  for (const raw of raws) {
    const row = parseStoredRow(raw);
    if (row) rows.push(row);
    else skipped++;
  }
  const chunk: FlaggedChunk = { rows, skipped };
  const last = raws.at(-1) as { sortAt?: unknown; id?: unknown } | undefined;
  if (raws.length === limit && last && typeof last.sortAt === 'string' && typeof last.id === 'string') {
    chunk.next = { sortAt: last.sortAt, id: last.id };
  }
  return chunk;
}

/** Flagged rows posted in [from, to) (ISO; `to` open-ended when absent): an alert's mentions. */
export async function flaggedInSpan(db: CrisisDb, from: string, to: string | undefined): Promise<StoredMention[]> {
  const range = IDBKeyRange.bound([1, from], to === undefined ? afterPrefix([1]) : [1, to], false, true);
  const raws: unknown[] = await db.transaction('mentions', 'readonly').store.index('inbox').getAll(range);
  return raws.map(parseStoredRow).filter((r): r is StoredMention => r !== undefined);
}
