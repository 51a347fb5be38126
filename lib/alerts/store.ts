/**
 * What the alert engine needs from storage, and nothing more. The extension implements it over
 * IndexedDB (lib/db/alert-store.ts); the unit tests over plain maps, so the engine runs in Node
 * without a browser or fake-indexeddb. Nothing in lib/alerts imports lib/db.
 *
 * Every read returns parsed records (the implementation validates with the schema module);
 * `writeAlertData` is all-or-nothing: a run's detector states, chart rows, alert changes and the
 * removal of the pending markers it counted are saved together or not at all, so a worker killed
 * mid-write resumes from the previous run and counts those mentions again, once.
 */
import type { Alert, StoredMention, SurgeBucketRow, SurgeScopeState } from '../schema.ts';

/** Chart rows are kept 14 days: an alert's chart shows at most a few days around it. */
export const BUCKET_ROWS_KEEP_MS = 14 * 24 * 3_600_000;
/** Alert history kept: the newest 500 (an alert a day for over a year). */
export const MAX_ALERTS = 500;

export interface ScopeStates {
  states: SurgeScopeState[];
  /** Records that failed the schema: their scope (when readable) and the first problem. */
  damaged: { key: string; problem: string }[];
}

export interface AlertWrite {
  states?: readonly SurgeScopeState[];
  rows?: readonly SurgeBucketRow[];
  alerts?: readonly Alert[];
  /** Scope-state keys to delete (damaged records whose key is not even a scope). */
  deleteStates?: readonly string[];
  /** `surge-pending` markers of the mentions this write counted. */
  countedPending?: readonly string[];
}

export interface AlertList {
  alerts: Alert[];
  /** Stored alerts that failed the schema and were left out. */
  skipped: number;
}

export interface AlertStore {
  /** Every scope's counting and detector state; damaged records reported, not thrown. */
  loadScopeStates(): Promise<ScopeStates>;
  /** The oldest-keyed `limit` mention ids still waiting to be counted (a stable slice). */
  pendingMentionIds(limit: number): Promise<string[]>;
  /** Stored mentions by id, in the order asked; undefined where missing or damaged. */
  getMentions(ids: readonly string[]): Promise<(StoredMention | undefined)[]>;
  /** Every stored alert, unsorted. */
  listAlerts(): Promise<AlertList>;
  getAlert(id: string): Promise<Alert | undefined>;
  /** Stored mentions with sortAt (posted time) in [from, to), oldest first, at most `limit`. */
  mentionsPostedBetween(from: string, to: string, limit: number): Promise<StoredMention[]>;
  /** One atomic write (see the module comment). Rejects, and changes nothing, on failure. */
  writeAlertData(w: AlertWrite): Promise<void>;
  /** Drop chart rows older than BUCKET_ROWS_KEEP_MS and all but the newest MAX_ALERTS alerts. */
  pruneAlertData(now: number): Promise<{ rows: number; alerts: number }>;
}
