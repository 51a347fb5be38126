/**
 * What an alert's chart plots: the closed buckets around the alert (with the detector's expected
 * value and upper band) and, while the alert lasts, the buckets still open up to now.
 */
import type { SurgeBucketRow, SurgeScopeState } from '../schema.ts';
import { openBucketsUpTo } from './buckets.ts';

export interface ChartPoint {
  start: number;
  negatives: number;
  total: number;
  /** Absent for buckets still open (the detector has not judged them yet). */
  expected?: number;
  upper?: number;
}

/** Hours of buckets the chart shows before an alert and after it ended. */
export const CHART_BEFORE_MS = 6 * 3_600_000;
export const CHART_AFTER_MS = 2 * 3_600_000;

/** The time range to read closed bucket rows for: [from, to). */
export function chartRange(alert: { startedAt: string; endedAt?: string }, now: number): { from: number; to: number } {
  return {
    from: Date.parse(alert.startedAt) - CHART_BEFORE_MS,
    to: alert.endedAt ? Date.parse(alert.endedAt) + CHART_AFTER_MS : now + 1,
  };
}

/** Closed rows, then (for an alert still running) the scope's open buckets up to `now`. */
export function chartPoints(rows: readonly SurgeBucketRow[], live: { state: SurgeScopeState; now: number } | undefined): ChartPoint[] {
  const points: ChartPoint[] = rows.map((r) => ({ start: r.start, negatives: r.negatives, total: r.total, expected: r.expected, upper: r.upper }));
  if (live) for (const b of openBucketsUpTo(live.state, live.now)) points.push({ start: b.start, negatives: b.negatives, total: b.total });
  return points;
}
