import { browser } from 'wxt/browser';
import { z } from 'zod';
import { ANALYZER_VERSION, analyzeMention } from '@/lib/analysis';
import { openCrisisDb, type CrisisDb } from '@/lib/db/open';
import { pruneMentions } from '@/lib/db/mentions';
import { recordHealth } from '@/runtime/health-store';
import { patchPipelineStatus } from '@/runtime/pipeline-status-store';
import { verdictOf } from '@/lib/pipeline';
import { loadReflagState, saveReflagState } from '@/runtime/reflag-state-store';
import { SETTINGS_KEY, loadSettings } from '@/runtime/settings-store';
import { createE2eHooks } from './e2e-hooks';
import { handleMessage, type BackgroundDeps } from './handle-message';
import { createReflagJob, type ReflagJob } from './reflag-job';
import { ALERTS_ALARM, WEBHOOK_ALARM, createAlertsRuntime, type AlertsRuntime } from './alerts-runtime';

const RETENTION_ALARM = 'crisis-desk-retention';

export default defineBackground(() => {
  // zod 4 probes `new Function` once to pick a fast path; MV3's CSP forbids it and AMO lint
  // flags it. Jitless mode skips the probe (shared/research/e2e.md pitfall 15).
  z.config({ jitless: true });

  // E2E build only (`npm run build:e2e`): a movable clock and debug/* messages (e2e-hooks.ts).
  // MODE is a literal after Vite, so in every other build this is undefined and the module is dropped.
  const e2e = import.meta.env.MODE === 'e2e' ? createE2eHooks() : undefined;
  const deps = createDeps(e2e ? e2e.now : () => new Date());
  const alerts = deps.alertsRuntime;
  const reflag = createReflag(deps);
  // A run that stopped before the end (long store) goes on shortly; a failed one (shown in the
  // panel) and a killed worker go on at the next start, settings change or retention alarm.
  const recheck = (): void => {
    void reflag.run().then(({ done, failed }) => {
      if (!done && !failed) setTimeout(recheck, 2_000);
    });
  };

  // Listeners are registered synchronously so events wake a killed worker (MV3 rule).
  browser.runtime.onMessage.addListener(
    (msg, sender) =>
      e2e?.handle(msg, sender, { extensionId: deps.extensionId, tick: alerts.tick }) ??
      handleMessage(msg, sender, deps).catch((err: unknown) => {
        deps.log('message failed', err);
        return { ok: false as const, error: err instanceof Error ? err.message : String(err), code: 'internal' };
      }),
  );

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) {
      void runRetention(deps);
      recheck();
    }
    if (alarm.name === ALERTS_ALARM) void alerts.tick();
    if (alarm.name === WEBHOOK_ALARM) void alerts.deliverWebhooks();
  });
  // Optional chaining: Firefox for Android has no notifications API.
  browser.notifications?.onClicked.addListener((id) => alerts.onNotificationClicked(id));

  // Watch list, languages: stored mentions are checked again with the new settings.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) recheck();
  });

  browser.runtime.onInstalled.addListener(() => void setup());
  browser.runtime.onStartup.addListener(() => void setup());

  // Firefox: the toolbar button toggles the sidebar (Chrome uses setPanelBehavior below).
  if (import.meta.env.FIREFOX) {
    browser.action?.onClicked.addListener(() => {
      void (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction?.toggle();
    });
  }

  async function setup(): Promise<void> {
    try {
      await browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
      await alerts.createAlarm();
      if (!import.meta.env.FIREFOX) {
        await (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel?.setPanelBehavior({
          openPanelOnActionClick: true,
        });
      }
      deps.refreshBadge();
    } catch (err) {
      deps.log('setup failed', err);
    }
    // After an update (new analyser version) or at browser start: re-check if anything changed.
    recheck();
  }
});

function createDeps(now: () => Date): BackgroundDeps & { alertsRuntime: AlertsRuntime } {
  let dbPromise: Promise<CrisisDb> | undefined;
  const getDb = (): Promise<CrisisDb> => {
    dbPromise ??= openCrisisDb().then((db) => {
      // Another version opened elsewhere (an update): close so it can upgrade; reopen lazily.
      db.addEventListener('versionchange', () => {
        db.close();
        dbPromise = undefined;
      });
      return db;
    });
    dbPromise.catch(() => (dbPromise = undefined));
    return dbPromise;
  };
  const log = (msg: string, detail?: unknown) => console.warn(`[crisis-desk] ${msg}`, detail ?? '');
  const alertsRuntime = createAlertsRuntime({ getDb, loadSettings, now, log });

  return {
    getDb,
    loadSettings,
    analyze: (m, s) => analyzeMention(m, { languages: s.languages }),
    recordHealth,
    setPipelineStatus: patchPipelineStatus,
    broadcastChanged: (ids) => {
      // No side panel open is the normal case: "Receiving end does not exist" is expected.
      browser.runtime.sendMessage({ type: 'mentions/changed', ids }).catch(() => undefined);
    },
    broadcastVerdicts: (verdicts) => {
      void browser.tabs.query({}).then((tabs) => {
        for (const t of tabs) {
          if (t.id !== undefined) browser.tabs.sendMessage(t.id, { type: 'verdicts/changed', verdicts }).catch(() => undefined);
        }
      });
    },
    // The badge shows open alerts ("!2") before the open-flagged count (alerts-runtime.ts).
    refreshBadge: alertsRuntime.refreshBadge,
    alerts: alertsRuntime.router,
    alertsRuntime,
    now,
    extensionId: browser.runtime.id,
    log,
  };
}

function createReflag(deps: BackgroundDeps): ReflagJob {
  return createReflagJob({
    getDb: deps.getDb,
    loadSettings: deps.loadSettings,
    analyze: deps.analyze,
    analyzerVersion: ANALYZER_VERSION,
    loadState: loadReflagState,
    saveState: saveReflagState,
    now: deps.now,
    onChanged: (rows) => {
      deps.broadcastChanged(rows.map((r) => r.id));
      deps.broadcastVerdicts(rows.map(verdictOf));
      deps.refreshBadge();
    },
    pause: () => new Promise((resolve) => setTimeout(resolve, 25)),
    log: deps.log,
    reportOutcome: (failure) =>
      deps.setPipelineStatus({ recheckError: failure === undefined ? undefined : { message: failure.slice(0, 500), at: deps.now().toISOString() } }),
  });
}

async function runRetention(deps: BackgroundDeps): Promise<void> {
  try {
    const [db, settings] = await Promise.all([deps.getDb(), deps.loadSettings()]);
    const removed = await pruneMentions(db, { retentionDays: settings.retentionDays }, deps.now());
    if (removed) deps.log(`retention removed ${removed} old mention(s)`);
  } catch (err) {
    deps.log('retention failed', err);
  }
}
