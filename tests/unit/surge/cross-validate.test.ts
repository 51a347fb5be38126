import { describe, expect, test } from 'vitest';
import { detectorRun, trailingMedianRun, type Candidate } from '../../../bench/nab/candidates.ts';
import { choose, gridPoints, leaveOneFileOut, neighbourhood, settingOf, type Axis, type ScoreTable } from '../../../bench/nab/cross-validate.ts';
import { crossValidateCandidates } from '../../../bench/nab/cv-eval.ts';
import type { EvalFile } from '../../../bench/nab/evaluate.ts';
import { normalise, prepareFile, PROFILES, scoreFile } from '../../../bench/nab/scorer.ts';
import { lcg, thin } from '../../../bench/nab/thin.ts';

const standard = PROFILES.standard;

describe('grid', () => {
  const axes: Axis[] = [
    { name: 'a', values: [1, 2, 3] },
    { name: 'b', values: [10, 20] },
  ];

  test('every point once, first axis slowest', () => {
    expect(gridPoints(axes)).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [2, 0],
      [2, 1],
    ]);
    expect(gridPoints([])).toEqual([[]]);
    expect(settingOf(axes, [2, 1])).toEqual({ a: 3, b: 20 });
  });

  test('neighbours are one step along one axis (no diagonals)', () => {
    const points = gridPoints(axes);
    // [1, 0] -> itself, [0, 0], [2, 0], [1, 1]
    expect(neighbourhood(points, 2).map((i) => points[i])).toEqual([[0, 0], [1, 0], [1, 1], [2, 0]]);
    // a corner has two neighbours
    expect(neighbourhood(points, 0)).toHaveLength(3);
  });
});

describe('choosing a setting', () => {
  // One axis of seven settings; a lone peak at 1 beside a cliff, a broad plateau at 4–6.
  const points = gridPoints([{ name: 'x', values: [0, 1, 2, 3, 4, 5, 6] }]);
  const table: ScoreTable = { raw: [[0], [10], [-10], [5], [8], [8], [8]], windows: [1] };

  test('peak takes the best score; plateau the best neighbourhood', () => {
    expect(choose(points, table, [0], 'peak')).toBe(1);
    expect(choose(points, table, [0], 'plateau')).toBe(5);
  });

  test('only the training files are read', () => {
    const two: ScoreTable = { raw: table.raw.map((r, i) => [r[0]!, i === 0 ? 1_000 : 0]), windows: [1, 1] };
    expect(choose(points, two, [0], 'peak')).toBe(1);
    expect(choose(points, two, [1], 'peak')).toBe(0);
  });
});

describe('leave one file out on a score table', () => {
  // Three files, two settings. Setting 0 is great on files 0 and 1, awful on file 2; setting 1 is
  // decent everywhere. In-sample picks 0; when file 2 is held out the others still pick 0 and file 2
  // pays for it — the gap between the in-sample and the cross-validated score.
  const points = gridPoints([{ name: 's', values: [0, 1] }]);
  const table: ScoreTable = {
    raw: [
      [1, 1, -1],
      [0.6, 0.6, 0.6],
    ],
    windows: [1, 1, 1],
  };

  test('each fold is chosen without its file and scored on it', () => {
    const cv = leaveOneFileOut(points, table, standard, 'peak');
    expect(cv.chosen).toBe(1); // 1.8 > 1 on all three
    expect(cv.folds).toEqual([
      { file: 0, chosen: 1, raw: 0.6 }, // files 1, 2: 0 vs 1.2
      { file: 1, chosen: 1, raw: 0.6 },
      { file: 2, chosen: 0, raw: -1 }, // files 0, 1: 2 vs 1.2
    ]);
    expect(cv.inSample).toBeCloseTo(normalise(1.8, 3, standard), 10);
    expect(cv.cv).toBeCloseTo(normalise(0.2, 3, standard), 10);
    expect(cv.cv).toBeLessThan(cv.inSample);
  });

  test('a separate selection table steers the choice; the report still reads the plain table', () => {
    // Augmented selection (e.g. thinned copies) that prefers setting 1 everywhere.
    const select: ScoreTable = { raw: [[0, 0, 0], [1, 1, 1]], windows: [1, 1, 1] };
    const cv = leaveOneFileOut(points, table, standard, 'peak', select);
    expect(cv.folds.map((f) => f.chosen)).toEqual([1, 1, 1]);
    expect(cv.cv).toBeCloseTo(normalise(1.8, 3, standard), 10);
  });

  test('shapes are checked', () => {
    expect(() => leaveOneFileOut(points, { raw: [[1]], windows: [1] }, standard)).toThrow(/score rows/);
    expect(() => leaveOneFileOut(points, { raw: [[1], [1]], windows: [1] }, standard)).toThrow(/two files/);
  });
});

