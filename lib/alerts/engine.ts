/**
 * The alert engine: counts newly stored mentions into their scopes, evaluates the detectors (after
 * an ingest and on the 5-minute alarm), turns onsets and ends into Alert records, applies the
 * operator's actions and records webhook attempts. Pure apart from its AlertStore: the caller
 * passes the time and the settings of every call, and does the notifying, broadcasting and
 * fetching with what the calls return (entrypoints/background/alerts-runtime.ts).
 *
 * Calls are queued one after another: an ingest and an alarm firing together must not both
 * read-modify-write the same scope state, and an action must not race an evaluation of the same
 * alert. The store is the only copy of anything: a run writes once, atomically, at its end, so a
 * worker killed mid-run (or a failed write) leaves the previous run's data and the pending markers,
 * and the next run counts those mentions, once.
 */
import { AlertScopeSchema, type Alert, type AlertMessage, type AlertSettings, type ErrorReply, type Settings, type SurgeBucketRow, type SurgeScopeState } from '../schema.ts';
import { initialSurgeState } from '../surge/index.ts';
import { applyAlertMessage } from './actions.ts';
import { alertChanges, silencedBy } from './alert-changes.ts';
import { countMention, newScopeState } from './buckets.ts';
import { countedAt } from './counting-time.ts';
import { deliverDueWebhooks, type WebhookRun, type WebhookTransport } from './deliveries.ts';
import { evaluateScope } from './evaluate.ts';
import { linkEvents } from './event-links.ts';
import { onePerEvent } from './events.ts';
import { keywordMatcher } from './keyword-match.ts';
import { wake } from './lifecycle.ts';
import { scopesOf } from './scopes.ts';
import { detectorOptions, scopeSettings } from './settings.ts';
import type { AlertStore } from './store.ts';

export interface AlertEngineDeps {
  store: AlertStore;
  log(msg: string, detail?: unknown): void;
}

/** What one run needs besides the store: the time and the settings, read by the caller. */
export interface AlertRunContext {
  now: number;
  /** Minutes east of UTC for quiet hours and the detector's hour-of-day profile. */
  utcOffsetMinutes: number;
  settings: Settings;
  alertSettings: AlertSettings;
}

export interface AlertRunResult {
  /** Alerts written by this run (new, updated, ended, woken). */
  changed: Alert[];
  /** New or woken alerts that should be shown (not silenced). */
  notified: Alert[];
  /** Scopes whose state was reset, with the reason (for the log). */
  resets: string[];
  /** More mentions were pending than one run counts: call `onCreated` again. */
  backlog: boolean;
}

export type AlertActionReply = { ok: true } | ErrorReply;

const DAY_MS = 86_400_000;
/** Pending mentions counted per run: bounds one transaction and one run's memory. */
export const MAX_COUNTED_PER_RUN = 2_000;

export interface AlertEngine {
  /** After an ingest: count the mentions still pending (the ones the pipeline just created, and
   * any a killed worker left), evaluate the scopes they touched. */
  onCreated(ctx: AlertRunContext): Promise<AlertRunResult>;
  /** The alarm: count what is pending, close due buckets of every scope, wake snoozed alerts,
   * prune once a day. */
  tick(ctx: AlertRunContext): Promise<AlertRunResult>;
  /** An alert message from the side panel (acknowledge / snooze / resolve / retry the webhook). */
  act(msg: AlertMessage, now: number): Promise<AlertActionReply>;
  /** POST every due webhook delivery once and record the outcomes on the alerts. */
  deliverWebhooks(input: { alertSettings: AlertSettings; now: number; transport: WebhookTransport }): Promise<WebhookRun>;
  /** Resolves when everything queued so far has finished (tests). */
  idle(): Promise<void>;
}

export function createAlertEngine(deps: AlertEngineDeps): AlertEngine {
  const { store, log } = deps;
  let queue: Promise<unknown> = Promise.resolve();
  let lastPrune = Number.NEGATIVE_INFINITY;
  const queued = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  async function run(ingest: boolean, ctx: AlertRunContext): Promise<AlertRunResult> {
    const { now, settings, alertSettings, utcOffsetMinutes: offset } = ctx;
    const loaded = await store.loadScopeStates();
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
    const pending = await store.pendingMentionIds(MAX_COUNTED_PER_RUN);
    const pendingRows = await store.getMentions(pending);
    const keywords = keywordMatcher(alertSettings.keywordSets);
    const touched = new Set<string>(ingest ? loaded.damaged.map((d) => d.key) : states.keys());
    for (const row of pendingRows) {
      // A marker whose mention was pruned or damaged meanwhile is simply dropped.
      if (!row) continue;
      for (const hit of scopesOf(row, settings, keywords)) {
        if (!scopeSettings(alertSettings, hit.scope).enabled) continue;
        let state = states.get(hit.scope);
        if (!state) {
          state = newScopeState(hit.scope, now, initialSurgeState());
          states.set(hit.scope, state);
        }
        countMention(state, countedAt(row), hit.negative, now, Date.parse(row.capturedAt));
        touched.add(hit.scope);
      }
    }

    const { alerts: stored } = await store.listAlerts();
    const byId = new Map(stored.map((a) => [a.id, a]));
    const changed = new Map<string, Alert>();
    let notified: Alert[] = [];
    const rows: SurgeBucketRow[] = [];
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
      const outcome = await alertChanges({ store, scope: state.scope, evaluation: e, options, scopeSettings: ss, alertSettings, settings, byId, now, offset, log });
      for (const a of outcome.changed) {
        changed.set(a.id, a);
        byId.set(a.id, a);
      }
      notified.push(...outcome.notify);
    }

    // One burst, one event: an alert this run opened joins the event under way whose alerts share
    // most of its mentions (events.ts); it then neither pages nor posts on its own.
    const fresh = [...changed.values()].filter((a) => !stored.some((s) => s.id === a.id) && a.eventId === undefined);
    if (fresh.length > 0) {
      const joined = await linkEvents({ store, fresh, byId, settings, keywords, now });
      for (const a of joined) {
        changed.set(a.id, a);
        byId.set(a.id, a);
      }
      const members = new Set(joined.map((a) => a.id));
      notified = notified.filter((a) => !members.has(a.id));
    }

    // Snoozes that ran out ask for attention again.
    for (const a of byId.values()) {
      const woken = wake(a, now);
      if (woken === a) continue;
      changed.set(woken.id, woken);
      byId.set(woken.id, woken);
      if (woken.status === 'open' && silencedBy(woken, alertSettings, offset, now) === undefined) notified.push(woken);
    }

    await store.writeAlertData({ states: saved, rows, alerts: [...changed.values()], deleteStates, countedPending: pending });
    if (!ingest && now - lastPrune > DAY_MS) {
      lastPrune = now;
      await store.pruneAlertData(now).catch((err: unknown) => log('alert prune failed', err));
    }
    return { changed: [...changed.values()], notified: onePerEvent(notified), resets, backlog: pending.length === MAX_COUNTED_PER_RUN };
  }

  return {
    onCreated: (ctx) => queued(() => run(true, ctx)),
    tick: (ctx) => queued(() => run(false, ctx)),
    // Our own `alerts/changed` broadcast echoing back needs no turn in the queue.
    act: (msg, now) => (msg.type === 'alerts/changed' ? Promise.resolve({ ok: true as const }) : queued(() => applyAlertMessage(store, msg, now))),
    deliverWebhooks: (input) => queued(() => deliverDueWebhooks(store, { ...input, log })),
    idle: () => queued(async () => undefined),
  };
}
