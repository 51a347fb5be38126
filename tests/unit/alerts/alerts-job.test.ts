import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { createAlertsJob, type AlertsJob, type AlertsJobDeps } from '../../../entrypoints/background/alerts-job.ts';
import { handleMessage, type BackgroundDeps } from '../../../entrypoints/background/handle-message.ts';
import { MAX_COUNTED_PER_RUN } from '../../../lib/alerts/engine.ts';
import { idbAlertStore } from '../../../lib/db/alert-store.ts';
import { listAlerts, loadScopeStates } from '../../../lib/db/alerts.ts';
import { openCrisisDb, type CrisisDb } from '../../../lib/db/open.ts';
import { AlertSettingsSchema, DEFAULT_ALERT_SETTINGS, DEFAULT_SETTINGS, type Alert, type AlertSettings, type Analysis, type Mention } from '../../../lib/schema.ts';
import { DAY0, MIN, row } from './fixtures.ts';
import { storeNew } from './store-new.ts';

const BUCKET = 5 * MIN;

function stubAnalyze(m: Mention): Analysis {
  const neg = /cracked|broken/i.test(m.text);
  return { lang: 'en', langConfidence: 0.9, sentiment: { score: neg ? -0.8 : 0.1, label: neg ? 'negative' : 'neutral' }, analyzer: 'stub' };
}

let db: CrisisDb;
let clock: number;
let alertSettings: AlertSettings;
let seen: { notified: Alert[]; broadcasts: string[][]; badge: number; logs: string[] };
let jobDeps: AlertsJobDeps;
let engine: AlertsJob;
let deps: BackgroundDeps;

/** A new job (a restarted worker) over the same database. */
function makeEngine(): AlertsJob {
  return createAlertsJob(jobDeps);
}

beforeEach(async () => {
  db = await openCrisisDb(new IDBFactory());
  clock = DAY0;
  alertSettings = DEFAULT_ALERT_SETTINGS;
  seen = { notified: [], broadcasts: [], badge: 0, logs: [] };
  jobDeps = {
    store: idbAlertStore(async () => db),
    loadSettings: async () => DEFAULT_SETTINGS,
    loadAlertSettings: async () => alertSettings,
    now: () => clock,
    utcOffsetMinutes: () => 0,
    notify: (a) => void seen.notified.push(a),
    broadcast: (ids) => void seen.broadcasts.push(ids),
    refreshBadge: () => void (seen.badge += 1),
    transport: { post: async () => 200, hasPermission: async () => true },
    scheduleWebhookRetry: async () => undefined,
    log: (msg) => void seen.logs.push(msg),
  };
  engine = makeEngine();
  deps = {
    getDb: async () => db,
    loadSettings: async () => DEFAULT_SETTINGS,
    analyze: stubAnalyze,
    recordHealth: async () => undefined,
    setPipelineStatus: async () => undefined,
    broadcastChanged: () => undefined,
    broadcastVerdicts: () => undefined,
    refreshBadge: () => undefined,
    now: () => new Date(clock),
    extensionId: 'ext',
    log: () => undefined,
    alerts: {
      onCreated: () => engine.onCreated(),
      handleAlertMessage: (msg) => engine.handleAlertMessage(msg),
    },
  };
});

/** Two quiet days: per bucket 20 mentions, 1 negative; stored and counted an hour at a time. */
async function warmUp(days = 2): Promise<void> {
  let n = 0;
  for (let hour = 0; hour < days * 24; hour++) {
    const rows = [];
    for (let b = 0; b < 12; b++) {
      const t = DAY0 + (hour * 12 + b) * BUCKET + MIN;
      for (let k = 0; k < 20; k++) rows.push(row(++n, { sortAt: t, label: k === 0 ? 'negative' : 'neutral' }));
    }
    clock = DAY0 + (hour + 1) * 12 * BUCKET - 2 * MIN;
    await storeNew(db, rows, clock);
    await engine.onCreated();
  }
}

