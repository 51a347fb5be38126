/**
 * The surge-alert stores (typed in `CrisisDeskSchema`, indexes.ts):
 * - `alerts` (keyPath `id`): Alert records, indexed by scope and start time (migration 3);
 * - `surge-scopes` (keyPath `scope`): per-scope counting + detector state (migration 3);
 * - `surge-buckets` (key [scope, start]): closed buckets for the chart, indexed by start (migration 3);
 * - `surge-pending` (keyPath `id`): mentions stored but not yet counted (migration 4).
 */
import type { IDBPDatabase } from 'idb';
import type { CrisisDeskSchema } from './indexes.ts';

export const ALERTS_STORE = 'alerts';
export const SURGE_SCOPES_STORE = 'surge-scopes';
export const SURGE_BUCKETS_STORE = 'surge-buckets';
export const SURGE_PENDING_STORE = 'surge-pending';

export function createAlertStores(db: IDBPDatabase<CrisisDeskSchema>): void {
  const alerts = db.createObjectStore(ALERTS_STORE, { keyPath: 'id' });
  alerts.createIndex('scope', 'scope');
  alerts.createIndex('startedAt', 'startedAt');
  db.createObjectStore(SURGE_SCOPES_STORE, { keyPath: 'scope' });
  const buckets = db.createObjectStore(SURGE_BUCKETS_STORE, { keyPath: ['scope', 'start'] });
  buckets.createIndex('start', 'start');
}

export function createPendingStore(db: IDBPDatabase<CrisisDeskSchema>): void {
  db.createObjectStore(SURGE_PENDING_STORE, { keyPath: 'id' });
}
