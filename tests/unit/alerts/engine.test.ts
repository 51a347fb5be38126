/**
 * The alert engine as library code: over an in-memory AlertStore (no IndexedDB, no browser), with
 * the time and the settings passed to every call.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { createAlertEngine, type AlertEngine, type AlertRunContext } from '../../../lib/alerts/engine.ts';
import { createAlert } from '../../../lib/alerts/lifecycle.ts';
import { AlertSettingsSchema, DEFAULT_ALERT_SETTINGS, DEFAULT_SETTINGS, type Alert, type AlertSettings } from '../../../lib/schema.ts';
import { DAY0, MIN, row } from './fixtures.ts';
import { memoryAlertStore, type MemoryAlertStore } from './memory-alert-store.ts';

const BUCKET = 5 * MIN;
const SURGE_AT = DAY0 + 2 * 288 * BUCKET;

let store: MemoryAlertStore;
let engine: AlertEngine;
let alertSettings: AlertSettings;
let n: number;

const ctx = (now: number): AlertRunContext => ({ now, utcOffsetMinutes: 0, settings: DEFAULT_SETTINGS, alertSettings });

function newEngine(): AlertEngine {
  return createAlertEngine({ store, log: () => undefined });
}

beforeEach(() => {
  store = memoryAlertStore();
  alertSettings = DEFAULT_ALERT_SETTINGS;
  n = 0;
  engine = newEngine();
});

/** Two quiet days: per bucket 20 mentions, 1 negative; stored and counted an hour at a time. */
async function warmUp(): Promise<void> {
  for (let hour = 0; hour < 48; hour++) {
    const rows = [];
    for (let b = 0; b < 12; b++) {
      const t = DAY0 + (hour * 12 + b) * BUCKET + MIN;
      for (let k = 0; k < 20; k++) rows.push(row(++n, { sortAt: t, label: k === 0 ? 'negative' : 'neutral' }));
    }
    store.storeNew(rows);
    await engine.onCreated(ctx(DAY0 + (hour + 1) * 12 * BUCKET - 2 * MIN));
  }
}

/** 45 mentions posted in the first bucket of the surge, 30 of them negative. */
function burst(): void {
  store.storeNew(
    Array.from({ length: 45 }, (_, i) =>
      row(++n, { sortAt: SURGE_AT + MIN + (i % 4) * 1000, label: i % 3 === 2 ? 'neutral' : 'negative', text: i % 3 === 2 ? 'Acme blender looks fine' : 'Got the recall notice: my blender jar cracked' }),
    ),
  );
}

const alerts = (): Alert[] => [...store.alerts.values()].sort((a, b) => a.id.localeCompare(b.id));

