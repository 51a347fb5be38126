/**
 * Runs a surge detector over the NAB realTweets files and scores it with the NAB scorer. Shared by
 * `scripts/eval-surge.ts` and experiments; no per-file settings: one options object for all files.
 */
import path from 'node:path';
import { SurgeDetector } from '../../lib/surge/detector.ts';
import { type SurgeOptions } from '../../lib/surge/presets.ts';
import { labelKey, readSeries, readWindows, TICKERS } from './load.ts';
import { normalise, optimiseThreshold, prepareFile, PROFILES, scoreFile, windowsToRows, type FileScore, type PreparedFile } from './scorer.ts';

/** NAB timestamps carry no zone (README): read them as UTC. */
export const nabTime = (ts: string): number => Date.parse(ts.replace(' ', 'T') + 'Z');

export interface EvalFile {
  ticker: string;
  file: PreparedFile;
  timestamps: string[];
  values: number[];
}

export function loadNabFiles(dir: string): EvalFile[] {
  const labels = readWindows(path.join(dir, 'combined_windows.json'));
  return TICKERS.map((ticker) => {
    const { timestamps, values } = readSeries(path.join(dir, `Twitter_volume_${ticker}.csv`));
    const file = prepareFile(ticker, timestamps.length, windowsToRows(timestamps, labels[labelKey(ticker)]!), PROFILES.standard);
    return { ticker, file, timestamps, values };
  });
}

/** NAB's anomaly_score column for one file: the detector's onset score per row. */
export function detectorScores(f: EvalFile, options: SurgeOptions): number[] {
  const det = new SurgeDetector(options);
  return f.values.map((v, i) => det.observe({ start: nabTime(f.timestamps[i]!), negatives: v }).score);
}

export interface EvalResult {
  perFile: { ticker: string; result: FileScore }[];
  raw: number;
  normalised: number;
  windows: number;
  /** In-sample: NAB's threshold sweep on these same files (for comparison only). */
  reoptimised: { threshold: number; normalised: number };
}

/** Scores at the detector's own decision threshold, 0.5 (score ≥ 0.5 ⇔ an alert opens). */
export function evaluate(files: EvalFile[], options: SurgeOptions, threshold = 0.5): EvalResult {
  const standard = PROFILES.standard;
  const scored = files.map((f) => ({ f, scores: detectorScores(f, options) }));
  const perFile = scored.map(({ f, scores }) => ({ ticker: f.ticker, result: scoreFile(f.file, scores, threshold, standard) }));
  const raw = perFile.reduce((t, p) => t + p.result.score, 0);
  const windows = files.reduce((n, f) => n + f.file.windows.length, 0);
  const opt = optimiseThreshold(scored.map(({ f, scores }) => ({ file: f.file, scores })), standard);
  return {
    perFile,
    raw,
    windows,
    normalised: normalise(raw, windows, standard),
    reoptimised: { threshold: opt.threshold, normalised: normalise(opt.score, windows, standard) },
  };
}
