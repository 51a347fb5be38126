/**
 * Counting mentions into 5-minute buckets by POSTED time, per scope, and closing buckets.
 *
 * A bucket [b, b + 5 min) stays open for GRACE_MS after it ends, so posts an operator scrolls to a
 * little later still land in the bucket they were posted in. Then it is closed: handed to the
 * detector once, in order, never revised (the detector is online and cannot rewrite the past).
 *
 * Mentions first stored after their bucket closed are NOT counted. Counting them at arrival time
 * instead would turn every scroll through an old timeline or a page of 2021 Amazon reviews into a
 * "surge" now; counting them in their own (closed) bucket is impossible online. They are tallied:
 * - `history`: posted more than HISTORY_AFTER_MS before they were captured — backfill, such as the
 *   timeline a fresh install first sees. Nothing was missed: surges are about what is new.
 * - `late`: posted recently but captured after the grace period — a short gap in watching.
 * The inbox still lists them all, so nothing is hidden from the operator. Posted times in the
 * future (clock skew, bad markup) count in the current bucket. Day-dated sources (Amazon reviews)
 * count at capture time when dated today: counting-time.ts.
 *
 * Each mention is counted once: the background calls `countMention` only for ids the pipeline
 * created (not re-captures, not text updates), so its first verdict is the one counted.
 */
import type { AlertScope, SurgeScopeState } from '../schema.ts';

/** The default bucket. */
export const BUCKET_MS = 5 * 60_000;
/** How long a bucket stays open after it ends. 15 min (3 buckets): an X timeline refresh or an
 * operator coming back to a tab typically shows posts minutes old; alerts are not delayed by it
 * because open buckets are also evaluated provisionally (`evaluate.ts`). */
export const GRACE_MS = 15 * 60_000;
/** After a long pause (browser closed) at most a week of EMPTY buckets is replayed; the detector
 * treats a longer gap as a gap (bounded work on wake-up: 2,016 buckets per scope). */
export const MAX_CATCHUP_BUCKETS = 7 * 288;
/** A mention captured this long after it was posted is history, not a late arrival: an hour is
 * four grace periods, longer than an operator's tab typically sits unread on a live timeline. */
export const HISTORY_AFTER_MS = 3_600_000;

export function bucketStart(ms: number, bucketMs = BUCKET_MS): number {
  return Math.floor(ms / bucketMs) * bucketMs;
}

/** The oldest bucket still open at `now`: the first whose end + grace is after now. */
export function firstOpenBucket(now: number): number {
  return bucketStart(now - BUCKET_MS - GRACE_MS) + BUCKET_MS;
}

export function newScopeState(scope: AlertScope, now: number, detector: unknown): SurgeScopeState {
  return { version: 1, scope, nextClose: firstOpenBucket(now), open: [], late: { negatives: 0, total: 0 }, history: { negatives: 0, total: 0 }, detector };
}

export type CountOutcome = 'counted' | 'late' | 'history';

/**
 * Adds one mention to the scope (mutates `state`). `at` is when it counts (counting-time.ts: the
 * posted time, or the capture time of a review dated today); `capturedAt` tells history from late.
 */
export function countMention(state: SurgeScopeState, at: number, negative: boolean, now: number, capturedAt = now): CountOutcome {
  const b = bucketStart(Math.min(at, now));
  if (b < state.nextClose) {
    const kind = at < capturedAt - HISTORY_AFTER_MS ? 'history' : 'late';
    const tally = kind === 'history' ? (state.history ??= { negatives: 0, total: 0 }) : state.late;
    tally.total++;
    if (negative) tally.negatives++;
    return kind;
  }
  let i = state.open.findIndex((o) => o.start >= b);
  if (i < 0 || state.open[i]!.start !== b) {
    if (i < 0) i = state.open.length;
    state.open.splice(i, 0, { start: b, negatives: 0, total: 0 });
  }
  const bucket = state.open[i]!;
  bucket.total++;
  if (negative) bucket.negatives++;
  return 'counted';
}

export interface ClosedBucket {
  start: number;
  negatives: number;
  total: number;
}

/**
 * Removes and returns every bucket due at `now`, oldest first, empty ones filled in (a quiet
 * bucket is data: the baseline must learn zeros). Mutates `state.nextClose` and `state.open`.
 */
export function takeDueBuckets(state: SurgeScopeState, now: number): ClosedBucket[] {
  const limit = firstOpenBucket(now); // buckets before this are due
  const out: ClosedBucket[] = [];
  if (state.nextClose >= limit) return out;
  const skipEmptyBefore = limit - MAX_CATCHUP_BUCKETS * BUCKET_MS;
  const counted = state.open.filter((o) => o.start < limit);
  state.open = state.open.filter((o) => o.start >= limit);
  let k = 0;
  for (let b = state.nextClose; b < limit; ) {
    while (k < counted.length && counted[k]!.start < b) k++; // a stray bucket before nextClose
    const next = counted[k];
    if (next && next.start === b) {
      out.push({ ...next });
      k++;
    } else if (b >= skipEmptyBefore) {
      out.push({ start: b, negatives: 0, total: 0 });
    } else {
      // Jump over a long empty stretch to the next counted bucket or the catch-up window.
      b = Math.min(next?.start ?? skipEmptyBefore, skipEmptyBefore);
      continue;
    }
    b += BUCKET_MS;
  }
  state.nextClose = limit;
  return out;
}

/** The open buckets from `nextClose` to the bucket holding `now`, empty ones filled in: what a
 * provisional evaluation feeds the detector. */
export function openBucketsUpTo(state: SurgeScopeState, now: number): ClosedBucket[] {
  const last = bucketStart(now);
  const out: ClosedBucket[] = [];
  let k = 0;
  for (let b = state.nextClose; b <= last; b += BUCKET_MS) {
    while (k < state.open.length && state.open[k]!.start < b) k++;
    const o = state.open[k];
    out.push(o && o.start === b ? { ...o } : { start: b, negatives: 0, total: 0 });
  }
  return out;
}
