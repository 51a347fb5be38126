import { describe, expect, test } from 'vitest';
import { absorbBuckets, applyAction, badgeFor, compareAlerts, createAlert, endAlert, severityOf, wake, type AlertAction } from '../../../lib/alerts/lifecycle.ts';
import type { Alert, AlertStatus } from '../../../lib/schema.ts';
import { AlertSchema } from '../../../lib/schema.ts';
import { DAY0, MIN } from './fixtures.ts';

const NOW = DAY0 + 10 * MIN;
const base = createAlert({
  scope: 'platform:x',
  onset: { start: DAY0, evidence: 5, expected: 1.2, negatives: 30, total: 45 },
  preset: 'balanced',
  threshold: 3,
  provisional: true,
  now: NOW,
});
const withStatus = (status: AlertStatus, over: Partial<Alert> = {}): Alert => ({ ...base, status, ...over });

describe('alert records', () => {
  test('a new alert is open, provisional, valid, with a stable id', () => {
    expect(AlertSchema.parse(base)).toEqual(base);
    expect(base).toMatchObject({
      id: `platform:x|${DAY0}`,
      status: 'open',
      severity: 'medium',
      startedAt: '2025-06-02T00:00:00.000Z',
      detectedAt: '2025-06-02T00:10:00.000Z',
      provisional: true,
    });
  });

  test.each([
    [3, 3, 'low'],
    [4.49, 3, 'low'],
    [4.5, 3, 'medium'],
    [7.49, 3, 'medium'],
    [7.5, 3, 'high'],
    [1, 0, 'high'],
  ] as const)('severity of evidence %d at threshold %d is %s', (evidence, threshold, severity) => {
    expect(severityOf(evidence, threshold)).toBe(severity);
  });
});

describe('status transitions', () => {
  test.each<[AlertStatus, AlertAction, AlertStatus | 'refused']>([
    ['open', 'acknowledge', 'acknowledged'],
    ['open', 'snooze', 'snoozed'],
    ['open', 'resolve', 'resolved'],
    ['acknowledged', 'snooze', 'snoozed'],
    ['acknowledged', 'resolve', 'resolved'],
    ['snoozed', 'acknowledge', 'acknowledged'],
    ['snoozed', 'resolve', 'resolved'],
    ['resolved', 'acknowledge', 'refused'],
    ['ended', 'snooze', 'refused'],
  ])('%s --%s--> %s', (from, action, to) => {
    const r = applyAction(withStatus(from), action, NOW, 30);
    if (to === 'refused') expect(r).toEqual({ ok: false, error: `alert is ${from}` });
    else {
      expect(r.ok && r.alert.status).toBe(to);
      expect(r.ok && r.alert.statusChangedAt).toBe('2025-06-02T00:10:00.000Z');
    }
  });

  test('snooze sets the wake time; acknowledging clears it; no minutes is refused', () => {
    const r = applyAction(base, 'snooze', NOW, 30);
    expect(r.ok && r.alert.snoozedUntil).toBe('2025-06-02T00:40:00.000Z');
    const ack = r.ok ? applyAction(r.alert, 'acknowledge', NOW) : r;
    expect(ack.ok && ack.alert.snoozedUntil).toBeUndefined();
    expect(applyAction(base, 'snooze', NOW)).toEqual({ ok: false, error: 'snooze needs a number of minutes' });
  });

  test('a snooze runs out: open again while the surge lasts, ended if it ended meanwhile', () => {
    const snoozed = withStatus('snoozed', { snoozedUntil: '2025-06-02T00:40:00.000Z' });
    expect(wake(snoozed, DAY0 + 39 * MIN)).toBe(snoozed);
    const woken = wake(snoozed, DAY0 + 40 * MIN);
    expect(woken.status).toBe('open');
    expect(woken).not.toHaveProperty('snoozedUntil');
    const endedMeanwhile = endAlert(snoozed, DAY0 + 30 * MIN);
    expect(endedMeanwhile.status).toBe('snoozed');
    expect(wake(endedMeanwhile, DAY0 + 40 * MIN).status).toBe('ended');
  });

  test('back to baseline ends live alerts and records the end on resolved ones', () => {
    expect(endAlert(base, DAY0 + 30 * MIN)).toMatchObject({ status: 'ended', endedAt: '2025-06-02T00:30:00.000Z', provisional: false });
    expect(endAlert(withStatus('resolved'), DAY0 + 30 * MIN)).toMatchObject({ status: 'resolved', endedAt: '2025-06-02T00:30:00.000Z' });
  });
});

describe('absorbBuckets', () => {
  const row = (i: number, negatives: number, evidence: number, alert = true) => ({
    scope: 'platform:x' as const,
    start: DAY0 + i * 5 * MIN,
    negatives,
    total: negatives + 10,
    expected: 1,
    upper: 4,
    evidence,
    alert,
  });

  test('the first confirmed pass replaces the provisional counts, later ones add', () => {
    const first = absorbBuckets(base, [row(-1, 2, 0, false), row(0, 32, 6), row(1, 20, 7)]);
    expect(first).toMatchObject({ provisional: false, negatives: 52, total: 72, expected: 2, peakEvidence: 7, severity: 'medium' });
    const second = absorbBuckets(first, [row(2, 10, 4)], 12);
    expect(second).toMatchObject({ negatives: 62, total: 92, peakEvidence: 12, severity: 'high' });
  });

  test('rows without the alert flag do not confirm a provisional alert', () => {
    expect(absorbBuckets(base, [row(0, 3, 1, false)])).toMatchObject({ provisional: true, negatives: 30 });
  });
});

test('order: open first, then other live ones, then history; newest first in each', () => {
  const a = withStatus('ended', { id: 'a', startedAt: '2025-06-03T00:00:00.000Z' });
  const b = withStatus('open', { id: 'b', startedAt: '2025-06-01T00:00:00.000Z' });
  const c = withStatus('acknowledged', { id: 'c', startedAt: '2025-06-04T00:00:00.000Z' });
  const d = withStatus('open', { id: 'd', startedAt: '2025-06-02T00:00:00.000Z' });
  expect([a, b, c, d].sort(compareAlerts).map((x) => x.id)).toEqual(['d', 'b', 'c', 'a']);
});

test.each([
  [0, 0, '', '#c62828'],
  [0, 12, '12', '#c62828'],
  [0, 1200, '999+', '#c62828'],
  [2, 12, '!2', '#e65100'],
  [150, 0, '!99+', '#e65100'],
])('badge with %d open alerts and %d open flagged: %s', (alerts, flagged, text, color) => {
  expect(badgeFor(alerts, flagged)).toEqual({ text, color });
});
