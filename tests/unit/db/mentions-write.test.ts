import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { countInbox, getMentions, putMentions, setMentionStatus } from '../../../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../../../lib/db/open.ts';
import type { StoredMention } from '../../../lib/schema.ts';
import { stored } from './fixtures.ts';

let db: CrisisDb;
beforeEach(async () => {
  db = await openCrisisDb(new IDBFactory());
});
afterEach(() => db.close());

describe('putMentions / getMentions', () => {
  test('rows come back parsed, in the order asked, missing ids as undefined', async () => {
    const a = stored(1);
    const b = stored(2, { platform: 'amazon', lang: 'de' });
    await putMentions(db, [a, b]);
    expect(await getMentions(db, [b.id, 'x:999', a.id])).toEqual([b, undefined, a]);
    expect(await getMentions(db, [])).toEqual([]);
  });

  test('put overwrites by id', async () => {
    await putMentions(db, [stored(1, { text: 'first' })]);
    await putMentions(db, [stored(1, { text: 'second' })]);
    const [row] = await getMentions(db, [stored(1).id]);
    expect(row?.text).toBe('second');
    expect(await countInbox(db, { flaggedOnly: false })).toBe(1);
  });

  test('one invalid record refuses the whole call and writes nothing', async () => {
    const bad = { ...stored(2), flagged: 2 } as unknown as StoredMention;
    await expect(putMentions(db, [stored(1), bad])).rejects.toThrow();
    expect(await getMentions(db, [stored(1).id])).toEqual([undefined]);
  });

  test('a damaged row reads as undefined', async () => {
    await db.put('mentions', { ...stored(3), status: 'archived' } as never);
    expect(await getMentions(db, [stored(3).id])).toEqual([undefined]);
  });
});

describe('setMentionStatus', () => {
  const now = new Date('2025-06-02T08:30:00.000Z');

  test('sets the status and when it changed, and moves the row between status filters', async () => {
    await putMentions(db, [stored(1), stored(2)]);
    const updated = await setMentionStatus(db, stored(1).id, 'handled', now);
    // A status change is activity: retention ages the row from it.
    expect(updated).toEqual({ ...stored(1), status: 'handled', statusChangedAt: '2025-06-02T08:30:00.000Z', activityAt: '2025-06-02T08:30:00.000Z' });
    expect(await getMentions(db, [stored(1).id])).toEqual([updated]);
    expect(await countInbox(db, { status: 'open' })).toBe(1);
    expect(await countInbox(db, { status: 'handled' })).toBe(1);
  });

  test('setting the same status again writes nothing', async () => {
    await putMentions(db, [stored(1)]);
    await setMentionStatus(db, stored(1).id, 'dismissed', now);
    const again = await setMentionStatus(db, stored(1).id, 'dismissed', new Date('2025-06-09T00:00:00.000Z'));
    expect(again?.statusChangedAt).toBe('2025-06-02T08:30:00.000Z');
  });

  test('unknown ids and damaged rows give undefined', async () => {
    expect(await setMentionStatus(db, 'x:424242', 'handled', now)).toBeUndefined();
    await db.put('mentions', { ...stored(5), sortAt: 'yesterday' } as never);
    expect(await setMentionStatus(db, stored(5).id, 'handled', now)).toBeUndefined();
  });

  test('an invalid status is refused', async () => {
    await putMentions(db, [stored(1)]);
    await expect(setMentionStatus(db, stored(1).id, 'archived' as never, now)).rejects.toThrow();
  });
});
