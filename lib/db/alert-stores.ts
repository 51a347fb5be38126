/**
 * The surge-alert stores (migration 3), as an idb schema that extends the mentions one:
 * - `alerts` (keyPath `id`): Alert records, indexed by scope and start time;
 * - `surge-scopes` (keyPath `scope`): per-scope counting + detector state (SurgeScopeState);
 * - `surge-buckets` (key [scope, start]): closed buckets for the chart, indexed by start for pruning.
 */
import type { IDBPDatabase } from 'idb';
import type { Alert, SurgeBucketRow, SurgeScopeState } from '../schema.ts';
import type { CrisisDeskSchema } from './indexes.ts';

export const ALERTS_STORE = 'alerts';
export const SURGE_SCOPES_STORE = 'surge-scopes';
export const SURGE_BUCKETS_STORE = 'surge-buckets';

export interface AlertsDbSchema extends CrisisDeskSchema {
  alerts: { key: string; value: Alert; indexes: { scope: string; startedAt: string } };
  'surge-scopes': { key: string; value: SurgeScopeState };
  'surge-buckets': { key: [string, number]; value: SurgeBucketRow; indexes: { start: number } };
}

export type AlertsDb = IDBPDatabase<AlertsDbSchema>;

/** The stores exist from version 3 on; `CrisisDeskSchema` (indexes.ts) only types the mentions store. */
export function withAlertStores(db: IDBPDatabase<CrisisDeskSchema>): AlertsDb {
  return db as unknown as AlertsDb;
}

export function createAlertStores(db: AlertsDb): void {
  const alerts = db.createObjectStore(ALERTS_STORE, { keyPath: 'id' });
  alerts.createIndex('scope', 'scope');
  alerts.createIndex('startedAt', 'startedAt');
  db.createObjectStore(SURGE_SCOPES_STORE, { keyPath: 'scope' });
  const buckets = db.createObjectStore(SURGE_BUCKETS_STORE, { keyPath: ['scope', 'start'] });
  buckets.createIndex('start', 'start');
}
