/**
 * Retention: drop mentions whose last activity (activityAt: the last capture that changed them or
 * the last status change) is older than `retentionDays`, except flagged ones that are still open
 * (Settings.retentionDays: "Flagged ones are kept until handled"). Ageing by activity, not posted
 * time: an old review captured today is new to us. A row the team decided leaves a tombstone in
 * the same transaction (decided.ts), so capturing it again never re-opens it.
 *
 * Only prunable rows are visited — ranges of the retention index hold exactly them — and the work
 * is cut into short transactions so the side panel's reads are never held up for long.
 */
import type { IDBPIndex } from 'idb';
import { DECIDED_STORE, MAX_DECIDED, parseDecided, tombstoneOf } from './decided.ts';
import type { CrisisDeskSchema } from './indexes.ts';
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
  /** Tombstones kept (decided.ts MAX_DECIDED). */
  maxDecided?: number;
}

// 500 deletes is one ingest batch's worth of writes (MAX_BATCH), so a prune transaction holds the
// store no longer than an ingest does. 20 batches = 10,000 rows per call: in bench/db.ts
// (fake-indexeddb, 50,000 rows, 14 indexes) one full call took about 1.8 s, i.e. ~90 ms per
// transaction; the side panel's reads slot in between transactions.
export const PRUNE_DEFAULTS = { batchSize: 500, maxBatches: 20 } as const;

const DAY_MS = 86_400_000;

/** Each entry: a [flagged, status] prefix of the retention index whose rows older than the
 * cutoff may all go, and whether they leave tombstones. Flagged open rows are never listed. */
const PRUNABLE: readonly { prefix: readonly [number, string]; decided: boolean }[] = [
  { prefix: [0, 'open'], decided: false },
  { prefix: [0, 'handled'], decided: true },
  { prefix: [0, 'dismissed'], decided: true },
  { prefix: [1, 'handled'], decided: true },
  { prefix: [1, 'dismissed'], decided: true },
];

type RwIndex = IDBPIndex<CrisisDeskSchema, ['mentions', 'decided'], 'mentions', 'retention', 'readwrite'>;

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
  for (const { prefix, decided } of PRUNABLE) {
    while (batches < maxBatches) {
      const n = await deleteBatch(db, prefixRangeOlderThan(prefix, cutoff), batchSize, decided);
      removed += n;
      // A probe that finds its range empty costs one key read: only deleting transactions count.
      if (n > 0) batches++;
      if (n < batchSize) break; // this range is empty now
    }
  }
  if (removed > 0) await capTombstones(db, opts.maxDecided ?? MAX_DECIDED);
  return removed;
}

async function deleteBatch(db: CrisisDb, range: IDBKeyRange, limit: number, decided: boolean): Promise<number> {
  const tx = db.transaction(['mentions', DECIDED_STORE], 'readwrite');
  const done = quiet(tx.done);
  const index: RwIndex = tx.objectStore('mentions').index('retention');
  try {
    // getAllKeys / getAll for the batch rather than a cursor walk: the same work for a real
    // backend, and fake-indexeddb 6.2.8 restarts every cursor.continue() from the start of the
    // range (its makeKeyRange keeps the lowest lower bound), which made a cursor prune quadratic
    // in bench/db.ts. Rows are read only where a tombstone needs their status and time.
    const writes: Promise<unknown>[] = [];
    let count: number;
    if (decided) {
      const rows = await index.getAll(range, limit);
      count = rows.length;
      for (const raw of rows) {
        // Read leniently: a row damaged elsewhere still leaves its decision if id, status and a
        // time are readable.
        const stone = parseDecided(tombstoneOf(raw));
        if (stone) writes.push(quiet(tx.objectStore(DECIDED_STORE).put(stone)));
        writes.push(quiet(tx.objectStore('mentions').delete(raw.id)));
      }
    } else {
      const keys = await index.getAllKeys(range, limit);
      count = keys.length;
      for (const k of keys) writes.push(quiet(tx.objectStore('mentions').delete(k)));
    }
    await Promise.all([...writes, done]);
    return count;
  } catch (e) {
    abortQuietly(tx);
    throw e;
  }
}

/** Keeps the newest `max` tombstones (by decision time). */
async function capTombstones(db: CrisisDb, max: number): Promise<void> {
  const excess = (await db.count(DECIDED_STORE)) - max;
  if (excess <= 0) return;
  const tx = db.transaction(DECIDED_STORE, 'readwrite');
  const done = quiet(tx.done);
  try {
    const keys = await tx.store.index('at').getAllKeys(null, excess);
    await Promise.all([...keys.map((k) => quiet(tx.store.delete(k))), done]);
  } catch (e) {
    abortQuietly(tx);
    throw e;
  }
}
