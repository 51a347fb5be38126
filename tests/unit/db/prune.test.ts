import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { countInbox, getMentions, pruneMentions, putMentions } from '../../../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../../../lib/db/open.ts';
import type { MentionStatus } from '../../../lib/schema.ts';
import { stored } from './fixtures.ts';

const NOW = new Date('2025-06-30T00:00:00.000Z');
// 30 days before NOW: rows sorted strictly before this go.
const CUTOFF = '2025-05-31T00:00:00.000Z';
const OLD = '2025-05-01T00:00:00.000Z';
const NEW = '2025-06-29T00:00:00.000Z';

let db: CrisisDb;
beforeEach(async () => {
  db = await openCrisisDb(new IDBFactory());
});
afterEach(() => db.close());

describe('pruneMentions', () => {
  test.each<{ name: string; flagged: 0 | 1; status: MentionStatus; sortAt: string; removed: boolean }>([
    { name: 'unflagged, old', flagged: 0, status: 'open', sortAt: OLD, removed: true },
    { name: 'unflagged, old, handled', flagged: 0, status: 'handled', sortAt: OLD, removed: true },
    { name: 'unflagged, new', flagged: 0, status: 'open', sortAt: NEW, removed: false },
    { name: 'unflagged, exactly at the cutoff (not older)', flagged: 0, status: 'open', sortAt: CUTOFF, removed: false },
    { name: 'unflagged, 1 ms before the cutoff', flagged: 0, status: 'open', sortAt: '2025-05-30T23:59:59.999Z', removed: true },
    { name: 'flagged open, old: kept until handled', flagged: 1, status: 'open', sortAt: OLD, removed: false },
    { name: 'flagged handled, old', flagged: 1, status: 'handled', sortAt: OLD, removed: true },
    { name: 'flagged dismissed, old', flagged: 1, status: 'dismissed', sortAt: OLD, removed: true },
    { name: 'flagged handled, new', flagged: 1, status: 'handled', sortAt: NEW, removed: false },
    { name: 'flagged open, new', flagged: 1, status: 'open', sortAt: NEW, removed: false },
  ])('$name -> removed: $removed', async ({ flagged, status, sortAt, removed }) => {
    const row = stored(1, { flagged, status, sortAt });
    await putMentions(db, [row]);
    expect(await pruneMentions(db, { retentionDays: 30 }, NOW)).toBe(removed ? 1 : 0);
    expect(await getMentions(db, [row.id])).toEqual([removed ? undefined : row]);
  });

  test('a mixed store loses exactly the prunable rows', async () => {
    await putMentions(db, [
      stored(1, { flagged: 0, sortAt: OLD }),
      stored(2, { flagged: 0, sortAt: NEW }),
      stored(3, { flagged: 1, status: 'open', sortAt: OLD }),
      stored(4, { flagged: 1, status: 'handled', sortAt: OLD }),
      stored(5, { flagged: 1, status: 'dismissed', sortAt: OLD, platform: 'amazon' }),
      stored(6, { flagged: 1, status: 'handled', sortAt: NEW }),
    ]);
    expect(await pruneMentions(db, { retentionDays: 30 }, NOW)).toBe(3);
    const ids = [1, 2, 3, 4, 6].map((n) => stored(n).id).concat(stored(5, { platform: 'amazon' }).id);
    expect((await getMentions(db, ids)).map((r) => r !== undefined)).toEqual([false, true, true, false, true, false]);
    expect(await countInbox(db, { flaggedOnly: false })).toBe(3);
    expect(await pruneMentions(db, { retentionDays: 30 }, NOW)).toBe(0);
  });

  test('work per call is bounded: batchSize × maxBatches rows, the rest on the next call', async () => {
    await putMentions(
      db,
      Array.from({ length: 25 }, (_, i) => stored(i, { flagged: 0, sortAt: OLD })),
    );
    const opts = { retentionDays: 30, batchSize: 10, maxBatches: 2 };
    expect(await pruneMentions(db, opts, NOW)).toBe(20);
    expect(await countInbox(db, { flaggedOnly: false })).toBe(5);
    expect(await pruneMentions(db, opts, NOW)).toBe(5);
    expect(await pruneMentions(db, opts, NOW)).toBe(0);
  });

  test('the batch budget is shared across the unflagged and the handled/dismissed ranges', async () => {
    await putMentions(db, [
      ...Array.from({ length: 3 }, (_, i) => stored(i, { flagged: 0, sortAt: OLD })),
      ...Array.from({ length: 3 }, (_, i) => stored(10 + i, { flagged: 1, status: 'handled', sortAt: OLD })),
      ...Array.from({ length: 3 }, (_, i) => stored(20 + i, { flagged: 1, status: 'dismissed', sortAt: OLD })),
    ]);
    const opts = { retentionDays: 30, batchSize: 2, maxBatches: 3 };
    // Only transactions that delete count (a probe of an empty range is one key read):
    // call 1: unflagged 2, unflagged 1 (done), [unflagged handled/dismissed: empty], handled 2 -> spent;
    // call 2: handled 1 (done), dismissed 2, dismissed 1 (done).
    expect(await pruneMentions(db, opts, NOW)).toBe(5);
    expect(await pruneMentions(db, opts, NOW)).toBe(4);
    expect(await pruneMentions(db, opts, NOW)).toBe(0);
    expect(await countInbox(db, { flaggedOnly: false })).toBe(0);
  });

  test('bad options are refused', async () => {
    await expect(pruneMentions(db, { retentionDays: -1 }, NOW)).rejects.toThrow(RangeError);
    await expect(pruneMentions(db, { retentionDays: Number.NaN }, NOW)).rejects.toThrow(RangeError);
    await expect(pruneMentions(db, { retentionDays: 30, batchSize: 0 }, NOW)).rejects.toThrow(RangeError);
    await expect(pruneMentions(db, { retentionDays: 30, maxBatches: 0 }, NOW)).rejects.toThrow(RangeError);
  });
});

