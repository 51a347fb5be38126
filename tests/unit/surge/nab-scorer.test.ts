import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { labelKey, readColumns, readPublishedScores, readWindows, TICKERS } from '../../../bench/nab/load.ts';
import {
  normalise,
  optimiseThreshold,
  prepareFile,
  PROFILES,
  probationRows,
  rowWeights,
  scaledSigmoid,
  scoreFile,
  windowsToRows,
} from '../../../bench/nab/scorer.ts';

// Copies of NAB's published files (MIT, see tests/fixtures/nab/SOURCE.md), so this runs in a plain clone.
const FIX = path.resolve(import.meta.dirname, '../../fixtures/nab');
const standard = PROFILES.standard;
const labels = readWindows(path.join(FIX, 'combined_windows.json'));

function loadDetector(det: string, ticker: string) {
  const cols = readColumns(path.join(FIX, 'results', det, 'realTweets', `${det}_Twitter_volume_${ticker}.csv.gz`));
  const timestamps = cols.get('timestamp')!;
  const file = prepareFile(ticker, timestamps.length, windowsToRows(timestamps, labels[labelKey(ticker)]!), standard);
  return { file, scores: cols.get('anomaly_score')!.map(Number), cols };
}

describe('row weights (nab-scoring.md §4)', () => {
  // One 397-row window (AAPL's width) starting at row 1000 of 3000.
  const win = { start: 1000, end: 1396 };
  const w = rowWeights(3000, [win], standard);

  test.each([
    ['first row of the window', 1000, 1.0],
    ['25% into the window', 1000 + Math.round(0.25 * 396), 0.967],
    ['halfway', 1000 + 198, 0.861],
    ['75% into the window', 1000 + Math.round(0.75 * 396), 0.565],
    ['last row', 1396, 0.006],
    ['before the first window', 999, -0.11],
    ['10 rows after the window', 1406, -0.007],
    ['a quarter width after', 1396 + 99, -0.061],
    ['half a width after', 1396 + 198, -0.093],
    ['one width after', 1396 + 396, -0.1085],
    ['more than 3 widths after', 1396 + 3 * 396 + 1, -0.11],
  ])('%s', (_name, row, weight) => {
    expect(w[row]).toBeCloseTo(weight, weight === -0.1085 ? 4 : 3);
  });

  test('the shifted sigmoid is 0 at 0 and exactly -1 beyond 3', () => {
    expect(scaledSigmoid(0)).toBe(0);
    expect(scaledSigmoid(3.0001)).toBe(-1);
  });

  test('probation is min(floor(0.15 N), 750) rows', () => {
    expect(probationRows(15902)).toBe(750);
    expect(probationRows(1000)).toBe(150);
  });

  test('perfect and null detectors score +W and -W, normalising to 100 and 0', () => {
    const file = prepareFile('synthetic', 3000, [{ start: 1000, end: 1396 }, { start: 2000, end: 2396 }], standard);
    const perfect = new Array<number>(3000).fill(0);
    perfect[1000] = 1;
    perfect[2000] = 1;
    expect(scoreFile(file, perfect, 0.5, standard).score).toBeCloseTo(2, 12);
    expect(scoreFile(file, new Array<number>(3000).fill(0), 0.5, standard).score).toBe(-2);
    expect(normalise(2, 2, standard)).toBe(100);
    expect(normalise(-2, 2, standard)).toBe(0);
  });

  test('detections in the probationary period are ignored', () => {
    const file = prepareFile('synthetic', 3000, [{ start: 1000, end: 1396 }], standard);
    const s = new Array<number>(3000).fill(0);
    s[10] = 1; // probation: 450 rows
    s[500] = 1; // FP before the first window: −0.11
    expect(scoreFile(file, s, 0.5, standard).score).toBeCloseTo(-1.11, 12);
  });
});

describe('reproduces NAB published per-file raw scores', () => {
  const detectors = ['contextOSE', 'numenta', 'earthgeckoSkyline', 'twitterADVec'];
  const cases = detectors.flatMap((det) => TICKERS.map((t) => [det, t] as const));

  test.each(cases)('%s on %s at NAB corpus-wide threshold, to 1e-6', (det, ticker) => {
    const published = readPublishedScores(path.join(FIX, 'results', det, `${det}_standard_scores.csv`));
    const { file, scores } = loadDetector(det, ticker);
    const got = scoreFile(file, scores, published.threshold, standard).score;
    expect(Math.abs(got - published.byFile.get(labelKey(ticker))!)).toBeLessThan(1e-6);
  });

  // nab-baselines.md: these five files at NAB's threshold, and re-optimised on them.
  test.each([
    ['contextOSE', 76.0, 76.0],
    ['numenta', 66.1, 67.4],
    ['earthgeckoSkyline', 77.8, 77.8],
    ['twitterADVec', 66.0, 66.0],
  ] as const)('%s normalises to %s (%s re-optimised) on the five files', (det, atNab, reOptimised) => {
    const published = readPublishedScores(path.join(FIX, 'results', det, `${det}_standard_scores.csv`));
    const files = TICKERS.map((t) => loadDetector(det, t));
    const total = files.reduce((s, f) => s + scoreFile(f.file, f.scores, published.threshold, standard).score, 0);
    expect(normalise(total, 16, standard).toFixed(1)).toBe(atNab.toFixed(1));
    expect(normalise(optimiseThreshold(files, standard).score, 16, standard).toFixed(1)).toBe(reOptimised.toFixed(1));
  });

  test('ARTime CRM: every per-row S(t)_standard weight and the file score', () => {
    const { file, scores, cols } = loadDetector('ARTime', 'CRM');
    const oracle = cols.get('S(t)_standard')!.map(Number);
    let maxErr = 0;
    oracle.forEach((v, i) => (maxErr = Math.max(maxErr, Math.abs(v - file.weights[i]!))));
    expect(oracle).toHaveLength(15902);
    expect(maxErr).toBeLessThan(1e-9);
    const published = readPublishedScores(path.join(FIX, 'results', 'ARTime', 'ARTime_standard_scores.csv'));
    expect(Math.abs(scoreFile(file, scores, published.threshold, standard).score - published.byFile.get(labelKey('CRM'))!)).toBeLessThan(1e-6);
  });
});
