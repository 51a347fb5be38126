import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { clearDigestSnapshot, loadDigestSnapshot, saveDigestSnapshot } from '../../../lib/db/inbox-cache.ts';
import { getMentions } from '../../../lib/db/mentions.ts';
import { DB_VERSION, openCrisisDb, openCrisisDbAtVersion } from '../../../lib/db/open.ts';
import { brigadeSignature } from '../../../lib/inbox/brigades.ts';
import { InboxDigest } from '../../../lib/inbox/digest.ts';
import { factsOf } from '../../../lib/inbox/facts.ts';
import { stored } from './fixtures.ts';

let factory: IDBFactory;
beforeEach(() => {
  factory = new IDBFactory();
});

describe('migration 6: the inbox-cache store', () => {
  test('a v5 database keeps its mentions and gains an empty inbox-cache store (keyPath key)', async () => {
    const v5 = await openCrisisDbAtVersion(5, factory);
    const rows = [stored(1), stored(2, { status: 'handled' })];
    for (const r of rows) await v5.put('mentions', r);
    v5.close();

    const db = await openCrisisDb(factory);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toContain('inbox-cache');
    expect(db.transaction('inbox-cache').store.keyPath).toBe('key');
    expect(await getMentions(db, rows.map((r) => r.id))).toEqual(rows);
    expect(await loadDigestSnapshot(db)).toBeUndefined();
    db.close();
  });

  test('a saved digest (typed arrays) reads back equal; a damaged record reads as none', async () => {
    const db = await openCrisisDb(factory);
    const digest = new InboxDigest();
    for (const r of [stored(1), stored(2, { platform: 'amazon', lang: 'de' })]) digest.upsert(factsOf(r), brigadeSignature(r.text));
    const snap = digest.toSnapshot(123);
    await saveDigestSnapshot(db, snap);
    const back = await loadDigestSnapshot(db);
    expect(back).toEqual(snap);
    expect(back?.columns.sortAt).toBeInstanceOf(Float64Array);
    await db.put('inbox-cache', { ...snap, columns: { ...snap.columns, status: [0, 0] } } as never);
    expect(await loadDigestSnapshot(db)).toBeUndefined();
    await clearDigestSnapshot(db);
    expect(await db.count('inbox-cache')).toBe(0);
    db.close();
  });
});
