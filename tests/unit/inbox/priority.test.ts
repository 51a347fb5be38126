import { describe, expect, test } from 'vitest';
import { agePoints, categoryPoints, priorityOf, type PriorityInput } from '../../../lib/inbox/priority.ts';

const HOUR = 3_600_000;
const TARGET = HOUR;
const base: PriorityInput = { categories: [], sentiment: -0.5, waitedMs: 0 };

describe('priority score (lib/inbox/priority.ts)', () => {
  // One row per phenomenon: the score, and its parts, are what the README documents.
  test.each<[string, number, Partial<PriorityInput>]>([
    ['a mildly negative post, just posted', 6, { sentiment: -0.3 }],
    ['a furious post, just posted', 20, { sentiment: -1 }],
    ['a positive mention flagged for its watch term only', 0, { sentiment: 0.4 }],
    ['a safety complaint, neutral tone', 45, { categories: ['safety'], sentiment: 0 }],
    ['a delivery complaint, quite negative', 24, { categories: ['delivery'], sentiment: -0.6 }],
    ['safety and damaged together: the highest category plus 3', 48, { categories: ['damaged', 'safety'], sentiment: 0 }],
    ['four categories: the extra points stop at 6', 21, { categories: ['delivery', 'refund', 'service', 'account'], sentiment: 0 }],
    ['a one-star review, very negative', 31, { rating: 1, sentiment: -0.8 }],
    ['a two-star review', 18, { rating: 2, sentiment: -0.5 }],
    ['a three-star review earns nothing for its rating', 10, { rating: 3, sentiment: -0.5 }],
    ['a fractional 1.4 rating counts as one star', 15, { rating: 1.4, sentiment: 0 }],
    ['half way to the target: half the age points', 10, { sentiment: 0, waitedMs: TARGET / 2 }],
    ['exactly at the target: full age points, not yet overdue', 20, { sentiment: 0, waitedMs: TARGET }],
    ['just past the target: overdue adds 5', 25, { sentiment: 0, waitedMs: TARGET + 60_000 }],
    ['three days past the target: age stops growing', 25, { sentiment: 0, waitedMs: 72 * HOUR }],
    ['in the active incident', 30, { sentiment: 0, incident: true }],
    ['everything at once', 48 + 20 + 15 + 30 + 25, { categories: ['safety', 'damaged'], sentiment: -1, rating: 1, incident: true, waitedMs: 2 * HOUR }],
  ])('%s: %s points', (_what, expected, input) => {
    expect(priorityOf({ ...base, ...input }, TARGET).score).toBe(expected);
  });

  test.each<[string, Partial<PriorityInput>, Partial<PriorityInput>]>([
    [
      'a fresh safety report outranks a days-old, overdue, furious post',
      { categories: ['safety'], sentiment: -0.4, waitedMs: 0 },
      { categories: [], sentiment: -1, waitedMs: 72 * HOUR },
    ],
    [
      'a one-star complaint outranks a mildly negative post of the same age',
      { categories: ['damaged'], sentiment: -0.5, rating: 1, waitedMs: 10 * 60_000 },
      { categories: [], sentiment: -0.5, waitedMs: 10 * 60_000 },
    ],
    [
      'an overdue delivery complaint outranks the same complaint just posted',
      { categories: ['delivery'], sentiment: -0.5, waitedMs: 2 * HOUR },
      { categories: ['delivery'], sentiment: -0.5, waitedMs: 0 },
    ],
    [
      'the incident outranks business as usual of the same kind',
      { categories: ['delivery'], sentiment: -0.5, incident: true },
      { categories: ['counterfeit'], sentiment: -0.5 },
    ],
  ])('%s', (_what, higher, lower) => {
    expect(priorityOf({ ...base, ...higher }, TARGET).score).toBeGreaterThan(priorityOf({ ...base, ...lower }, TARGET).score);
  });

  test('parts add up to the score and name what counted; overdue follows the target', () => {
    const p = priorityOf({ categories: ['refund'], sentiment: -0.5, rating: 2, waitedMs: 90 * 60_000 }, TARGET);
    expect(p.parts).toEqual({ category: 15, negativity: 10, rating: 8, incident: 0, age: 25 });
    expect(p.score).toBe(58);
    expect(p.overdue).toBe(true);
    expect(priorityOf({ ...base, waitedMs: 90 * 60_000 }, 2 * HOUR).overdue).toBe(false);
  });

  test('edge values: no categories, negative waits (clock skew), no target', () => {
    expect(categoryPoints([])).toBe(0);
    expect(agePoints(-5_000, TARGET)).toBe(0);
    expect(agePoints(5 * HOUR, 0)).toBe(0);
  });
});
