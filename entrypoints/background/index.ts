import { browser } from 'wxt/browser';
import { z } from 'zod';
import { ANALYZER_VERSION, analyzeMention } from '@/lib/analysis';
import { createJobs, type Job, type Jobs } from '@/lib/jobs';
import { verdictOf } from '@/lib/pipeline';
import type { ToBackground } from '@/lib/messaging';
import type { Message, Verdict } from '@/lib/schema';
import { contextDb } from '@/runtime/db';
import { ensureAnalyserData } from '@/runtime/analyser-data';
import { alertSettingsItem, recordHealth, reflagStateItem, settingsItem, updatePipelineStatus } from '@/runtime/storage-items';
import { crisisStateItem } from '@/runtime/incident-items';
import { createE2eHooks } from './e2e-hooks';
import { handleMessage, type BackgroundDeps } from './handle-message';
import { ingestJob } from './ingest-job';
import { openMentionInPanel } from './open-mention';
import { createBrowserPackSync, packSyncJob } from './pack-job';
import { replyAgent } from './reply-agent';
import { createReflagJob, reflagJobSpec } from './reflag-job';
import { retentionJob } from './retention-job';
import { createTeamRuntime, type TeamRuntime } from './team-job';
import type { IncidentDeps } from './incident-messages';
import { ALERTS_ALARM, ALERTS_PERIOD_MINUTES, WEBHOOK_ALARM, createAlertsRuntime, type AlertsRuntime } from './alerts-runtime';

// An ES module worker (Chrome; WXT builds Firefox's MV2 background page as one script): its modules
// are the chunks the extension pages share (zod, lib/schema.ts, the UI strings, the reply phrase
// packs), not a second copy of them (issue 10: -334 KiB, 2,645 -> 2,310 KiB, 2026-12-07).
// A service worker may not use dynamic import() (HTML spec), so nothing it reaches may import
// lazily (scripts/build-size.mjs checks the built worker).
export default defineBackground({ type: 'module', main });

