/**
 * Migration 7's stores, on their own so the migration list does not pull in the reads and writes
 * (incidents.ts): `incidents` (StoredIncident by id) and `templates` (StoredTemplate by id, with
 * where each came from: written here, an imported pack file, the bundled example).
 */
import type { IDBPDatabase } from 'idb';
import type { CrisisDeskSchema } from './indexes.ts';

export const INCIDENTS_STORE = 'incidents';
export const TEMPLATES_STORE = 'templates';

export function createIncidentStores(db: IDBPDatabase<CrisisDeskSchema>): void {
  db.createObjectStore(INCIDENTS_STORE, { keyPath: 'id' });
  db.createObjectStore(TEMPLATES_STORE, { keyPath: 'id' });
}
