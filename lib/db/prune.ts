/**
 * Retention: drop mentions whose sortAt is older than `retentionDays`, except flagged ones that
 * are still open (Settings.retentionDays: "Flagged ones are kept until handled"). Only
 * prunable rows are visited — three index ranges hold exactly them — and the work is cut into
 * short transactions so the side panel's reads are never held up for long.
 */
import type { IDBPIndex } from 'idb';
import type { CrisisDeskSchema, InboxIndexName } from './indexes.ts';
import { prefixRangeOlderThan } from './key-ranges.ts';
import type { CrisisDb } from './open.ts';
import { abortQuietly, quiet } from './tx.ts';

export interface PruneOptions {
  retentionDays: number;
  /** Rows deleted per transaction. */
  batchSize?: number;
  /** Transactions per call. A call that removes batchSize × maxBatches rows may have left some:
   * the caller (a periodic alarm) simply calls again. */
  maxBatches?: number;
}

// 500 deletes is one ingest batch's worth of writes (MAX_BATCH), so a prune transaction holds the
// store no longer than an ingest does. 20 batches = 10,000 rows per call: in bench/db.ts
// (fake-indexeddb, 50,000 rows, 14 indexes) one full call took about 1.8 s, i.e. ~90 ms per
// transaction; the side panel's reads slot in between transactions.
export const PRUNE_DEFAULTS = { batchSize: 500, maxBatches: 20 } as const;

const DAY_MS = 86_400_000;

/** Each entry: an index and a key prefix whose rows older than the cutoff may all go. */
const PRUNABLE: readonly { index: InboxIndexName; prefix: readonly (string | number)[] }[] = [
  { index: 'inbox', prefix: [0] }, // unflagged, any status
  { index: 'inbox-status', prefix: [1, 'handled'] },
  { index: 'inbox-status', prefix: [1, 'dismissed'] },
];

type RwIndex = IDBPIndex<CrisisDeskSchema, ['mentions'], 'mentions', InboxIndexName, 'readwrite'>;

/** Returns how many rows were removed. */
export async function pruneMentions(db: CrisisDb, opts: PruneOptions, now: Date): Promise<number> {
  const { retentionDays } = opts;
  const batchSize = opts.batchSize ?? PRUNE_DEFAULTS.batchSize;
  const maxBatches = opts.maxBatches ?? PRUNE_DEFAULTS.maxBatches;
  if (!Number.isFinite(retentionDays) || retentionDays < 0) throw new RangeError(`bad retentionDays ${retentionDays}`);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`bad batchSize ${batchSize}`);
  if (!Number.isInteger(maxBatches) || maxBatches < 1) throw new RangeError(`bad maxBatches ${maxBatches}`);
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();

  let removed = 0;
  let batches = 0;
  for (const { index, prefix } of PRUNABLE) {
    while (batches < maxBatches) {
      batches++;
      const n = await deleteBatch(db, index, prefixRangeOlderThan(prefix, cutoff), batchSize);
      removed += n;
      if (n < batchSize) break; // this range is empty now
    }
  }
  return removed;
}

async function deleteBatch(db: CrisisDb, indexName: InboxIndexName, range: IDBKeyRange, limit: number): Promise<number> {
  const tx = db.transaction('mentions', 'readwrite');
  const done = quiet(tx.done);
  const index: RwIndex = tx.store.index(indexName);
  try {
    // One getAllKeys request for the batch's primary keys (no row is deserialised) rather than
    // a cursor walk: the same work for a real backend, and fake-indexeddb 6.2.8 restarts every
    // cursor.continue() from the start of the range (its makeKeyRange keeps the lowest lower
    // bound), which made a cursor prune quadratic in bench/db.ts.
    const keys = await index.getAllKeys(range, limit);
    await Promise.all([...keys.map((k) => quiet(tx.store.delete(k))), done]);
    return keys.length;
  } catch (e) {
    abortQuietly(tx);
    throw e;
  }
}
