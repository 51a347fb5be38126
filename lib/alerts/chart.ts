/**
 * What an alert's chart plots: the closed buckets around the alert (with the detector's expected
 * value and upper band) and, while the alert lasts, the buckets still open up to now; and the
 * figures its legend shows without hovering.
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

/**
 * Time shown before the alert: three times its length so far, at least 90 minutes and at most
 * 6 hours. A fixed 6 hours made a 20-minute-old alert a sliver at the right edge (issue 13).
 */
export const CHART_BEFORE_MIN_MS = 90 * 60_000;
export const CHART_BEFORE_MAX_MS = 6 * 3_600_000;
/** Time shown after an alert ended. */
export const CHART_AFTER_MS = 60 * 60_000;
/**
 * A bucket's negative share is plotted only when it holds at least this many mentions: one
 * negative post at night is "100% negative", which says nothing (issue 13).
 */
export const MIN_SHARE_MENTIONS = 5;

/** The time range to read closed bucket rows for: [from, to). */
export function chartRange(alert: { startedAt: string; endedAt?: string }, now: number): { from: number; to: number } {
  const start = Date.parse(alert.startedAt);
  const end = alert.endedAt ? Date.parse(alert.endedAt) : now;
  const before = Math.min(CHART_BEFORE_MAX_MS, Math.max(CHART_BEFORE_MIN_MS, 3 * (end - start)));
  return { from: start - before, to: alert.endedAt ? end + CHART_AFTER_MS : now + 1 };
}

/** Closed rows, then (for an alert still running) the scope's open buckets up to `now`. */
export function chartPoints(rows: readonly SurgeBucketRow[], live: { state: SurgeScopeState; now: number } | undefined): ChartPoint[] {
  const points: ChartPoint[] = rows.map((r) => ({ start: r.start, negatives: r.negatives, total: r.total, expected: r.expected, upper: r.upper }));
  if (live) for (const b of openBucketsUpTo(live.state, live.now)) points.push({ start: b.start, negatives: b.negatives, total: b.total });
  return points;
}

/** Negative share of a bucket in percent (one decimal), or null where its volume is too small. */
export function shareOf(p: Pick<ChartPoint, 'negatives' | 'total'>): number | null {
  return p.total >= MIN_SHARE_MENTIONS ? Math.round((1000 * p.negatives) / p.total) / 10 : null;
}

export interface ChartSummary {
  /** Highest 5-minute negative count, and its bucket start. */
  peak: number;
  peakAt?: number;
  /** Mean expected count per bucket before the alert (the baseline). */
  baseline: number;
  /** The alert level (upper band) at the onset, when known. */
  alertLevel?: number;
  /** Negative share over the alert span, when the span holds MIN_SHARE_MENTIONS mentions. */
  spanShare?: number;
  /** Buckets whose share is plotted / hidden for too little volume. */
  shareShown: number;
  shareHidden: number;
}

export function chartSummary(points: readonly ChartPoint[], span: { start: number; end?: number }): ChartSummary {
  const inSpan = (p: ChartPoint) => p.start >= span.start && (span.end === undefined || p.start < span.end);
  let peak = 0;
  let peakAt: number | undefined;
  for (const p of points) {
    if (p.negatives > peak) {
      peak = p.negatives;
      peakAt = p.start;
    }
  }
  const before = points.filter((p) => p.expected !== undefined && p.start < span.start);
  const baseline = before.length ? before.reduce((s, p) => s + p.expected!, 0) / before.length : 0;
  const onset = points.find((p) => p.start >= span.start && p.upper !== undefined);
  const spanPoints = points.filter(inSpan);
  const neg = spanPoints.reduce((s, p) => s + p.negatives, 0);
  const tot = spanPoints.reduce((s, p) => s + p.total, 0);
  const shown = points.filter((p) => shareOf(p) !== null).length;
  return {
    peak,
    ...(peakAt === undefined ? {} : { peakAt }),
    baseline,
    ...(onset?.upper === undefined ? {} : { alertLevel: onset.upper }),
    ...(tot >= MIN_SHARE_MENTIONS ? { spanShare: neg / tot } : {}),
    shareShown: shown,
    shareHidden: points.filter((p) => p.total > 0).length - shown,
  };
}
