/**
 * The background's alerts job: the alert engine (lib/alerts/engine.ts) plus what happens around
 * its calls — reading the settings and the clock, notifying, broadcasting `alerts/changed`,
 * refreshing the badge, scheduling the webhook retry. No browser API here: alerts-runtime.ts
 * passes them in, so unit tests drive this with fake-indexeddb (or an in-memory store) and stubs.
 *
 * Each entry point is one function a scheduler can call on its own: `tick(now)` (the 5-minute
 * alarm), `onCreated()` (after an ingest), `deliverWebhooks()` (the retry alarm),
 * `handleAlertMessage(msg)` (the side panel). The engine queues them, so they never race.
 *
 * Nothing that reaches the log carries the webhook URL's secrets (lib/redact-url.ts).
 */
import { createAlertEngine, type AlertEngine, type AlertRunResult, type AlertStore, type WebhookRun, type WebhookTransport } from '@/lib/alerts';
import { redactDetail, redactUrlsIn } from '@/lib/redact-url';
import type { Alert, AlertMessage, AlertSettings, ErrorReply, Settings } from '@/lib/schema';

export interface AlertsJobDeps {
  store: AlertStore;
  loadSettings(): Promise<Settings>;
  loadAlertSettings(): Promise<AlertSettings>;
  /** The background's clock (epoch ms), for the calls made without a time. */
  now(): number;
  /** Minutes east of UTC at `now`, for quiet hours and the detector's hour-of-day profile. */
  utcOffsetMinutes(now: number): number;
  /** A new (or woken) alert that should be shown: system notification. */
  notify(alert: Alert, alertSettings: AlertSettings): void;
  /** `alerts/changed` to extension pages. */
  broadcast(ids: string[]): void;
  refreshBadge(): void;
  /** fetch and the permissions API. */
  transport: WebhookTransport;
  /** Set the one-shot retry alarm for `at` (epoch ms), or clear it when nothing waits. */
  scheduleWebhookRetry(at: number | undefined): Promise<void>;
  log(msg: string, detail?: unknown): void;
}

export interface AlertsJob {
  /** The 5-minute alarm: count, close buckets, wake snoozes, then deliver due webhooks. Never
   * rejects: a failure is logged and the next tick starts from the stored state. */
  tick(now?: number): Promise<void>;
  /** New mentions were stored (their pending markers with them): count and evaluate. */
  onCreated(now?: number): Promise<AlertRunResult>;
  /** Deliver what is due and set the retry alarm. Never rejects (logged). */
  deliverWebhooks(now?: number): Promise<void>;
  handleAlertMessage(msg: AlertMessage, now?: number): Promise<{ ok: true } | ErrorReply>;
  /** Resolves when the engine's queue and the follow-up work it started are done (tests). */
  idle(): Promise<void>;
  engine: AlertEngine;
}

export function createAlertsJob(deps: AlertsJobDeps): AlertsJob {
  /** The configured webhook URL, as last read: its secrets are blanked in every log line. */
  let knownUrl: string | undefined;
  const log = (msg: string, detail?: unknown) => deps.log(redactUrlsIn(msg, [knownUrl]), redactDetail(detail, [knownUrl]));
  const engine = createAlertEngine({ store: deps.store, log });

  // Follow-up work started without awaiting it (a backlog run, a webhook delivery), so `idle()`
  // can wait for it too.
  const inflight = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
  };

  const loadAlertSettings = async () => {
    const s = await deps.loadAlertSettings();
    knownUrl = s.webhookUrl;
    return s;
  };
  const context = async (now: number) => {
    const [settings, alertSettings] = await Promise.all([deps.loadSettings(), loadAlertSettings()]);
    return { now, utcOffsetMinutes: deps.utcOffsetMinutes(now), settings, alertSettings };
  };
  const report = (r: AlertRunResult, alertSettings: AlertSettings) => {
    for (const reset of r.resets) log(`alert scope reset: ${reset}`);
    if (r.changed.length > 0) {
      deps.broadcast(r.changed.map((a) => a.id));
      deps.refreshBadge();
    }
    for (const a of r.notified) deps.notify(a, alertSettings);
  };

  async function deliver(now: number): Promise<WebhookRun> {
    const run = await engine.deliverWebhooks({ alertSettings: await loadAlertSettings(), now, transport: deps.transport });
    if (run.changed.length > 0) deps.broadcast(run.changed);
    await deps.scheduleWebhookRetry(run.nextRetryAt);
    return run;
  }
  const deliverWebhooks = (now = deps.now()) => deliver(now).then(
    () => undefined,
    (err: unknown) => log('webhook delivery failed', err),
  );

  async function onCreated(now = deps.now()): Promise<AlertRunResult> {
    const ctx = await context(now);
    const result = await engine.onCreated(ctx);
    report(result, ctx.alertSettings);
    // More than one run's worth waiting (a backlog after a long outage): go on in the next slot.
    if (result.backlog) track(onCreated().catch((err: unknown) => log('alert backlog run failed', err)));
    if (result.changed.some((a) => a.webhook?.state === 'pending')) track(deliverWebhooks());
    return result;
  }

  return {
    engine,
    onCreated,
    deliverWebhooks,
    async tick(now = deps.now()) {
      try {
        const ctx = await context(now);
        const result = await engine.tick(ctx);
        report(result, ctx.alertSettings);
        if (result.backlog) track(onCreated().catch((err: unknown) => log('alert backlog run failed', err)));
      } catch (err) {
        log('alert tick failed', err);
      }
      await deliverWebhooks(now);
    },
    async handleAlertMessage(msg, now = deps.now()) {
      const reply = await engine.act(msg, now);
      if (reply.ok && msg.type !== 'alerts/changed') {
        deps.broadcast([msg.id]);
        deps.refreshBadge();
        if (msg.type === 'alert/retry-webhook') track(deliverWebhooks());
      }
      return reply;
    },
    async idle() {
      do {
        await Promise.allSettled([...inflight]);
        await engine.idle();
      } while (inflight.size > 0);
    },
  };
}