const SURGE_AT = DAY0 + 2 * 288 * BUCKET;

function surgeMessage(count: number, from = 0) {
  const mentions = Array.from({ length: count }, (_, i) => ({
    id: `x:${9_000_000 + from + i}`,
    platform: 'x',
    permalink: `https://x.com/u/status/${9_000_000 + from + i}`,
    text: i % 3 === 2 ? 'Acme blender looks fine' : 'Got the recall notice: my blender jar cracked',
    postedAt: new Date(SURGE_AT + MIN + (i % 4) * 1000).toISOString(),
  }));
  return { type: 'mentions/ingest', page: { url: 'https://x.com/search?q=acme', platform: 'x', pageType: 'search' }, mentions };
}

async function alerts(): Promise<Alert[]> {
  return (await listAlerts(db)).alerts.sort((a, b) => a.id.localeCompare(b.id));
}

describe('the alerts job in the background (IndexedDB store)', () => {
  test('a surge ingested through the router opens a provisional alert at once, with why and a notification', async () => {
    await warmUp();
    clock = SURGE_AT + 3 * MIN;
    const reply = await handleMessage(surgeMessage(45), { id: 'ext' }, deps);
    expect(reply).toMatchObject({ ok: true, stored: 45 });
    const open = await alerts();
    expect(open.map((a) => [a.scope, a.status, a.provisional])).toEqual([
      ['all', 'open', true],
      ['platform:x', 'open', true],
    ]);
    expect(open[0]).toMatchObject({ negatives: 30, total: 45, startedAt: new Date(SURGE_AT).toISOString() });
    expect(open[0]!.why?.terms.map((t) => t.text)).toEqual(['blender jar cracked', 'recall notice']);
    // The 30 negatives are one text pasted 30 times: one example, not five copies.
    expect(open[0]!.why?.exampleIds).toHaveLength(1);
    // One burst, one event: one notification, for the brand alert that leads it.
    expect(seen.notified.map((a) => a.scope)).toEqual(['all']);
    expect(open[1]!.eventId).toBe(open[0]!.id);
    expect(seen.broadcasts.at(-1)?.sort()).toEqual(open.map((a) => a.id));

    // The same mentions captured again (another scroll) are not counted twice.
    await handleMessage(surgeMessage(45), { id: 'ext' }, deps);
    expect((await alerts())[0]!.negatives).toBe(30);

    // The tick after the bucket closed confirms it; a restarted worker (new engine) carries on.
    engine = makeEngine();
    clock = SURGE_AT + 21 * MIN;
    await engine.tick();
    const confirmed = await alerts();
    expect(confirmed.map((a) => [a.status, a.provisional])).toEqual([
      ['open', false],
      ['open', false],
    ]);
    expect(confirmed[0]!.negatives).toBe(30);
    expect(seen.notified).toHaveLength(1);
  });

  test('acknowledge and snooze through messages; back to baseline ends the alert', async () => {
    await warmUp();
    clock = SURGE_AT + 3 * MIN;
    await handleMessage(surgeMessage(45), { id: 'ext' }, deps);
    const [all, x] = await alerts();
    expect(await handleMessage({ type: 'alert/set-status', id: all!.id, action: 'acknowledge' }, { id: 'ext' }, deps)).toEqual({ ok: true });
    expect(await handleMessage({ type: 'alert/set-status', id: x!.id, action: 'snooze', minutes: 30 }, { id: 'ext' }, deps)).toEqual({ ok: true });
    expect(await handleMessage({ type: 'alert/set-status', id: 'nope', action: 'resolve' }, { id: 'ext' }, deps)).toEqual({
      ok: false,
      error: 'no alert nope',
      code: 'not-found',
    });
    // The two alerts are one event: each action applies to both.
    expect((await alerts()).map((a) => a.status)).toEqual(['snoozed', 'snoozed']);

    // Quiet hours afterwards: ticks every 5 minutes for 3 hours with nothing new.
    for (let m = 5; m <= 180; m += 5) {
      clock = SURGE_AT + m * MIN;
      await engine.tick();
    }
    const after = await alerts();
    expect(after.map((a) => a.status)).toEqual(['ended', 'ended']);
    expect(after.every((a) => a.endedAt !== undefined && a.endedAt > a.startedAt)).toBe(true);
  });

  test('quiet hours: the alert is recorded, marked, and no notification is shown', async () => {
    alertSettings = AlertSettingsSchema.parse({ defaults: { quietHours: { from: '00:00', to: '06:00' } } });
    await warmUp();
    clock = SURGE_AT + 3 * MIN; // 00:03 UTC
    await handleMessage(surgeMessage(45), { id: 'ext' }, deps);
    expect((await alerts()).map((a) => a.silenced)).toEqual(['quiet-hours', 'quiet-hours']);
    expect(seen.notified).toEqual([]);
  });

  test('a damaged scope state is reset with a note; the others carry on', async () => {
    await storeNew(db, [row(1, { sortAt: DAY0 })], DAY0);
    await engine.onCreated();
    // Written around the schema, as a damaged record or an old build would have.
    await db.put('surge-scopes' as 'mentions', { scope: 'platform:x', version: 1, nextClose: 'later' } as never);
    clock = DAY0 + 30 * MIN;
    await engine.tick();
    expect(seen.logs.filter((l) => l.includes('reset'))).toEqual([
      'alert scope reset: platform:x: stored state unreadable (nextClose: Invalid input: expected number, received string)',
    ]);
    const states = await loadScopeStates(db);
    expect(states.damaged).toEqual([]);
    expect(states.states.find((s) => s.scope === 'platform:x')?.resetNote?.reason).toBe(
      'stored state unreadable (nextClose: Invalid input: expected number, received string)',
    );
    expect(states.states.find((s) => s.scope === 'all')?.resetNote).toBeUndefined();
  });

  test('a worker killed after the ingest committed but before counting loses no count, and counts nothing twice', async () => {
    await warmUp();
    clock = SURGE_AT + 3 * MIN;
    // The ingest commits, then the worker dies before the surge run (no surge hook ran).
    const reply = await handleMessage(surgeMessage(45), { id: 'ext' }, { ...deps, alerts: undefined });
    expect(reply).toMatchObject({ ok: true, stored: 45 });
    expect(await alerts()).toEqual([]);
    expect(await db.count('surge-pending')).toBe(45);

    // A new worker: its first tick counts the 45 mentions the old one left pending.
    engine = makeEngine();
    clock = SURGE_AT + 4 * MIN;
    await engine.tick();
    expect(await db.count('surge-pending')).toBe(0);
    const open = await alerts();
    expect(open.map((a) => [a.scope, a.negatives, a.total])).toEqual([
      ['all', 30, 45],
      ['platform:x', 30, 45],
    ]);
    // Further runs find nothing pending: the counts stay.
    await engine.onCreated();
    await engine.tick();
    expect((await alerts()).map((a) => a.negatives)).toEqual([30, 30]);
  });

  test('a backlog larger than one run is counted over successive runs, each mention once', async () => {
    const rows = Array.from({ length: MAX_COUNTED_PER_RUN + 150 }, (_, i) => row(i + 1, { sortAt: DAY0 + MIN, label: i % 2 ? 'neutral' : 'negative' }));
    await storeNew(db, rows, DAY0);
    clock = DAY0 + 2 * MIN;
    await engine.onCreated();
    await engine.idle();
    expect(await db.count('surge-pending')).toBe(0);
    const all = (await loadScopeStates(db)).states.find((st) => st.scope === 'all');
    expect(all?.open).toEqual([{ start: DAY0, negatives: (MAX_COUNTED_PER_RUN + 150) / 2, total: MAX_COUNTED_PER_RUN + 150 }]);
  });
});
