/**
 * Opening the `crisis-desk` IndexedDB database. idb's `openDB` always uses the global
 * `indexedDB`; we take the factory as a parameter (tests pass a fresh fake-indexeddb
 * `IDBFactory`, the extension passes nothing) and wrap the request with idb ourselves.
 */
import { wrap, type IDBPDatabase } from 'idb';
import type { CrisisDeskSchema } from './indexes.ts';
import { DB_VERSION, MIGRATIONS, runMigrations, type UpgradeTx } from './migrations.ts';

export type { CrisisDeskSchema } from './indexes.ts';
export { DB_VERSION } from './migrations.ts';

/** The database name is a public contract: the background, side panel and options page share it. */
export const DB_NAME = 'crisis-desk';

export type CrisisDb = IDBPDatabase<CrisisDeskSchema>;

export function openCrisisDb(factory?: IDBFactory): Promise<CrisisDb> {
  return openCrisisDbAtVersion(DB_VERSION, factory);
}

/** Open at an older schema version (only steps 1..version run). For migration tests. */
export function openCrisisDbAtVersion(version: number, factory?: IDBFactory): Promise<CrisisDb> {
  if (!Number.isInteger(version) || version < 1 || version > MIGRATIONS.length) {
    return Promise.reject(new RangeError(`no schema version ${version} (1..${MIGRATIONS.length})`));
  }
  const idbFactory = factory ?? globalThis.indexedDB;
  if (!idbFactory) return Promise.reject(new Error('IndexedDB is not available in this context'));
  const request = idbFactory.open(DB_NAME, version);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as CrisisDb;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
    runMigrations(db, tx, event.oldVersion, event.newVersion ?? version);
  });
  return (wrap(request) as unknown as Promise<CrisisDb>).then((db) => {
    // A newer extension version (or another tab after an update) wants to upgrade: step aside
    // instead of blocking it forever. Callers that cache the connection re-open on next use.
    db.addEventListener('versionchange', () => db.close());
    return db;
  });
}
