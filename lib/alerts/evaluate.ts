/**
 * One scope's evaluation at `now`: close the buckets that are due and feed them to the detector
 * (committed: the state moves on and is saved), then run a throw-away copy of the detector over the
 * still-open buckets (provisional: "would an alert open if the counts stopped here?"). The second
 * part is what lets an alert appear while a surge is being scrolled, not 15 minutes later; counts
 * in a bucket only grow, so the committed run normally confirms it when the bucket closes.
 *
 * Only the detector's public API is used (`SurgeDetector.observe` / `snapshot`).
 */
import type { SurgeBucketRow, SurgeScopeState } from '../schema.ts';
import { SurgeDetector, initialSurgeState, type SurgeOptions, type SurgeResult } from '../surge/index.ts';
import { BUCKET_MS, openBucketsUpTo, takeDueBuckets, type ClosedBucket } from './buckets.ts';
import { restoreDetectorState } from './detector-state.ts';

export interface SurgeOnset {
  /** Bucket start (posted time, epoch ms). */
  start: number;
  evidence: number;
  expected: number;
  negatives: number;
  total: number;
}

export interface ScopeEvaluation {
  /** The state to save (a new object; the input is not changed). */
  state: SurgeScopeState;
  /** Closed buckets, for the chart store. */
  rows: SurgeBucketRow[];
  /** The committed run opened an alert (the last onset if several). */
  started?: SurgeOnset;
  /** The committed run ended an alert: start of the first calm bucket after the calm streak. */
  endedAt?: number;
  /** After the committed run: is the detector in an alert? Undefined when no bucket closed. */
  inAlert?: boolean;
  /** The provisional run opened an alert in an open bucket. */
  provisional?: SurgeOnset;
  /** Highest evidence in the open buckets (provisional), for the severity of a live alert. */
  openEvidence: number;
  /** The stored state could not be used and the scope started again (also in `state.resetNote`). */
  reset?: string;
}

function onset(b: ClosedBucket, r: SurgeResult): SurgeOnset {
  return { start: b.start, evidence: r.evidence, expected: r.baseline.expected, negatives: b.negatives, total: b.total };
}

function checkOpenBuckets(state: SurgeScopeState): string | undefined {
  if (state.nextClose % BUCKET_MS !== 0) return 'the next bucket to close is not on a bucket boundary';
  for (let i = 0; i < state.open.length; i++) {
    const o = state.open[i]!;
    if (o.start % BUCKET_MS !== 0 || o.start < state.nextClose) return 'an open bucket is misplaced';
    if (i > 0 && o.start <= state.open[i - 1]!.start) return 'open buckets are out of order';
    if (o.negatives > o.total) return 'an open bucket has more negatives than mentions';
  }
  return undefined;
}

export function evaluateScope(input: SurgeScopeState, options: SurgeOptions, now: number): ScopeEvaluation {
  const state: SurgeScopeState = structuredClone(input);
  let reset: string | undefined;
  const restored = restoreDetectorState(state.detector);
  const openProblem = checkOpenBuckets(state);
  if (openProblem) {
    // Counts we cannot place are dropped; the detector keeps what it learned.
    state.open = [];
    reset = `open buckets dropped: ${openProblem}`;
  }
  let detector = new SurgeDetector(options, restored.ok ? restored.state : initialSurgeState());
  if (!restored.ok) reset = `detector state reset: ${restored.problem}`;

  const due = takeDueBuckets(state, now);
  const rows: SurgeBucketRow[] = [];
  const result: Omit<ScopeEvaluation, 'state' | 'rows'> = { openEvidence: 0 };
  let last: SurgeResult | undefined;
  for (const b of due) {
    let r: SurgeResult;
    try {
      r = detector.observe({ start: b.start, negatives: b.negatives, total: b.total });
    } catch (error) {
      // A state that fits the shape but not the stream (e.g. its last bucket is after ours, after
      // a clock change): start again rather than stop alerting on this scope for good.
      reset = `detector state reset: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300);
      detector = new SurgeDetector(options, initialSurgeState());
      r = detector.observe({ start: b.start, negatives: b.negatives, total: b.total });
    }
    last = r;
    if (r.alertStarted) result.started = onset(b, r);
    if (r.alertEnded) result.endedAt = b.start;
    rows.push({
      scope: state.scope,
      start: b.start,
      negatives: b.negatives,
      total: b.total,
      expected: r.baseline.expected,
      upper: r.baseline.upper,
      evidence: r.evidence,
      alert: r.alert,
    });
  }
  if (last) result.inAlert = last.alert && !last.alertEnded;
  state.detector = detector.snapshot();

  const peek = new SurgeDetector(options, detector.snapshot());
  for (const b of openBucketsUpTo(state, now)) {
    let r: SurgeResult;
    try {
      r = peek.observe({ start: b.start, negatives: b.negatives, total: b.total });
    } catch {
      break; // provisional only: the committed run reports real problems
    }
    if (r.alertStarted && !result.provisional) result.provisional = onset(b, r);
    if (r.evidence > result.openEvidence) result.openEvidence = r.evidence;
  }

  if (reset) {
    result.reset = reset;
    state.resetNote = { at: new Date(now).toISOString(), reason: reset };
  }
  return { state, rows, ...result };
}
