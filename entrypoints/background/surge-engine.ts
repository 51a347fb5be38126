/**
 * The background's surge job: counts newly stored mentions into their scopes, evaluates the
 * detectors (on ingest and on the 5-minute alarm), and turns onsets and ends into Alert records.
 * Everything it needs is injected, so tests drive it with fake-indexeddb and a fixed clock.
 *
 * Runs are queued one after another: an ingest and an alarm firing together must not both
 * read-modify-write the same scope state. The database is the only copy of anything: a worker
 * killed mid-run resumes from the last committed write (see `writeAlertData`).
 */
import { alertEvents, type AlertEvents } from './surge-alerts';
import {
  countMention,
  evaluateScope,
  detectorOptions,
  newScopeState,
  scopeSettings,
  keywordMatcher,
  scopesOf,
  wake,
} from '@/lib/alerts';
import { listAlerts, loadScopeStates, pendingMentionIds, pruneAlertData, writeAlertData } from '@/lib/db/alerts';
import { getMentions } from '@/lib/db/mentions';
import type { CrisisDb } from '@/lib/db/open';
import { AlertScopeSchema, type Alert, type AlertSettings, type Settings, type SurgeScopeState } from '@/lib/schema';
import { initialSurgeState } from '@/lib/surge';

export interface SurgeDeps {
  getDb(): Promise<CrisisDb>;
  loadSettings(): Promise<Settings>;
  loadAlertSettings(): Promise<AlertSettings>;
  now(): Date;
  /** Minutes east of UTC for quiet hours and the detector's hour-of-day profile. */
  utcOffsetMinutes(): number;
  /** A new (or re-opened) alert that should be shown: system notification. */
  notify(alert: Alert, alertSettings: AlertSettings): void;
  /** `alerts/changed` to extension pages. */
  broadcast(ids: string[]): void;
  refreshBadge(): void;
  log(msg: string, detail?: unknown): void;
}

export interface SurgeRunResult {
  changed: Alert[];
  notified: Alert[];
  resets: string[];
}

const DAY_MS = 86_400_000;
/** Pending mentions counted per run: bounds one transaction and one run's memory. */
export const MAX_COUNTED_PER_RUN = 2_000;

export interface SurgeEngine {
  /** After an ingest: count the mentions still pending (the ones the pipeline just created, and
   * any a killed worker left), evaluate the scopes they touched. */
  onCreated(): Promise<SurgeRunResult>;
  /** The alarm: close due buckets of every scope, wake snoozed alerts, prune once a day. */
  tick(): Promise<SurgeRunResult>;
  /** Lets a caller wait for queued work (tests; the alert actions). */
  idle(): Promise<void>;
  /** Run `job` in the queue (alert actions share it so they never race a run). */
  queued<T>(job: () => Promise<T>): Promise<T>;
}

export function createSurgeEngine(deps: SurgeDeps, events: AlertEvents = alertEvents(deps)): SurgeEngine {
  let queue: Promise<unknown> = Promise.resolve();
  let lastPrune = 0;
  const queued = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  async function run(ingest: boolean): Promise<SurgeRunResult> {
    const [db, settings, alertSettings] = await Promise.all([deps.getDb(), deps.loadSettings(), deps.loadAlertSettings()]);
    const now = deps.now().getTime();
    const offset = deps.utcOffsetMinutes();
    const loaded = await loadScopeStates(db);
    const states = new Map<string, SurgeScopeState>(loaded.states.map((s) => [s.scope, s]));
    const resets: string[] = [];
    const deleteStates: string[] = [];
    for (const d of loaded.damaged) {
      const scope = AlertScopeSchema.safeParse(d.key);
      const note = `stored state unreadable (${d.problem})`;
      resets.push(`${d.key}: ${note}`);
      if (scope.success) states.set(d.key, { ...newScopeState(scope.data, now, initialSurgeState()), resetNote: { at: new Date(now).toISOString(), reason: note } });
      else deleteStates.push(d.key);
    }

    // The mentions to count are the pending markers the ingest wrote with them (SurgePendingSchema),
    // not the rows an ingest handed over: markers survive a worker killed between the two steps.
    const pending = await pendingMentionIds(db, MAX_COUNTED_PER_RUN);
    const pendingRows = await getMentions(db, pending);
    const touched = new Set<string>(ingest ? loaded.damaged.map((d) => d.key) : states.keys());
    for (const row of pendingRows) {
      // A marker whose mention was pruned or damaged meanwhile is simply dropped.
      if (!row) continue;
      for (const hit of scopesOf(row, settings, keywordMatcher(alertSettings.keywordSets))) {
        if (!scopeSettings(alertSettings, hit.scope).enabled) continue;
        let state = states.get(hit.scope);
        if (!state) {
          state = newScopeState(hit.scope, now, initialSurgeState());
          states.set(hit.scope, state);
        }
        countMention(state, Date.parse(row.sortAt), hit.negative, now);
        touched.add(hit.scope);
      }
    }

    const { alerts: stored } = await listAlerts(db);
    const byId = new Map(stored.map((a) => [a.id, a]));
    const changed = new Map<string, Alert>();
    const notified: Alert[] = [];
    const rows = [];
    const saved: SurgeScopeState[] = [];

    for (const scope of touched) {
      const state = states.get(scope);
      if (!state) continue;
      const ss = scopeSettings(alertSettings, state.scope);
      // A switched-off scope is left as it was; switched on again, the detector sees a gap.
      if (!ss.enabled) continue;
      const options = detectorOptions(ss, offset);
      const e = evaluateScope(state, options, now);
      if (e.reset) resets.push(`${scope}: ${e.reset}`);
      saved.push(e.state);
      rows.push(...e.rows);
      const outcome = await events.apply({ db, scope: state.scope, evaluation: e, options, scopeSettings: ss, alertSettings, settings, byId, now, offset });
      for (const a of outcome.changed) {
        changed.set(a.id, a);
        byId.set(a.id, a);
      }
      notified.push(...outcome.notify);
    }

    // Snoozes that ran out ask for attention again.
    for (const a of byId.values()) {
      const woken = wake(a, now);
      if (woken === a) continue;
      changed.set(woken.id, woken);
      byId.set(woken.id, woken);
      if (woken.status === 'open' && events.shouldNotify(woken, alertSettings, offset, now)) notified.push(woken);
    }

    await writeAlertData(db, { states: saved, rows, alerts: [...changed.values()], deleteStates, countedPending: pending });
    if (!ingest && now - lastPrune > DAY_MS) {
      lastPrune = now;
      await pruneAlertData(db, now).catch((err: unknown) => deps.log('alert prune failed', err));
    }
    for (const r of resets) deps.log(`surge scope reset: ${r}`);
    if (changed.size > 0) {
      deps.broadcast([...changed.keys()]);
      deps.refreshBadge();
    }
    for (const a of notified) deps.notify(a, alertSettings);
    // More than one run's worth waiting (a backlog after a long outage): go on in the next slot.
    if (pending.length === MAX_COUNTED_PER_RUN) void queued(() => run(true)).catch((err: unknown) => deps.log('surge backlog run failed', err));
    return { changed: [...changed.values()], notified, resets };
  }

  return {
    onCreated: () => queued(() => run(true)),
    tick: () => queued(() => run(false)),
    idle: () => queued(async () => undefined),
    queued,
  };
}