describe('alert engine over an in-memory store', () => {
  test('an onset opens an alert with its why', async () => {
    await warmUp();
    expect(alerts()).toEqual([]);

    burst();
    const result = await engine.onCreated(ctx(SURGE_AT + 3 * MIN));
    expect(alerts().map((a) => [a.scope, a.status, a.provisional, a.negatives, a.total])).toEqual([
      ['all', 'open', true, 30, 45],
      ['platform:x', 'open', true, 30, 45],
    ]);
    expect(alerts()[0]!.why?.terms.map((t) => t.text)).toEqual(['blender jar cracked', 'recall notice']);
    // One burst, one event: the X alert shares all of the brand alert's mentions and joins it.
    expect(alerts()[1]!.eventId).toBe(alerts()[0]!.id);
    expect(result.notified.map((a) => a.scope)).toEqual(['all']);
    expect(result.changed.map((a) => a.id).sort()).toEqual(alerts().map((a) => a.id));
    expect(result.backlog).toBe(false);
    expect(store.pending.size).toBe(0);
  });

  test('back to baseline ends the alert', async () => {
    await warmUp();
    burst();
    await engine.onCreated(ctx(SURGE_AT + 3 * MIN));
    let ended: Alert[] = [];
    for (let m = 5; m <= 180; m += 5) ended.push(...(await engine.tick(ctx(SURGE_AT + m * MIN))).changed.filter((a) => a.status === 'ended'));
    expect(alerts().map((a) => a.status)).toEqual(['ended', 'ended']);
    expect(alerts().every((a) => a.endedAt !== undefined && a.endedAt > a.startedAt && !a.provisional)).toBe(true);
    // Each end was reported once, by the run that wrote it.
    ended = ended.filter((a, i) => ended.findIndex((b) => b.id === a.id) === i);
    expect(ended.map((a) => a.scope).sort()).toEqual(['all', 'platform:x']);
  });

  test('a snooze that ran out wakes the alert and asks for attention again; quiet hours keep it silent', async () => {
    const open = createAlert({ scope: 'all', onset: { start: DAY0, evidence: 5, expected: 1, negatives: 20, total: 30 }, preset: 'balanced', threshold: 3, provisional: false, now: DAY0 });
    store.alerts.set(open.id, open);
    expect(await engine.act({ type: 'alert/set-status', id: open.id, action: 'snooze', minutes: 30 }, DAY0 + MIN)).toEqual({ ok: true });
    expect(store.alerts.get(open.id)).toMatchObject({ status: 'snoozed', snoozedUntil: new Date(DAY0 + 31 * MIN).toISOString() });

    expect((await engine.tick(ctx(DAY0 + 30 * MIN))).notified).toEqual([]);
    expect(store.alerts.get(open.id)?.status).toBe('snoozed');

    alertSettings = AlertSettingsSchema.parse({ defaults: { quietHours: { from: '00:00', to: '06:00' } } });
    const quiet = await engine.tick(ctx(DAY0 + 35 * MIN));
    expect(quiet.changed.map((a) => a.status)).toEqual(['open']);
    expect(quiet.notified).toEqual([]);

    store.alerts.set(open.id, { ...store.alerts.get(open.id)!, status: 'snoozed', snoozedUntil: new Date(DAY0 + 7 * 60 * MIN).toISOString() });
    const woken = await engine.tick(ctx(DAY0 + 7 * 60 * MIN));
    expect(woken.notified.map((a) => [a.id, a.status])).toEqual([[open.id, 'open']]);
    expect(store.alerts.get(open.id)).not.toHaveProperty('snoozedUntil');
  });

  test('alert actions: unknown id, invalid action, retry only a failed webhook', async () => {
    const a = { ...createAlert({ scope: 'all', onset: { start: DAY0, evidence: 5, expected: 1, negatives: 20, total: 30 }, preset: 'balanced', threshold: 3, provisional: false, now: DAY0 }), webhook: { state: 'failed' as const, attempts: 6, lastError: 'HTTP 500' } };
    store.alerts.set(a.id, a);
    expect(await engine.act({ type: 'alert/set-status', id: 'nope', action: 'resolve' }, DAY0)).toEqual({ ok: false, error: 'no alert nope', code: 'not-found' });
    expect(await engine.act({ type: 'alert/set-status', id: a.id, action: 'snooze' }, DAY0)).toEqual({ ok: false, error: 'snooze needs a number of minutes', code: 'invalid' });
    expect(await engine.act({ type: 'alert/retry-webhook', id: a.id }, DAY0 + MIN)).toEqual({ ok: true });
    expect(store.alerts.get(a.id)?.webhook).toEqual({ state: 'pending', attempts: 6, nextAttemptAt: new Date(DAY0 + MIN).toISOString() });
    expect(await engine.act({ type: 'alert/retry-webhook', id: a.id }, DAY0 + MIN)).toEqual({ ok: false, error: 'nothing to retry', code: 'invalid' });
    expect(await engine.act({ type: 'alerts/changed', ids: [a.id] }, DAY0)).toEqual({ ok: true });
  });

  test('a killed run (the store write throws) leaves no half state; the next run counts each mention once', async () => {
    await warmUp();
    burst();
    const before = store.snapshot();
    const writes = store.writes;
    store.failWrites = true;
    await expect(engine.onCreated(ctx(SURGE_AT + 3 * MIN))).rejects.toThrow('write failed');
    expect(store.snapshot()).toEqual(before);
    expect(store.writes).toBe(writes);
    expect(store.pending.size).toBe(45);

    // A new worker (a new engine) over the same store, and a second attempt: counted once.
    store.failWrites = false;
    engine = newEngine();
    const result = await engine.onCreated(ctx(SURGE_AT + 4 * MIN));
    expect(alerts().map((a) => [a.scope, a.negatives, a.total])).toEqual([
      ['all', 30, 45],
      ['platform:x', 30, 45],
    ]);
    expect(result.notified).toHaveLength(1);
    await engine.onCreated(ctx(SURGE_AT + 5 * MIN));
    expect(alerts().map((a) => a.negatives)).toEqual([30, 30]);
  });

  test('a failed write does not block the queue: the next call runs', async () => {
    store.storeNew([row(1, { sortAt: DAY0 + MIN })]);
    store.failWrites = true;
    const failed = engine.onCreated(ctx(DAY0 + 2 * MIN));
    const next = engine.tick(ctx(DAY0 + 3 * MIN));
    await expect(failed).rejects.toThrow('write failed');
    await expect(next).rejects.toThrow('write failed');
    store.failWrites = false;
    await engine.tick(ctx(DAY0 + 4 * MIN));
    expect(store.pending.size).toBe(0);
    expect(store.states.has('all')).toBe(true);
  });

  test('a damaged scope state is reset with a note', async () => {
    store.states.set('platform:x', { scope: 'platform:x', version: 1, nextClose: 'later' });
    store.states.set('not a scope', { nonsense: true });
    const result = await engine.tick(ctx(DAY0));
    expect(result.resets.sort()).toEqual([
      'not a scope: stored state unreadable (Invalid input: expected 1)',
      'platform:x: stored state unreadable (Invalid input: expected number, received string)',
    ]);
    expect(store.states.has('not a scope')).toBe(false);
    expect(store.states.get('platform:x')).toMatchObject({ resetNote: { reason: 'stored state unreadable (Invalid input: expected number, received string)' } });
  });

  test('more pending than one run counts: the result says so', async () => {
    store.storeNew(Array.from({ length: 2_050 }, (_, i) => row(i + 1, { sortAt: DAY0 + MIN })));
    expect((await engine.onCreated(ctx(DAY0 + 2 * MIN))).backlog).toBe(true);
    expect(store.pending.size).toBe(50);
    expect((await engine.onCreated(ctx(DAY0 + 2 * MIN))).backlog).toBe(false);
    expect(store.pending.size).toBe(0);
  });
});
