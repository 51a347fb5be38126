import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { flaggedInSpan, getMentions, putMentions, readFlaggedChunk, restoreMentionStatuses, setMentionsStatus } from '../../../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../../../lib/db/open.ts';
import { at, stored } from './fixtures.ts';

let db: CrisisDb;
beforeEach(async () => {
  db = await openCrisisDb(new IDBFactory());
});

const NOW = new Date('2025-06-02T00:00:00.000Z');
const LATER = new Date('2025-06-02T00:00:05.000Z');

describe('bulk status changes (one transaction, one undo)', () => {
  test('changes every row, reports what each was, and undo writes exactly that back', async () => {
    const earlier = { ...stored(2, { status: 'dismissed' }), statusChangedAt: at(30) };
    await putMentions(db, [stored(1), earlier, stored(3, { status: 'handled' })]);
    const result = await setMentionsStatus(db, [stored(1).id, earlier.id, stored(3).id, 'x:999', stored(1).id], 'handled', NOW);
    // Already handled (3) and unknown (999) rows are not changed and not in `before`; a repeated id counts once.
    expect(result.before).toEqual([
      { id: stored(1).id, status: 'open' },
      { id: earlier.id, status: 'dismissed', statusChangedAt: at(30) },
    ]);
    const [one, two] = await getMentions(db, [stored(1).id, earlier.id]);
    expect(one).toMatchObject({ status: 'handled', statusChangedAt: NOW.toISOString(), activityAt: NOW.toISOString() });
    expect(two).toMatchObject({ status: 'handled', statusChangedAt: NOW.toISOString() });

    const undone = await restoreMentionStatuses(db, result.before, LATER);
    expect(undone.rows).toHaveLength(2);
    const [u1, u2, u3] = await getMentions(db, [stored(1).id, earlier.id, stored(3).id]);
    expect(u1?.status).toBe('open');
    expect(u1?.statusChangedAt).toBeUndefined();
    expect(u2).toMatchObject({ status: 'dismissed', statusChangedAt: at(30), activityAt: LATER.toISOString() });
    expect(u3?.status).toBe('handled');
  });

  test('1,000 rows change in one call', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => stored(i + 1));
    for (let i = 0; i < rows.length; i += 500) await putMentions(db, rows.slice(i, i + 500));
    const { before } = await setMentionsStatus(db, rows.map((r) => r.id), 'dismissed', NOW);
    expect(before).toHaveLength(1000);
    expect((await getMentions(db, rows.map((r) => r.id))).every((r) => r?.status === 'dismissed')).toBe(true);
  });
});

describe('reading flagged rows for the inbox digest', () => {
  test('chunks cover every flagged row once, oldest first, and skip unflagged and damaged rows', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => stored(i + 1, { flagged: i === 3 ? 0 : 1 }));
    await putMentions(db, rows);
    await db.put('mentions', { ...stored(50), analysis: 'damaged' } as never);
    const seen: string[] = [];
    let skipped = 0;
    let chunk = await readFlaggedChunk(db, undefined, 3);
    for (;;) {
      seen.push(...chunk.rows.map((r) => r.id));
      skipped += chunk.skipped;
      if (!chunk.next) break;
      chunk = await readFlaggedChunk(db, chunk.next, 3);
    }
    expect(seen).toEqual(rows.filter((r) => r.flagged === 1).map((r) => r.id));
    expect(skipped).toBe(1);
  });

  test('an alert span: flagged rows posted in [from, to), or open-ended', async () => {
    await putMentions(db, [stored(1), stored(10), stored(20), stored(15, { flagged: 0 })]);
    expect((await flaggedInSpan(db, at(5), at(20))).map((r) => r.id)).toEqual([stored(10).id]);
    expect((await flaggedInSpan(db, at(5), undefined)).map((r) => r.id)).toEqual([stored(10).id, stored(20).id]);
  });
});
