import { describe, expect, test } from 'vitest';
import { countWhere, crossValidate, decide, f1, foldOf, keep, type SetPredictions } from '../../../scripts/cross-validate.ts';

// Synthetic predictions: 1,000 rows, every 4th gold negative. With every rule on there is one
// false alarm from 'noise' (row 7) and 100 from 'costs' (rows ending in 3); 'helps' finds half the
// negatives (rows divisible by 8), which are missed without it.
const N = 1000;
const MARGIN = 0.5;
const gold = Array.from({ length: N }, (_, i) => i % 4 === 0);
const allOn = gold.map((g, i) => g || i === 7 || i % 10 === 3);
const set: SetPredictions = {
  name: 'synthetic',
  gold,
  byConfig: new Map<string, boolean[]>([
    ['', allOn],
    ['helps', allOn.map((p, i) => (i % 8 === 0 ? false : p))],
    ['noise', allOn.map((p, i) => (i === 7 ? false : p))],
    ['costs', allOn.map((p, i) => (i % 10 === 3 ? false : p))],
  ]),
};

describe('cross-validation of keep-or-drop decisions', () => {
  test('folds interleave and partition the rows', () => {
    const sizes = new Array<number>(10).fill(0);
    for (let i = 0; i < N; i++) sizes[foldOf(i, 10)] = (sizes[foldOf(i, 10)] ?? 0) + 1;
    expect(sizes).toEqual(new Array<number>(10).fill(N / 10));
  });

  test('F1 from counts', () => {
    expect(f1(countWhere(gold, gold, () => true))).toBe(1);
    expect(f1(countWhere(gold, gold.map(() => false), () => true))).toBe(0);
  });

  test('a default rule stays within the margin, a new one must gain more than it', () => {
    expect(keep({ name: 'x', stays: true }, -0.1, 0.2)).toBe(true);
    expect(keep({ name: 'x', stays: true }, -0.3, 0.2)).toBe(false);
    expect(keep({ name: 'x', stays: false }, 0.1, 0.2)).toBe(false);
    expect(keep({ name: 'x', stays: false }, 0.3, 0.2)).toBe(true);
  });

  test('decisions on all rows: the helpful rule stays, a one-row difference is noise, a costly default goes', () => {
    const dropped = decide(
      [set],
      [
        { name: 'helps', stays: false },
        { name: 'noise', stays: false },
        { name: 'costs', stays: true },
      ],
      MARGIN,
      () => true,
    );
    expect(dropped.sort()).toEqual(['costs', 'noise']);
  });

  test('the cross-validated figure scores each fold with the rules its training folds chose', () => {
    const candidates = [
      { name: 'helps', stays: false },
      { name: 'noise', stays: false },
    ];
    const seen: string[][] = [];
    const result = crossValidate([set], candidates, 10, MARGIN, (dropped, _set, row) => {
      seen.push([...dropped]);
      return set.byConfig.get(dropped.length === 1 ? (dropped[0] ?? '') : '')?.[row] ?? false;
    });
    expect(result.dropped).toHaveLength(10);
    for (const d of result.dropped) expect(d).not.toContain('helps');
    expect(seen).toHaveLength(N);
    // Each held row was predicted with its own fold's decision, and the pooled F1 is a real figure.
    expect(result.cvF1[0]).toBeGreaterThan(80);
    expect(result.cvF1[0]).toBeLessThanOrEqual(100);
  });
});
