import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { getMentions, countInbox, queryInbox } from '../../../lib/db/mentions.ts';
import { MIGRATIONS } from '../../../lib/db/migrations.ts';
import { DB_NAME, DB_VERSION, openCrisisDb, openCrisisDbAtVersion, type CrisisDb } from '../../../lib/db/open.ts';
import { stored } from './fixtures.ts';

let factory: IDBFactory;
beforeEach(() => {
  factory = new IDBFactory();
});

/** Open with the raw IndexedDB API, running `upgrade` on upgradeneeded: the way an old build
 * would have created its database, independent of our migration code. */
function rawOpen(version: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME, version);
    req.onupgradeneeded = () => upgrade?.(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function rawPut(db: IDBDatabase, rows: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('mentions', 'readwrite');
    for (const row of rows) tx.objectStore('mentions').put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** Index name -> key path, sorted by name. */
function indexShape(db: CrisisDb): Record<string, string | string[]> {
  const store = db.transaction('mentions').store;
  const shape: Record<string, string | string[]> = {};
  for (const name of [...store.indexNames].sort()) {
    const keyPath = store.index(name).keyPath;
    shape[name] = Array.isArray(keyPath) ? [...keyPath] : keyPath;
  }
  return shape;
}

const V1_INDEXES = {
  flagged: 'flagged',
  lang: 'analysis.lang',
  label: 'analysis.sentiment.label',
  platform: 'platform',
  sortAt: 'sortAt',
  status: 'status',
};

const V2_INDEXES = {
  ...V1_INDEXES,
  inbox: ['flagged', 'sortAt', 'id'],
  'inbox-lang': ['flagged', 'analysis.lang', 'sortAt', 'id'],
  'inbox-lang-status': ['flagged', 'analysis.lang', 'status', 'sortAt', 'id'],
  'inbox-platform': ['flagged', 'platform', 'sortAt', 'id'],
  'inbox-platform-lang': ['flagged', 'platform', 'analysis.lang', 'sortAt', 'id'],
  'inbox-platform-lang-status': ['flagged', 'platform', 'analysis.lang', 'status', 'sortAt', 'id'],
  'inbox-platform-status': ['flagged', 'platform', 'status', 'sortAt', 'id'],
  'inbox-status': ['flagged', 'status', 'sortAt', 'id'],
};

/** Migration 5 adds the retention index [flagged, status, activityAt]. */
const LATEST_INDEXES = { ...V2_INDEXES, retention: ['flagged', 'status', 'activityAt'] };

describe('migration list', () => {
  test('steps are numbered 1..N without gaps and the database opens at N', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(DB_VERSION).toBe(7);
  });

  test('the database name is the public contract', () => {
    expect(DB_NAME).toBe('crisis-desk');
  });
});

describe('migration 1: mentions store and single-field indexes', () => {
  test('a new database at version 1 has the store (keyPath id) and the six basic indexes', async () => {
    const db = await openCrisisDbAtVersion(1, factory);
    expect(db.version).toBe(1);
    expect([...db.objectStoreNames]).toEqual(['mentions']);
    expect(db.transaction('mentions').store.keyPath).toBe('id');
    expect(indexShape(db)).toEqual(V1_INDEXES);
    db.close();
  });

  test('with no database yet (the shape before step 1) openCrisisDb runs every step', async () => {
    const db = await openCrisisDb(factory);
    expect(db.version).toBe(DB_VERSION);
    expect(indexShape(db)).toEqual(LATEST_INDEXES);
    db.close();
  });
});

describe('migration 2: compound inbox indexes', () => {
  test('a v1 database made with raw IndexedDB keeps its rows and gains the inbox indexes', async () => {
    const old = await rawOpen(1, (raw) => {
      const store = raw.createObjectStore('mentions', { keyPath: 'id' });
      for (const [name, keyPath] of Object.entries(V1_INDEXES)) store.createIndex(name, keyPath);
    });
    const a = stored(1, { sortAt: '2025-06-01T10:00:00.000Z' });
    const b = stored(2, { sortAt: '2025-06-01T11:00:00.000Z', platform: 'amazon', status: 'handled' });
    const c = stored(3, { sortAt: '2025-06-01T09:00:00.000Z', flagged: 0 });
    // A v1-era row without the array fields that came later with defaults.
    const { flagReasons: _r, watchMatches: _w, ...legacy } = stored(4, { sortAt: '2025-06-01T12:00:00.000Z' });
    // A damaged row: flagged and sorted like the others, but no analysis.
    const { analysis: _a, ...damaged } = stored(5, { sortAt: '2025-06-01T13:00:00.000Z' });
    await rawPut(old, [a, b, c, legacy, damaged]);
    old.close();

    // Step 2 alone (later steps have their own tests).
    const db = await openCrisisDbAtVersion(2, factory);
    expect(db.version).toBe(2);
    expect(indexShape(db)).toEqual(V2_INDEXES);

    const rows = await getMentions(db, [a.id, b.id, c.id, legacy.id, damaged.id]);
    expect(rows).toEqual([a, b, c, { ...legacy, flagReasons: [], watchMatches: [] }, undefined]);

    // The damaged row has no `analysis.lang`, so it is absent from indexes keyed on it but
    // present in `inbox`, where reading it skips it.
    const page = await queryInbox(db, {}, { limit: 10 });
    expect(page.items.map((m) => m.id)).toEqual([legacy.id, b.id, a.id]);
    expect(page.skipped).toBe(1);
    expect(await countInbox(db, {})).toBe(4);
    expect(await countInbox(db, { lang: 'en' })).toBe(3);
    expect(await countInbox(db, { platform: 'amazon', status: 'handled' })).toBe(1);
    expect(await countInbox(db, { flaggedOnly: false })).toBe(5);
    db.close();
  });

  test('v1 opened by our own step 1, then upgraded, has exactly the fresh v2 shape', async () => {
    const v1 = await openCrisisDbAtVersion(1, factory);
    const fresh = await openCrisisDb(new IDBFactory());
    const freshShape = indexShape(fresh);
    fresh.close();
    v1.close();
    const upgraded = await openCrisisDb(factory);
    expect(indexShape(upgraded)).toEqual(freshShape);
    upgraded.close();
  });

  test('an open v1 connection steps aside so the upgrade is not blocked', async () => {
    const v1 = await openCrisisDbAtVersion(1, factory);
    const db = await openCrisisDb(factory);
    expect(db.version).toBe(DB_VERSION);
    // The old connection was closed by its versionchange handler.
    expect(() => v1.transaction('mentions')).toThrow(/closed|InvalidStateError/i);
    db.close();
  });

  test('unknown versions are refused', async () => {
    await expect(openCrisisDbAtVersion(DB_VERSION + 1, factory)).rejects.toThrow(RangeError);
    await expect(openCrisisDbAtVersion(0, factory)).rejects.toThrow(RangeError);
  });
});
