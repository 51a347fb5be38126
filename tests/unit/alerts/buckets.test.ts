import { describe, expect, test } from 'vitest';
import {
  BUCKET_MS,
  MAX_CATCHUP_BUCKETS,
  bucketStart,
  countMention,
  firstOpenBucket,
  newScopeState,
  openBucketsUpTo,
  takeDueBuckets,
} from '../../../lib/alerts/buckets.ts';
import { DAY0, MIN } from './fixtures.ts';

describe('bucketing by posted time', () => {
  test('5-minute buckets; a bucket stays open 15 minutes after it ends', () => {
    expect(bucketStart(DAY0 + 7 * MIN + 59_000)).toBe(DAY0 + 5 * MIN);
    // At 00:20 the 00:00 bucket (ends 00:05, +15 min) is due; 00:05 is the oldest open one.
    expect(firstOpenBucket(DAY0 + 20 * MIN)).toBe(DAY0 + 5 * MIN);
    expect(firstOpenBucket(DAY0 + 19 * MIN)).toBe(DAY0);
  });

  test('counts go to the posted bucket; late, history and future mentions are handled', () => {
    const now = DAY0 + 60 * MIN;
    const s = newScopeState('all', now, null);
    expect(s.nextClose).toBe(DAY0 + 45 * MIN);
    expect(countMention(s, DAY0 + 58 * MIN, true, now)).toBe('counted');
    expect(countMention(s, DAY0 + 46 * MIN, false, now)).toBe('counted');
    expect(countMention(s, DAY0 + 55 * MIN, true, now)).toBe('counted');
    // Posted 50 minutes ago: its bucket is closed. Not counted, but tallied.
    expect(countMention(s, DAY0 + 10 * MIN, true, now)).toBe('late');
    // A 2021 Amazon review, or a post from yesterday: history, never a surge now.
    expect(countMention(s, Date.parse('2021-04-12T00:00:00Z'), false, now)).toBe('history');
    expect(countMention(s, now - 26 * 3_600_000, true, now)).toBe('history');
    // Posted 50 minutes before it was captured (a tab left unread): late.
    expect(countMention(s, DAY0 + 9 * MIN, false, now, DAY0 + 59 * MIN)).toBe('late');
    // Posted "in the future" (clock skew): counted in the current bucket.
    expect(countMention(s, now + 3 * 3_600_000, true, now)).toBe('counted');
    expect(s.open).toEqual([
      { start: DAY0 + 45 * MIN, negatives: 0, total: 1 },
      { start: DAY0 + 55 * MIN, negatives: 2, total: 2 },
      { start: DAY0 + 60 * MIN, negatives: 1, total: 1 },
    ]);
    expect(s.late).toEqual({ negatives: 1, total: 2 });
    expect(s.history).toEqual({ negatives: 1, total: 2 });
  });

  test('due buckets come out in order with empty ones filled in, once', () => {
    const s = newScopeState('all', DAY0 + 20 * MIN, null); // nextClose 00:05
    countMention(s, DAY0 + 10 * MIN, true, DAY0 + 20 * MIN);
    countMention(s, DAY0 + 11 * MIN, false, DAY0 + 20 * MIN);
    countMention(s, DAY0 + 30 * MIN, true, DAY0 + 30 * MIN);
    const due = takeDueBuckets(s, DAY0 + 40 * MIN); // first open at 00:40 is 00:25
    expect(due).toEqual([
      { start: DAY0 + 5 * MIN, negatives: 0, total: 0 },
      { start: DAY0 + 10 * MIN, negatives: 1, total: 2 },
      { start: DAY0 + 15 * MIN, negatives: 0, total: 0 },
      { start: DAY0 + 20 * MIN, negatives: 0, total: 0 },
    ]);
    expect(s.nextClose).toBe(DAY0 + 25 * MIN);
    expect(s.open).toEqual([{ start: DAY0 + 30 * MIN, negatives: 1, total: 1 }]);
    expect(takeDueBuckets(s, DAY0 + 40 * MIN)).toEqual([]);
    expect(openBucketsUpTo(s, DAY0 + 40 * MIN).map((b) => [(b.start - DAY0) / MIN, b.negatives])).toEqual([
      [25, 0],
      [30, 1],
      [35, 0],
      [40, 0],
    ]);
  });

  test('after a long pause at most a week of empty buckets is replayed, counted ones always', () => {
    const s = newScopeState('all', DAY0 + 20 * MIN, null);
    countMention(s, DAY0 + 10 * MIN, true, DAY0 + 20 * MIN);
    const later = DAY0 + 30 * 24 * 3_600_000; // a month with the browser closed
    const due = takeDueBuckets(s, later);
    // The empty 00:05 bucket is a month old: skipped; the counted 00:10 one is replayed.
    expect(due[0]).toEqual({ start: DAY0 + 10 * MIN, negatives: 1, total: 1 });
    expect(due[1]!.start).toBe(firstOpenBucket(later) - MAX_CATCHUP_BUCKETS * BUCKET_MS);
    expect(due).toHaveLength(1 + MAX_CATCHUP_BUCKETS);
    expect(due.at(-1)!.start).toBe(firstOpenBucket(later) - BUCKET_MS);
  });
});
