import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { createAlertsJob, type AlertsJob } from '../../../entrypoints/background/alerts-job.ts';
import { idbAlertStore } from '../../../lib/db/alert-store.ts';
import { listAlerts, loadScopeStates } from '../../../lib/db/alerts.ts';
import { openCrisisDb, type CrisisDb } from '../../../lib/db/open.ts';
import { AlertSettingsSchema, DEFAULT_SETTINGS, type Alert, type AlertSettings, type StoredMention } from '../../../lib/schema.ts';
import { DAY0, MIN, row } from './fixtures.ts';
import { storeNew } from './store-new.ts';

const BUCKET = 5 * MIN;
const SURGE_AT = DAY0 + 2 * 288 * BUCKET;

let db: CrisisDb;
let clock: number;
let alertSettings: AlertSettings;
let notified: Alert[];
let engine: AlertsJob;

const withSets = (sets: unknown[]) =>
  AlertSettingsSchema.parse({
    keywordSets: sets,
  });
const FIRE = { id: 'battery-fire', name: 'Battery fire', terms: ['fire', 'burn*'] };
const OFF = { id: 'smoke', name: 'Smoke', terms: ['smoke', 'fire'], enabled: false };

beforeEach(async () => {
  db = await openCrisisDb(new IDBFactory());
  clock = DAY0;
  alertSettings = withSets([FIRE, OFF]);
  notified = [];
  engine = createAlertsJob({
    store: idbAlertStore(async () => db),
    loadSettings: async () => DEFAULT_SETTINGS,
    loadAlertSettings: async () => alertSettings,
    now: () => clock,
    utcOffsetMinutes: () => 0,
    notify: (a) => void notified.push(a),
    broadcast: () => undefined,
    refreshBadge: () => undefined,
    transport: { post: async () => 200, hasPermission: async () => true },
    scheduleWebhookRetry: async () => undefined,
    log: () => undefined,
  });
});

let n = 0;

/** Two quiet days: per bucket 20 mentions, 1 negative that names no keyword. */
async function warmUp(): Promise<void> {
  for (let hour = 0; hour < 48; hour++) {
    const rows: StoredMention[] = [];
    for (let b = 0; b < 12; b++) {
      const t = DAY0 + (hour * 12 + b) * BUCKET + MIN;
      for (let k = 0; k < 20; k++) rows.push(row(++n, { sortAt: t, label: k === 0 ? 'negative' : 'neutral', text: k === 0 ? 'arrived late' : `ok ${n}` }));
    }
    clock = DAY0 + (hour + 1) * 12 * BUCKET - 2 * MIN;
    await storeNew(db, rows, clock);
    await engine.onCreated();
  }
}

/** 45 mentions in one bucket, 30 of them negative with `text`. */
async function burst(text: string): Promise<void> {
  const rows = Array.from({ length: 45 }, (_, i) =>
    row(++n, { sortAt: SURGE_AT + MIN + (i % 4) * 1000, label: i % 3 === 2 ? 'neutral' : 'negative', text: i % 3 === 2 ? 'looks fine' : text }),
  );
  clock = SURGE_AT + 3 * MIN;
  await storeNew(db, rows, clock);
  await engine.onCreated();
}

const scopesWithAlerts = async () => (await listAlerts(db)).alerts.map((a) => a.scope).sort();

describe('keyword-set scopes in the alert engine', () => {
  test('a burst of negative mentions naming the incident opens a keyword alert, with why from the matching mentions', async () => {
    await warmUp();
    const states = await loadScopeStates(db);
    const fire = states.states.find((s) => s.scope === 'keywords:battery-fire');
    // Counted like a category: every brand mention seen, none negative for this set so far.
    expect(fire?.open.reduce((sum, b) => sum + b.total, 0)).toBeGreaterThan(0);
    expect(fire?.open.every((b) => b.negatives === 0)).toBe(true);
    expect(states.states.some((s) => s.scope === 'keywords:smoke')).toBe(false);

    await burst('Charger caught fire and burnt the desk');
    expect(await scopesWithAlerts()).toEqual(['all', 'keywords:battery-fire', 'platform:x']);
    const alert = (await listAlerts(db)).alerts.find((a) => a.scope === 'keywords:battery-fire')!;
    expect(alert).toMatchObject({ status: 'open', provisional: true, negatives: 30, total: 45, startedAt: new Date(SURGE_AT).toISOString() });
    expect(alert.why?.mentions).toBe(30);
    // One event: the brand alert leads, X and the keyword set (the same 30 mentions) join it.
    expect(notified.map((a) => a.scope)).toEqual(['all']);
    expect(alert.eventId).toBe(`all|${SURGE_AT}`);

    // The tick after the bucket closed confirms it.
    clock = SURGE_AT + 21 * MIN;
    await engine.tick();
    expect((await listAlerts(db)).alerts.find((a) => a.scope === 'keywords:battery-fire')).toMatchObject({ status: 'open', provisional: false, negatives: 30 });
  });

  test('a burst of negatives about something else raises the brand scopes, not the keyword set', async () => {
    await warmUp();
    await burst('The jar cracked in transit');
    expect(await scopesWithAlerts()).toEqual(['all', 'platform:x']);
    const fire = (await loadScopeStates(db)).states.find((s) => s.scope === 'keywords:battery-fire')!;
    expect(fire.open.find((b) => b.start === SURGE_AT)).toEqual({ start: SURGE_AT, negatives: 0, total: 45 });
  });

  test('a set switched off (or deleted) stops counting, and the tick leaves its state alone', async () => {
    await engine.onCreated();
    await storeNew(db, [row(++n, { sortAt: DAY0 + MIN, text: 'fire' })], DAY0 + 2 * MIN);
    clock = DAY0 + 2 * MIN;
    await engine.onCreated();
    const before = (await loadScopeStates(db)).states.find((s) => s.scope === 'keywords:battery-fire')!;
    expect(before.open).toEqual([{ start: DAY0, negatives: 1, total: 1 }]);

    alertSettings = withSets([{ ...FIRE, enabled: false }]);
    await storeNew(db, [row(++n, { sortAt: DAY0 + 2 * MIN, text: 'fire' })], DAY0 + 3 * MIN);
    clock = DAY0 + 3 * MIN;
    await engine.onCreated();
    clock = DAY0 + 60 * MIN;
    await engine.tick();
    const after = (await loadScopeStates(db)).states;
    expect(after.find((s) => s.scope === 'keywords:battery-fire')).toEqual(before);
    // The brand scope counted both and closed its buckets.
    expect(after.find((s) => s.scope === 'all')!.nextClose).toBeGreaterThan(before.nextClose);

    alertSettings = withSets([]);
    clock = DAY0 + 120 * MIN;
    await engine.tick();
    expect((await loadScopeStates(db)).states.find((s) => s.scope === 'keywords:battery-fire')).toEqual(before);
  });
});