describe('thinning', () => {
  test('p = 1 keeps the series; thinning is deterministic and keeps about p of the volume', () => {
    const values = Array.from({ length: 2_000 }, (_, i) => (i % 7) * 3);
    expect(thin(values, 1, 5)).toEqual(values);
    const a = thin(values, 0.25, 5);
    expect(thin(values, 0.25, 5)).toEqual(a);
    expect(a.every((x, i) => x >= 0 && x <= values[i]!)).toBe(true);
    const ratio = a.reduce((t, x) => t + x, 0) / values.reduce((t, x) => t + x, 0);
    expect(ratio).toBeGreaterThan(0.23);
    expect(ratio).toBeLessThan(0.27);
    expect(() => thin(values, 0, 1)).toThrow();
  });
});

// ---- The whole procedure on synthetic NAB-like files ------------------------------------------

const T0 = Date.UTC(2026, 0, 5);
const FIVE_MIN = 300_000;

function poisson(mean: number, rand: () => number): number {
  let k = 0;
  let p = Math.exp(-mean);
  let c = p;
  const u = rand();
  while (u > c && k < 10_000) {
    k++;
    p *= mean / k;
    c += p;
  }
  return k;
}

/** Eight days of day-shaped Poisson counts with surges of `height` × the baseline for 2 hours at
 * the given rows, each labelled with a NAB-style window centred on it. */
function syntheticFile(name: string, seed: number, base: number, surges: { at: number; height: number }[]): EvalFile {
  const rand = lcg(seed);
  const rows = 8 * 288;
  const values = Array.from({ length: rows }, (_, i) => {
    const mean = base * (1 + 0.6 * Math.sin((2 * Math.PI * (i % 288)) / 288));
    const surge = surges.find((s) => i >= s.at && i < s.at + 24);
    return poisson(surge ? mean * surge.height : mean, rand);
  });
  const timestamps = values.map((_, i) => new Date(T0 + i * FIVE_MIN).toISOString().slice(0, 19).replace('T', ' '));
  const windows = surges.map((s) => ({ start: s.at - 60, end: s.at + 60 }));
  return { ticker: name, file: prepareFile(name, rows, windows, standard), timestamps, values };
}

describe('cross-validating the detector on synthetic files', () => {
  // Strong surges in two files, a weak one in the third: a threshold tuned on the strong files
  // alone is too high for the weak one.
  const files = [
    syntheticFile('A', 1, 8, [{ at: 3 * 288 + 100, height: 5 }, { at: 6 * 288 + 150, height: 5 }]),
    syntheticFile('B', 2, 12, [{ at: 4 * 288, height: 6 }, { at: 7 * 288, height: 5 }]),
    syntheticFile('C', 3, 3, [{ at: 5 * 288 + 60, height: 3 }]),
  ];

  test('planted surges are found at a sensible setting and the NAB score is high', () => {
    const setting = { threshold: 2.5, likelihood: 2.5 };
    let raw = 0;
    for (const f of files) {
      const r = scoreFile(f.file, detectorRun(setting, f), 0.5, standard);
      expect(r.misses, `${f.ticker} misses`).toBe(0);
      raw += r.score;
    }
    expect(normalise(raw, 5, standard)).toBeGreaterThan(80);
  });

  test('the cross-validated score never beats the in-sample one, and folds never see their file', () => {
    const candidate: Candidate = {
      name: 'threshold',
      note: 'test',
      axes: [
        { name: 'threshold', values: [2, 4, 8, 16] },
        { name: 'likelihood', values: [2.5] },
      ],
      rule: 'peak',
      augmented: false,
      scorer: 'detector',
      scores: detectorRun,
    };
    const [r] = crossValidateCandidates(files, [candidate]);
    expect(r!.cv.cv).toBeLessThanOrEqual(r!.cv.inSample + 1e-9);
    // Changing the held-out file's series cannot change the setting chosen for it.
    const flat = { ...files[2]!, values: files[2]!.values.map(() => 0) };
    const [again] = crossValidateCandidates([files[0]!, files[1]!, flat], [candidate]);
    expect(again!.foldChoices[2]).toEqual(r!.foldChoices[2]);
    expect(r!.thinned).toHaveLength(2);
  });

  test('the trailing-median reference opens on the first bucket above factor × the previous day', () => {
    const values = [...new Array<number>(288).fill(2), 9, 9, 1, 9];
    const timestamps = values.map((_, i) => String(i));
    const scores = trailingMedianRun({ factor: 4 }, { timestamps, values });
    expect(scores.slice(288)).toEqual([1, 0, 0, 1]);
    expect(scores.slice(0, 288).every((s) => s === 0)).toBe(true);
  });
});