describe('retention ages by last activity and never re-opens a decision', () => {
  test.each<{ name: string; sortAt: string; activityAt: string; flagged: 0 | 1; status: MentionStatus; removed: boolean }>([
    // The defect: an old review captured (or handled) today was deleted within the hour.
    { name: 'an old review captured today', sortAt: '2019-03-01T00:00:00.000Z', activityAt: NEW, flagged: 0, status: 'open', removed: false },
    { name: 'an old review handled today', sortAt: '2019-03-01T00:00:00.000Z', activityAt: NEW, flagged: 1, status: 'handled', removed: false },
    { name: 'a recent post untouched for 31 days', sortAt: OLD, activityAt: OLD, flagged: 0, status: 'open', removed: true },
  ])('$name -> removed: $removed', async ({ sortAt, activityAt, flagged, status, removed }) => {
    const row = stored(1, { sortAt, activityAt, flagged, status });
    await putMentions(db, [row]);
    expect(await pruneMentions(db, { retentionDays: 30 }, NOW)).toBe(removed ? 1 : 0);
  });

  test('removing a decided row leaves a tombstone with its decision; an open one leaves none', async () => {
    const handled = { ...stored(1, { flagged: 1, status: 'handled', sortAt: OLD }), statusChangedAt: '2025-05-02T00:00:00.000Z', activityAt: '2025-05-02T00:00:00.000Z' };
    const dismissed = stored(2, { flagged: 0, status: 'dismissed', sortAt: OLD });
    const open = stored(3, { flagged: 0, status: 'open', sortAt: OLD });
    await putMentions(db, [handled, dismissed, open]);
    expect(await pruneMentions(db, { retentionDays: 30 }, NOW)).toBe(3);
    expect(await db.getAll('decided')).toEqual([
      { id: handled.id, status: 'handled', at: '2025-05-02T00:00:00.000Z' },
      { id: dismissed.id, status: 'dismissed', at: OLD },
    ]);
  });

  test('tombstones are capped: the oldest decisions go first', async () => {
    await putMentions(db, [1, 2, 3].map((n) => stored(n, { flagged: 1, status: 'handled', sortAt: `2025-05-0${n}T00:00:00.000Z` })));
    expect(await pruneMentions(db, { retentionDays: 30, maxDecided: 2 }, NOW)).toBe(3);
    expect((await db.getAll('decided')).map((d) => d.id)).toEqual([stored(2).id, stored(3).id]);
  });
});
