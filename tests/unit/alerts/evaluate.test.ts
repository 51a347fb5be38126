import { describe, expect, test } from 'vitest';
import { BUCKET_MS, countMention, newScopeState } from '../../../lib/alerts/buckets.ts';
import { evaluateScope, type ScopeEvaluation } from '../../../lib/alerts/evaluate.ts';
import type { SurgeBucketRow, SurgeScopeState } from '../../../lib/schema.ts';
import { initialSurgeState, surgeOptions } from '../../../lib/surge/index.ts';
import { DAY0, MIN } from './fixtures.ts';

const OPTIONS = surgeOptions('balanced', { bucketMs: BUCKET_MS });

/** Deterministic noise (a 32-bit LCG, Numerical Recipes constants). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Bucket {
  negatives: number;
  total: number;
}

/** Two quiet days (about 1 negative in 20 mentions per bucket), then `surge`, then `after`. */
function stream(surge: Bucket[], after = 120): Bucket[] {
  const rnd = lcg(7);
  const quiet = (): Bucket => {
    const total = 15 + Math.floor(rnd() * 11);
    return { negatives: rnd() < 0.6 ? 1 : rnd() < 0.5 ? 0 : 2, total };
  };
  return [...Array.from({ length: 576 }, quiet), ...surge, ...Array.from({ length: after }, quiet)];
}

interface Run {
  rows: SurgeBucketRow[];
  events: { kind: 'started' | 'provisional' | 'ended'; bucket: number }[];
  state: SurgeScopeState;
}

/** Mentions posted 1 minute into each bucket arrive 3 minutes into it; `evaluateEvery` buckets a
 * tick runs (1 = every bucket). The state goes through structuredClone between ticks, as in
 * IndexedDB. */
function run(buckets: Bucket[], evaluateEvery = 1, state0?: SurgeScopeState): Run {
  let state = state0 ?? newScopeState('all', DAY0, initialSurgeState());
  const out: Run = { rows: [], events: [], state };
  const index = (t: number) => (t - DAY0) / BUCKET_MS;
  buckets.forEach((b, i) => {
    const t = DAY0 + i * BUCKET_MS;
    const now = t + 3 * MIN;
    for (let k = 0; k < b.total; k++) countMention(state, t + MIN, k < b.negatives, now);
    if ((i + 1) % evaluateEvery !== 0) return;
    const e: ScopeEvaluation = evaluateScope(state, OPTIONS, now);
    state = structuredClone(e.state);
    out.rows.push(...e.rows);
    if (e.provisional) out.events.push({ kind: 'provisional', bucket: index(e.provisional.start) });
    if (e.started) out.events.push({ kind: 'started', bucket: index(e.started.start) });
    if (e.endedAt !== undefined) out.events.push({ kind: 'ended', bucket: index(e.endedAt) });
  });
  out.state = state;
  return out;
}

describe('evaluateScope over a counted stream', () => {
  const surge = Array.from({ length: 6 }, () => ({ negatives: 30, total: 45 }));

  test('a surge of negatives is raised provisionally in its first bucket, then confirmed and ended', () => {
    const r = run(stream(surge));
    const provisional = r.events.filter((e) => e.kind === 'provisional');
    const started = r.events.filter((e) => e.kind === 'started');
    const ended = r.events.filter((e) => e.kind === 'ended');
    expect(provisional[0]?.bucket).toBe(576);
    expect(started.map((e) => e.bucket)).toEqual([576]);
    expect(ended).toHaveLength(1);
    expect(ended[0]!.bucket).toBeGreaterThan(581);
    // The surge bucket is in the chart rows with its counts and flagged as alert.
    expect(r.rows.find((x) => x.start === DAY0 + 576 * BUCKET_MS)).toMatchObject({ negatives: 30, total: 45, alert: true });
  });

  test('more volume with the same negative share (one operator opening a search page) raises nothing', () => {
    const rnd = lcg(11);
    const search = Array.from({ length: 6 }, () => ({ negatives: 10 + Math.floor(rnd() * 3), total: 220 }));
    const r = run(stream(search));
    expect(r.events).toEqual([]);
  });

  test('a worker that sleeps between ticks resumes exactly: same closed buckets, same alert', () => {
    const buckets = stream(surge, 60);
    const everyBucket = run(buckets, 1);
    const everyHour = run(buckets, 12);
    // The hourly run closes the same buckets (the last hour's ones are still open at its last tick).
    const n = everyHour.rows.length;
    expect(n).toBeGreaterThan(600);
    expect(everyHour.rows).toEqual(everyBucket.rows.slice(0, n));
    expect(everyHour.events.filter((e) => e.kind === 'started').map((e) => e.bucket)).toEqual([576]);
  });

  test('a stored state that does not fit is reset with a note; the scope keeps working', () => {
    const state = newScopeState('all', DAY0, { version: 1, level: 'high' });
    countMention(state, DAY0 + MIN, true, DAY0 + 3 * MIN);
    const e = evaluateScope(state, OPTIONS, DAY0 + 30 * MIN);
    expect(e.reset).toMatch(/^detector state reset: state has fields level, version; expected /);
    expect(e.state.resetNote).toEqual({ at: new Date(DAY0 + 30 * MIN).toISOString(), reason: e.reset });
    // Buckets from 23:45 (the first open one when the scope was made) to 00:10 are closed.
    expect(e.rows.map((x) => x.negatives)).toEqual([0, 0, 0, 1, 0, 0]);
    // The state it saves is a good one: the next evaluation has nothing to reset.
    expect(evaluateScope(structuredClone(e.state), OPTIONS, DAY0 + 40 * MIN).reset).toBeUndefined();
  });

  test('misplaced open buckets are dropped with a note, the detector state is kept', () => {
    const good = run(stream([], 0).slice(0, 20)).state;
    const bad: SurgeScopeState = { ...good, open: [{ start: good.nextClose + 7, negatives: 1, total: 1 }] };
    const e = evaluateScope(bad, OPTIONS, good.nextClose + 30 * MIN);
    expect(e.reset).toBe('open buckets dropped: an open bucket is misplaced');
    expect(e.rows.every((x) => x.negatives === 0)).toBe(true);
  });

  test('the input state is not changed', () => {
    const state = newScopeState('all', DAY0, initialSurgeState());
    countMention(state, DAY0 + MIN, true, DAY0 + 3 * MIN);
    const before = structuredClone(state);
    evaluateScope(state, OPTIONS, DAY0 + 60 * MIN);
    expect(state).toEqual(before);
  });
});
