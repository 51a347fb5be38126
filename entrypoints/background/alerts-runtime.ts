/**
 * Wires the alerts job (alerts-job.ts) to the real browser: the IndexedDB store, the 5-minute
 * alarm, notifications, the badge, the `alerts/changed` broadcast, fetch and the host permission
 * for the webhook. `index.ts` calls these few functions only; each is a unit a job scheduler can
 * call on its own.
 */
import { browser } from 'wxt/browser';
import { WEBHOOK_TIMEOUT_MS, badgeFor, openEventCount } from '@/lib/alerts';
import { idbAlertStore } from '@/lib/db/alert-store';
import { countInbox } from '@/lib/db/mentions';
import type { CrisisDb } from '@/lib/db/open';
import { createTranslator } from '@/lib/i18n';
import type { AlertMessage, ErrorReply, Settings } from '@/lib/schema';
import { alertSettingsItem } from '@/runtime/storage-items';
import type { BackgroundDeps } from './handle-message';
import { createAlertsJob, type AlertsJob } from './alerts-job';
import { onNotificationClicked, showAlertNotification } from './alerts-notify';

/** Buckets are 5 minutes; the alarm closes them (Chrome's minimum period is 30 s, so 5 is fine).
 * The name predates "alerts" and stays: installed extensions have this alarm registered. */
export const ALERTS_ALARM = 'crisis-desk-surge';
export const ALERTS_PERIOD_MINUTES = 5;
/** One-shot alarm for the next webhook retry (back-off starts at 1 minute, below the tick). */
export const WEBHOOK_ALARM = 'crisis-desk-webhook-retry';

const loadAlertSettings = () => alertSettingsItem.get();

interface Base {
  getDb(): Promise<CrisisDb>;
  loadSettings(): Promise<Settings>;
  now(): Date;
  log(msg: string, detail?: unknown): void;
}

export interface AlertsRuntime {
  /** For BackgroundDeps.alerts (the message router). */
  router: NonNullable<BackgroundDeps['alerts']>;
  /** The 5-minute alarm's job; `now` defaults to the background's clock. */
  tick(now?: number): Promise<void>;
  /** After an ingest stored new mentions. */
  onCreated(): Promise<unknown>;
  /** The retry alarm's job: deliver what is due. */
  deliverWebhooks(): Promise<void>;
  handleAlertMessage(msg: AlertMessage): Promise<{ ok: true } | ErrorReply>;
  /** Badge: open alert events ("!2", orange) win over the open-flagged count (red). */
  refreshBadge(): void;
  onNotificationClicked(id: string): void;
  job: AlertsJob;
}

function uiTranslator() {
  try {
    return createTranslator(browser.i18n.getUILanguage());
  } catch {
    return createTranslator('en');
  }
}

function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

export function createAlertsRuntime(base: Base): AlertsRuntime {
  const store = idbAlertStore(base.getDb);
  const broadcast = (ids: string[]) => {
    browser.runtime.sendMessage({ type: 'alerts/changed', ids: ids.slice(0, 500) } satisfies AlertMessage).catch(() => undefined);
  };
  const refreshBadge = () => {
    void Promise.all([store.listAlerts(), base.getDb().then((db) => countInbox(db, { status: 'open' }))])
      .then(async ([alerts, flagged]) => {
        // One burst, one event: the badge counts events, not the scopes that alerted.
        const badge = badgeFor(openEventCount(alerts.alerts), flagged);
        await browser.action.setBadgeText({ text: badge.text });
        await browser.action.setBadgeBackgroundColor({ color: badge.color });
      })
      .catch((err: unknown) => base.log('badge refresh failed', err));
  };
  const job = createAlertsJob({
    store,
    loadSettings: base.loadSettings,
    loadAlertSettings,
    now: () => base.now().getTime(),
    utcOffsetMinutes: (now) => -new Date(now).getTimezoneOffset(),
    // The run's own alert settings name keyword scopes ("Keywords: Battery fire").
    notify: (a, s) => showAlertNotification(a, uiTranslator(), base.log, s.keywordSets),
    broadcast,
    refreshBadge,
    transport: {
      post: (url, body) =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS) }).then((r) => r.status),
      hasPermission: (url) => browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => false),
    },
    // Chrome fires alarms no sooner than 30 s from now; a past or near time fires at that floor.
    scheduleWebhookRetry: async (at) => {
      if (at !== undefined) await browser.alarms.create(WEBHOOK_ALARM, { when: at });
      else await browser.alarms.clear(WEBHOOK_ALARM);
    },
    log: base.log,
  });

  return {
    job,
    router: { onCreated: () => job.onCreated(), handleAlertMessage: (msg) => job.handleAlertMessage(msg) },
    tick: (now) => job.tick(now),
    onCreated: () => job.onCreated(),
    deliverWebhooks: () => job.deliverWebhooks(),
    handleAlertMessage: (msg) => job.handleAlertMessage(msg),
    refreshBadge,
    onNotificationClicked: (id) => onNotificationClicked(id, base.log),
  };
}
