/**
 * Wires the surge job to the real browser: the 5-minute alarm, notifications, the badge, the
 * `alerts/changed` broadcast and the webhook. `index.ts` calls these few functions only.
 */
import { browser } from 'wxt/browser';
import { badgeFor } from '@/lib/alerts';
import { listAlerts } from '@/lib/db/alerts';
import { countInbox } from '@/lib/db/mentions';
import type { CrisisDb } from '@/lib/db/open';
import { createTranslator } from '@/lib/i18n';
import type { AlertMessage, Settings } from '@/lib/schema';
import { alertSettingsItem } from '@/runtime/storage-items';
import type { BackgroundDeps } from './handle-message';
import { handleAlertMessage } from './surge-actions';
import { createSurgeEngine, type SurgeEngine } from './surge-engine';
import { onNotificationClicked, showAlertNotification } from './surge-notify';
import { deliverDueWebhooks } from './surge-webhook';

/** Buckets are 5 minutes; the alarm closes them (Chrome's minimum period is 30 s, so 5 is fine). */
export const SURGE_ALARM = 'crisis-desk-surge';
export const SURGE_PERIOD_MINUTES = 5;
/** One-shot alarm for the next webhook retry (back-off starts at 1 minute, below the tick). */
export const WEBHOOK_ALARM = 'crisis-desk-webhook-retry';

const loadAlertSettings = () => alertSettingsItem.get();

interface Base {
  getDb(): Promise<CrisisDb>;
  loadSettings(): Promise<Settings>;
  now(): Date;
  log(msg: string, detail?: unknown): void;
}

export interface SurgeRuntime {
  engine: SurgeEngine;
  /** For BackgroundDeps.surge. */
  surge: NonNullable<BackgroundDeps['surge']>;
  /** Badge: open alerts ("!2", orange) win over the open-flagged count (red). */
  refreshBadge(): void;
  tick(): Promise<void>;
  /** The retry alarm fired: deliver what is due. */
  retryWebhooks(): Promise<void>;
  createAlarm(): Promise<void>;
  onNotificationClicked(id: string): void;
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

export function createSurgeRuntime(base: Base): SurgeRuntime {
  const broadcast = (ids: string[]) => {
    browser.runtime.sendMessage({ type: 'alerts/changed', ids: ids.slice(0, 500) } satisfies AlertMessage).catch(() => undefined);
  };
  const refreshBadge = () => {
    void base
      .getDb()
      .then(async (db) => {
        const [alerts, flagged] = await Promise.all([listAlerts(db), countInbox(db, { status: 'open' })]);
        const badge = badgeFor(alerts.alerts.filter((a) => a.status === 'open').length, flagged);
        await browser.action.setBadgeText({ text: badge.text });
        await browser.action.setBadgeBackgroundColor({ color: badge.color });
      })
      .catch((err: unknown) => base.log('badge refresh failed', err));
  };
  const engine = createSurgeEngine({
    ...base,
    loadAlertSettings,
    utcOffsetMinutes: () => -base.now().getTimezoneOffset(),
    // The run's own alert settings name keyword scopes ("Keywords: Battery fire").
    notify: (a, s) => showAlertNotification(a, uiTranslator(), base.log, s.keywordSets),
    broadcast,
    refreshBadge,
  });
  const deliverWebhooks = () =>
    engine.queued(() =>
      deliverDueWebhooks({
        ...base,
        loadAlertSettings,
        post: (url, body, signal) =>
          fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal }).then((r) => r.status),
        hasPermission: (url) => browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => false),
        broadcast,
      }).then(async (run) => {
        // Chrome fires alarms no sooner than 30 s from now; a past or near time fires at that floor.
        if (run.nextRetryAt !== undefined) await browser.alarms.create(WEBHOOK_ALARM, { when: run.nextRetryAt });
        else await browser.alarms.clear(WEBHOOK_ALARM);
        return run;
      }),
    );

  return {
    engine,
    refreshBadge,
    surge: {
      onCreated: async () => {
        const result = await engine.onCreated();
        if (result.changed.some((a) => a.webhook?.state === 'pending')) void deliverWebhooks().catch((err: unknown) => base.log('webhook failed', err));
        return result;
      },
      handleAlert: (msg) =>
        handleAlertMessage(msg, {
          ...base,
          engine,
          broadcast,
          refreshBadge,
          deliverWebhooks: () => void deliverWebhooks().catch((err: unknown) => base.log('webhook failed', err)),
        }),
    },
    tick: async () => {
      try {
        await engine.tick();
        await deliverWebhooks();
      } catch (err) {
        base.log('surge tick failed', err);
      }
    },
    retryWebhooks: async () => {
      await deliverWebhooks().catch((err: unknown) => base.log('webhook retry failed', err));
    },
    createAlarm: async () => {
      await browser.alarms.create(SURGE_ALARM, { periodInMinutes: SURGE_PERIOD_MINUTES, delayInMinutes: 1 });
    },
    onNotificationClicked: (id) => onNotificationClicked(id, base.log),
  };
}
