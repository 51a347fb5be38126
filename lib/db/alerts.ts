/**
 * Reading and writing the surge-alert stores (see alert-stores.ts). Every read is parsed; a
 * damaged scope state is reported (the engine resets that scope with a note), a damaged alert
 * or bucket row is skipped and counted. alert-store.ts wraps these as the engine's AlertStore.
 */
import { BUCKET_ROWS_KEEP_MS, MAX_ALERTS, type AlertList, type AlertWrite, type ScopeStates } from '../alerts/store.ts';
import { redactUrlsIn } from '../redact-url.ts';
import { AlertSchema, AlertScopeSchema, SurgeBucketRowSchema, SurgeScopeStateSchema, type Alert, type StoredMention, type SurgeBucketRow } from '../schema.ts';
import { parseStoredRow } from './rows.ts';
import { ALERTS_STORE, SURGE_BUCKETS_STORE, SURGE_PENDING_STORE, SURGE_SCOPES_STORE } from './alert-stores.ts';
import type { CrisisDb } from './open.ts';
import { abortQuietly, quiet } from './tx.ts';

export { ALERTS_STORE, SURGE_BUCKETS_STORE, SURGE_PENDING_STORE, SURGE_SCOPES_STORE } from './alert-stores.ts';
export { BUCKET_ROWS_KEEP_MS, MAX_ALERTS, type AlertList, type AlertWrite, type ScopeStates } from '../alerts/store.ts';

export async function loadScopeStates(db: CrisisDb): Promise<ScopeStates> {
  const store = db.transaction(SURGE_SCOPES_STORE, 'readonly').store;
  const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
  const out: ScopeStates = { states: [], damaged: [] };
  values.forEach((value, i) => {
    const parsed = SurgeScopeStateSchema.safeParse(value);
    if (parsed.success) out.states.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      out.damaged.push({ key: String(keys[i]), problem: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`.slice(0, 200) });
    }
  });
  return out;
}

/** One transaction over the alert stores: a run's detector states, chart rows, alert changes and
 * the removal of the pending markers it counted are saved together or not at all, so a worker
 * killed mid-write resumes from the previous run and counts those mentions again, once. */
export async function writeAlertData(db: CrisisDb, w: AlertWrite): Promise<void> {
  const states = (w.states ?? []).map((s) => SurgeScopeStateSchema.parse(s));
  const rows = (w.rows ?? []).map((r) => SurgeBucketRowSchema.parse(r));
  const alerts = (w.alerts ?? []).map((a) => AlertSchema.parse(a));
  const tx = db.transaction([ALERTS_STORE, SURGE_SCOPES_STORE, SURGE_BUCKETS_STORE, SURGE_PENDING_STORE], 'readwrite');
  const done = quiet(tx.done);
  const ops: Promise<unknown>[] = [];
  try {
    for (const key of w.deleteStates ?? []) ops.push(quiet(tx.objectStore(SURGE_SCOPES_STORE).delete(key)));
    for (const s of states) ops.push(quiet(tx.objectStore(SURGE_SCOPES_STORE).put(s)));
    for (const r of rows) ops.push(quiet(tx.objectStore(SURGE_BUCKETS_STORE).put(r)));
    for (const a of alerts) ops.push(quiet(tx.objectStore(ALERTS_STORE).put(a)));
    for (const id of w.countedPending ?? []) ops.push(quiet(tx.objectStore(SURGE_PENDING_STORE).delete(id)));
    await Promise.all([...ops, done]);
  } catch (e) {
    abortQuietly(tx);
    throw e;
  }
}

/** The oldest-keyed `limit` pending markers' mention ids (ids sort, so this is a stable slice). */
export async function pendingMentionIds(db: CrisisDb, limit: number): Promise<string[]> {
  const keys = await db.getAllKeys(SURGE_PENDING_STORE, null, limit);
  return keys.map(String);
}

/** Builds before the webhook error was redacted stored it as fetch wrote it, URL secrets included:
 * redacted on every read, so the panel never shows them. */
function withRedactedError(a: Alert): Alert {
  const error = a.webhook?.lastError;
  if (error === undefined) return a;
  const redacted = redactUrlsIn(error);
  return redacted === error ? a : { ...a, webhook: { ...a.webhook!, lastError: redacted.slice(0, 300) } };
}

/** Every stored alert (the store is pruned to MAX_ALERTS), unsorted. */
export async function listAlerts(db: CrisisDb): Promise<AlertList> {
  const values = await db.getAll(ALERTS_STORE);
  const out: AlertList = { alerts: [], skipped: 0 };
  for (const v of values) {
    const parsed = AlertSchema.safeParse(v);
    if (parsed.success) out.alerts.push(withRedactedError(parsed.data));
    else out.skipped++;
  }
  return out;
}

export async function getAlert(db: CrisisDb, id: string): Promise<Alert | undefined> {
  const parsed = AlertSchema.safeParse(await db.get(ALERTS_STORE, id));
  return parsed.success ? withRedactedError(parsed.data) : undefined;
}

/** Closed buckets of one scope with start in [from, to), oldest first. */
export async function bucketRows(db: CrisisDb, scope: string, from: number, to: number): Promise<SurgeBucketRow[]> {
  if (!AlertScopeSchema.safeParse(scope).success || !(to > from)) return [];
  const values = await db.getAll(SURGE_BUCKETS_STORE, IDBKeyRange.bound([scope, from], [scope, to], false, true));
  return values.flatMap((v) => {
    const parsed = SurgeBucketRowSchema.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}


export async function pruneAlertData(db: CrisisDb, now: number): Promise<{ rows: number; alerts: number }> {
  const tx = db.transaction([SURGE_BUCKETS_STORE, ALERTS_STORE], 'readwrite');
  const done = quiet(tx.done);
  try {
    let rows = 0;
    let cursor = await tx.objectStore(SURGE_BUCKETS_STORE).index('start').openCursor(IDBKeyRange.upperBound(now - BUCKET_ROWS_KEEP_MS, true));
    while (cursor) {
      await cursor.delete();
      rows++;
      cursor = await cursor.continue();
    }
    let alerts = 0;
    const store = tx.objectStore(ALERTS_STORE);
    const total = await store.count();
    if (total > MAX_ALERTS) {
      let c = await store.index('startedAt').openCursor();
      while (c && alerts < total - MAX_ALERTS) {
        await c.delete();
        alerts++;
        c = await c.continue();
      }
    }
    await done;
    return { rows, alerts };
  } catch (e) {
    abortQuietly(tx);
    throw e;
  }
}

/** Stored mentions with sortAt (posted time) in [from, to), oldest first, at most `limit`:
 * the rows behind an alert's "why this spike". Damaged rows are left out. */
export async function mentionsPostedBetween(db: CrisisDb, from: string, to: string, limit: number): Promise<StoredMention[]> {
  if (!(to > from)) return [];
  const values = await db.transaction('mentions', 'readonly').store.index('sortAt').getAll(IDBKeyRange.bound(from, to, false, true), limit);
  return values.flatMap((v) => {
    const row = parseStoredRow(v);
    return row ? [row] : [];
  });
}
