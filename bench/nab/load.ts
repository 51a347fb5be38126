/**
 * Reading NAB files: data CSVs (`timestamp,value`), per-row detector results (`.csv.gz`, column
 * order varies by detector), `combined_windows.json` and the `*_scores.csv` summaries.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The five realTweets files of the shared half (`../shared/data/nab-tweets/README.md`). */
export const TICKERS = ['AAPL', 'AMZN', 'CRM', 'CVS', 'FB'] as const;
export type Ticker = (typeof TICKERS)[number];

export const labelKey = (ticker: string): string => `realTweets/Twitter_volume_${ticker}.csv`;

function readText(file: string): string {
  const buf = readFileSync(file);
  return file.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
}

/** Columns of a NAB CSV by header name; every cell kept as a string. */
export function readColumns(file: string): Map<string, string[]> {
  const lines = readText(file).split(/\r?\n/).filter((l) => l.length > 0);
  const header = (lines[0] ?? '').split(',');
  const cols = new Map<string, string[]>(header.map((h) => [h, []]));
  for (let r = 1; r < lines.length; r++) {
    const cells = lines[r]!.split(',');
    header.forEach((h, c) => cols.get(h)!.push(cells[c] ?? ''));
  }
  return cols;
}

export interface NabSeries {
  timestamps: string[];
  values: number[];
}

/** A NAB data file, or the timestamp/value columns of a result file. */
export function readSeries(file: string): NabSeries {
  const cols = readColumns(file);
  return { timestamps: cols.get('timestamp') ?? [], values: (cols.get('value') ?? []).map(Number) };
}

/** The `anomaly_score` column of a detector's per-row result file. */
export function readAnomalyScores(file: string): { timestamps: string[]; scores: number[] } {
  const cols = readColumns(file);
  const scores = cols.get('anomaly_score');
  if (!scores) throw new Error(`${file}: no anomaly_score column`);
  return { timestamps: cols.get('timestamp') ?? [], scores: scores.map(Number) };
}

export type WindowLabels = Record<string, [string, string][]>;

export function readWindows(file: string): WindowLabels {
  return JSON.parse(readFileSync(file, 'utf8')) as WindowLabels;
}

/** `Score` per file (keyed by `realTweets/...csv`) and the threshold from a `*_scores.csv`. */
export function readPublishedScores(file: string): { threshold: number; byFile: Map<string, number> } {
  const cols = readColumns(file);
  const files = cols.get('File') ?? [];
  const scores = cols.get('Score') ?? [];
  const thresholds = cols.get('Threshold') ?? [];
  const byFile = new Map<string, number>();
  let threshold = NaN;
  files.forEach((f, i) => {
    if (f) {
      byFile.set(f, Number(scores[i]));
      threshold = Number(thresholds[i]);
    }
  });
  return { threshold, byFile };
}

/** `../shared/data/nab-tweets` beside the clone, or undefined when absent (a plain clone). */
export function sharedNabDir(repoRoot: string): string | undefined {
  const dir = path.resolve(repoRoot, '..', 'shared', 'data', 'nab-tweets');
  return existsSync(path.join(dir, 'combined_windows.json')) ? dir : undefined;
}