function main(): void {
  // For `npm run bench` (bench/cold-start.ts): how much of a cold start is evaluating the bundle.
  performance.mark('crisis-desk:main');
  // zod 4 probes `new Function` once to pick a fast path; MV3's CSP forbids it and AMO lint
  // flags it. Jitless mode skips the probe (shared/research/e2e.md pitfall 15).
  z.config({ jitless: true });

  // E2E build only (`npm run build:e2e`): a movable clock and debug/* messages (e2e-hooks.ts).
  // MODE is a literal after Vite, so in every other build this is undefined and the module is dropped.
  const e2e = import.meta.env.MODE === 'e2e' ? createE2eHooks() : undefined;
  const deps = createDeps(e2e ? e2e.now : () => new Date());
  // Decompress the language table and word lists now, so the first batch does not wait for them.
  deps.analyserReady().catch((err: unknown) => deps.log('analyser data not loaded', err));
  const jobs: Jobs = createJobs(backgroundJobs(deps, () => jobs), ({ job, trigger, error }) =>
    deps.log(`job ${job} failed (${trigger})`, error),
  );
  deps.jobs = jobs;

  // Listeners are registered synchronously so events wake a killed worker (MV3 rule).
  browser.runtime.onMessage.addListener(
    (msg, sender) =>
      e2e?.handle(msg, sender, { extensionId: deps.extensionId, tick: () => deps.alertsRuntime.tick(), teamPutRaw: (doc) => deps.teamRuntime.putRaw(doc) }) ??
      handleMessage(msg, sender, deps).catch((err: unknown) => {
        deps.log('message failed', err);
        return { ok: false as const, error: err instanceof Error ? err.message : String(err), code: 'internal' };
      }),
  );
  browser.alarms.onAlarm.addListener((alarm) => void jobs.dispatch({ kind: 'alarm', name: alarm.name }));
  browser.storage.onChanged.addListener((changes, area) => {
    for (const key of Object.keys(changes)) void jobs.dispatch({ kind: 'storage', key: `${area}:${key}` });
  });
  browser.runtime.onInstalled.addListener(() => void jobs.dispatch({ kind: 'install' }));
  browser.runtime.onStartup.addListener(() => void jobs.dispatch({ kind: 'startup' }));
  // Optional chaining: Firefox for Android has no notifications API.
  browser.notifications?.onClicked.addListener((id) => deps.alertsRuntime.onNotificationClicked(id));

  performance.mark('crisis-desk:listening');

  // Firefox: the toolbar button toggles the sidebar (Chrome uses setPanelBehavior below).
  if (import.meta.env.FIREFOX) {
    browser.action?.onClicked.addListener(() => {
      void (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction?.toggle();
    });
  }
}

type Deps = BackgroundDeps & { alertsRuntime: AlertsRuntime; teamRuntime: TeamRuntime; analyserReady(): Promise<void> };

/** Every job of the background. `jobs` is read lazily: jobs ask each other to run. */
function backgroundJobs(deps: Deps, jobs: () => Jobs): Job[] {
  const reflag = createReflagJob({
    getDb: deps.getDb,
    loadSettings: deps.loadSettings,
    analyze: deps.analyze,
    analyzerVersion: ANALYZER_VERSION,
    loadState: async () => (await reflagStateItem.get()) ?? undefined,
    saveState: async (state) => void (await reflagStateItem.set(state)),
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
  const runReflag = () => void jobs().request('reflag', 'retention');
  return [
    {
      name: 'setup',
      onInstall: true,
      onStartup: true,
      async run() {
        for (const { name, periodInMinutes, delayInMinutes } of jobs().periodicAlarms()) {
          await browser.alarms.create(name, { periodInMinutes: periodInMinutes!, delayInMinutes: delayInMinutes ?? periodInMinutes! });
        }
        if (!import.meta.env.FIREFOX) {
          await (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel?.setPanelBehavior({
            openPanelOnActionClick: true,
          });
        }
        deps.refreshBadge();
      },
    },
    ingestJob(deps),
    {
      name: 'alerts-tick',
      alarm: { name: ALERTS_ALARM, periodInMinutes: ALERTS_PERIOD_MINUTES, delayInMinutes: 1 },
      run: () => deps.alertsRuntime.tick(),
    },
    // One-shot: the alerts runtime sets it for the next due retry.
    { name: 'webhook-delivery', alarm: { name: WEBHOOK_ALARM }, run: () => deps.alertsRuntime.deliverWebhooks() },
    retentionJob(deps, runReflag),
    // A run that stopped before the end goes on shortly (a timer, not an alarm: 2 s is below
    // Chrome's 30 s alarm floor); a killed worker goes on at the next start or trigger.
    reflagJobSpec(reflag, () => setTimeout(() => void jobs().request('reflag', 'reflag'), 2_000), deps.analyserReady),
    // The team workspace (issue 12): a no-op for solo users.
    deps.teamRuntime.job,
    // Signed template packs (issue 12): subscriptions on an alarm, and the options page's packs/* messages.
    packSyncJob(createBrowserPackSync({ now: deps.now, log: deps.log })),
  ];
}

function createDeps(now: () => Date): Deps {
  const getDb = () => contextDb.get();
  const loadSettings = () => settingsItem.get();
  const log = (msg: string, detail?: unknown) => console.warn(`[crisis-desk] ${msg}`, detail ?? '');
  const alertsRuntime = createAlertsRuntime({ getDb, loadSettings, now, log });
  const broadcastChanged = (ids: string[]) => {
    // No side panel open is the normal case: "Receiving end does not exist" is expected.
    browser.runtime.sendMessage({ type: 'mentions/changed', ids } satisfies Message).catch(() => undefined);
  };
  const broadcastVerdicts = (verdicts: Verdict[]) => {
    void browser.tabs.query({}).then((tabs) => {
      for (const t of tabs) {
        if (t.id !== undefined) browser.tabs.sendMessage(t.id, { type: 'verdicts/changed', verdicts } satisfies Message).catch(() => undefined);
      }
    });
  };
  // Incidents and templates (issue 11): the incident's keyword set and crisis mode live in storage.
  const incidents: IncidentDeps = {
    updateAlertSettings: (change) => alertSettingsItem.update(change),
    loadCrisis: () => crisisStateItem.get(),
    saveCrisis: async (state) => void (await crisisStateItem.set(state)),
    broadcast: () => {
      browser.runtime.sendMessage({ type: 'incidents/changed' } satisfies ToBackground).catch(() => undefined);
    },
  };
  const teamRuntime = createTeamRuntime({ getDb, now, log, broadcastChanged, broadcastVerdicts, refreshBadge: alertsRuntime.refreshBadge, incidents });

  return {
    getDb,
    loadSettings,
    analyze: (m, s) => analyzeMention(m, { languages: s.languages }),
    analyserReady: ensureAnalyserData,
    recordHealth,
    setPipelineStatus: updatePipelineStatus,
    broadcastChanged,
    broadcastVerdicts,
    // The badge shows open alerts ("!2") before the open-flagged count (alerts-runtime.ts).
    refreshBadge: alertsRuntime.refreshBadge,
    alerts: alertsRuntime.router,
    alertsRuntime,
    teamRuntime,
    team: teamRuntime,
    now,
    extensionId: browser.runtime.id,
    log,
    openMention: (id, sender, intent) => openMentionInPanel(id, sender, log, intent),
    // Replying (issue 11): the reply's agent is the team agent signed in here, else "me".
    replies: { agent: () => replyAgent() },
    // Incidents and templates (issue 11): the incident's keyword set and crisis mode live in storage.
    incidents,
  };
}
