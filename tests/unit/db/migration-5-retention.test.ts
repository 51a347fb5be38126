import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { getMentions, pruneMentions } from '../../../lib/db/mentions.ts';
import { DB_VERSION, openCrisisDb, openCrisisDbAtVersion } from '../../../lib/db/open.ts';
import { stored } from './fixtures.ts';

let factory: IDBFactory;
beforeEach(() => {
  factory = new IDBFactory();
});

/** A row as versions before migration 5 wrote it: no activityAt. */
function v4Row(...args: Parameters<typeof stored>) {
  const { activityAt: _drop, ...row } = stored(...args);
  return row;
}

describe('migration 5: retention by last activity, the decided store', () => {
  test('v4 rows gain activityAt (status change, else capture time); the retention index and decided store exist', async () => {
    const v4 = await openCrisisDbAtVersion(4, factory);
    const untouched = v4Row(1, { sortAt: '2025-06-01T10:00:00.000Z' });
    const decided = { ...v4Row(2, { sortAt: '2025-06-01T11:00:00.000Z', status: 'handled' }), statusChangedAt: '2025-06-03T08:00:00.000Z' };
    // An old review captured much later than it was posted: capture time is what counts.
    const oldReview = { ...v4Row(3, { sortAt: '2019-01-01T00:00:00.000Z', platform: 'amazon' }), capturedAt: '2025-06-02T09:00:00.000Z' };
    for (const row of [untouched, decided, oldReview]) await v4.put('mentions', row as never);
    v4.close();

    const db = await openCrisisDb(factory);
    // Opened with the current code: step 5 and every later one ran.
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toContain('decided');
    const tx = db.transaction(['mentions', 'decided']);
    expect(tx.objectStore('mentions').index('retention').keyPath).toEqual(['flagged', 'status', 'activityAt']);
    expect(tx.objectStore('decided').keyPath).toBe('id');
    expect([...tx.objectStore('decided').indexNames]).toEqual(['at']);
    expect(await getMentions(db, [untouched.id, decided.id, oldReview.id])).toEqual([
      { ...untouched, activityAt: untouched.capturedAt },
      { ...decided, activityAt: '2025-06-03T08:00:00.000Z' },
      { ...oldReview, activityAt: '2025-06-02T09:00:00.000Z' },
    ]);
    db.close();
  });

  test('a migrated old review captured recently is kept by retention; a migrated stale row goes', async () => {
    const v4 = await openCrisisDbAtVersion(4, factory);
    const oldReview = { ...v4Row(1, { sortAt: '2019-01-01T00:00:00.000Z', flagged: 0, platform: 'amazon' }), capturedAt: '2025-06-28T09:00:00.000Z' };
    const stale = v4Row(2, { sortAt: '2025-04-01T00:00:00.000Z', flagged: 0 });
    for (const row of [oldReview, stale]) await v4.put('mentions', row as never);
    v4.close();
    const db = await openCrisisDb(factory);
    expect(await pruneMentions(db, { retentionDays: 30 }, new Date('2025-06-30T00:00:00.000Z'))).toBe(1);
    expect((await getMentions(db, [oldReview.id, stale.id])).map((r) => r?.id)).toEqual([oldReview.id, undefined]);
    db.close();
  });

  test('a damaged v4 row without a capture time is left as it was, and the upgrade still completes', async () => {
    const v4 = await openCrisisDbAtVersion(4, factory);
    const { capturedAt: _c, ...damaged } = v4Row(1);
    await v4.put('mentions', damaged as never);
    v4.close();
    const db = await openCrisisDb(factory);
    // Opened with the current code: step 5 and every later one ran.
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('mentions', damaged.id)).toEqual(damaged);
    db.close();
  });
});
