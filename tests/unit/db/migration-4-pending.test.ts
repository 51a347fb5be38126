import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { newScopeState } from '../../../lib/alerts/buckets.ts';
import { loadScopeStates, pendingMentionIds, writeAlertData } from '../../../lib/db/alerts.ts';
import { getMentions } from '../../../lib/db/mentions.ts';
import { openCrisisDb, openCrisisDbAtVersion } from '../../../lib/db/open.ts';
import { stored } from './fixtures.ts';

let factory: IDBFactory;
beforeEach(() => {
  factory = new IDBFactory();
});

const T = Date.parse('2025-06-02T00:00:00.000Z');

describe('migration 4: surge-pending store', () => {
  test('a v3 database keeps its mentions and scope states and gains an empty surge-pending store', async () => {
    const v3 = await openCrisisDbAtVersion(3, factory);
    const m = stored(1, { sortAt: '2025-06-01T10:00:00.000Z' });
    await v3.put('mentions', m);
    const state = newScopeState('all', T, { kept: true });
    // Written directly: writeAlertData at v4 also touches surge-pending, which v3 lacks.
    await v3.put('surge-scopes', state);
    v3.close();

    const db = await openCrisisDbAtVersion(4, factory);
    expect(db.version).toBe(4);
    expect([...db.objectStoreNames].sort()).toEqual(['alerts', 'mentions', 'surge-buckets', 'surge-pending', 'surge-scopes']);
    const raw = db as unknown as IDBDatabase;
    expect(raw.transaction('surge-pending').objectStore('surge-pending').keyPath).toBe('id');
    expect(await pendingMentionIds(db, 10)).toEqual([]);
    expect(await getMentions(db, [m.id])).toEqual([m]);
    expect((await loadScopeStates(db)).states).toEqual([state]);
    db.close();
  });

  test('markers are listed in key order up to the limit and removed by the write that counted them', async () => {
    const db = await openCrisisDb(factory);
    for (const id of ['x:3', 'x:1', 'x:2']) await db.put('surge-pending', { id, createdAt: new Date(T).toISOString() });
    expect(await pendingMentionIds(db, 2)).toEqual(['x:1', 'x:2']);
    await writeAlertData(db, { states: [newScopeState('all', T, null)], countedPending: ['x:1', 'x:2'] });
    expect(await pendingMentionIds(db, 10)).toEqual(['x:3']);
    db.close();
  });

  test('a failed write keeps the markers, so those mentions are counted by a later run', async () => {
    const db = await openCrisisDb(factory);
    await db.put('surge-pending', { id: 'x:1', createdAt: new Date(T).toISOString() });
    const bad = { ...newScopeState('all', T, null), nextClose: 'later' as unknown as number };
    await expect(writeAlertData(db, { states: [bad], countedPending: ['x:1'] })).rejects.toThrow();
    expect(await pendingMentionIds(db, 10)).toEqual(['x:1']);
    db.close();
  });
});
