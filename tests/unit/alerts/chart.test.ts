import { describe, expect, test } from 'vitest';
import { chartRange, chartSummary, MIN_SHARE_MENTIONS, shareOf, type ChartPoint } from '../../../lib/alerts/chart.ts';
import { DAY0, MIN } from './fixtures.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('chart range', () => {
  test.each([
    // A 20-minute-old alert: 90 minutes before it, not 6 hours (the alert was a sliver).
    ['a young live alert', { startedAt: iso(DAY0 + 600 * MIN) }, DAY0 + 620 * MIN, DAY0 + 510 * MIN, DAY0 + 620 * MIN + 1],
    // Three times its length before it.
    ['a 1-hour alert', { startedAt: iso(DAY0 + 600 * MIN) }, DAY0 + 660 * MIN, DAY0 + 420 * MIN, DAY0 + 660 * MIN + 1],
    // Capped at 6 hours; an ended alert shows an hour after its end.
    ['a long ended alert', { startedAt: iso(DAY0 + 600 * MIN), endedAt: iso(DAY0 + 900 * MIN) }, DAY0 + 2000 * MIN, DAY0 + 240 * MIN, DAY0 + 960 * MIN],
  ])('%s', (_name, alert, now, from, to) => {
    expect(chartRange(alert, now)).toEqual({ from, to });
  });
});

describe('negative share and legend figures', () => {
  test('share only where a bucket holds enough mentions', () => {
    expect(shareOf({ negatives: 1, total: 1 })).toBeNull(); // one night-time post is not "100%"
    expect(shareOf({ negatives: 3, total: MIN_SHARE_MENTIONS })).toBe(60);
  });

  test('peak, baseline before the span, alert level at the onset, share over the span', () => {
    const points: ChartPoint[] = [
      { start: DAY0, negatives: 1, total: 1, expected: 1, upper: 5 },
      { start: DAY0 + 5 * MIN, negatives: 2, total: 10, expected: 3, upper: 6 },
      { start: DAY0 + 10 * MIN, negatives: 30, total: 40, expected: 2, upper: 7 },
      { start: DAY0 + 15 * MIN, negatives: 12, total: 20 },
    ];
    expect(chartSummary(points, { start: DAY0 + 10 * MIN })).toEqual({
      peak: 30,
      peakAt: DAY0 + 10 * MIN,
      baseline: 2,
      alertLevel: 7,
      spanShare: 42 / 60,
      shareShown: 3,
      shareHidden: 1,
    });
  });
});
