/**
 * Leave-one-file-out cross-validation of a tuning procedure (issue 13): for each file, choose the
 * setting on the OTHER files only, score the chosen setting on the held-out file, rotate. The sum of
 * the held-out scores, normalised like NAB's, estimates what the procedure would score on files it
 * never saw — which the in-sample score (choose and score on the same files) cannot tell.
 *
 * Pure arithmetic over a table of raw NAB scores, one per (setting, file): the detector runs once per
 * pair, however many folds. A "setting" is a point of a grid (one index per axis), so the selection
 * rule can prefer plateaus to peaks: a setting is judged by the mean training score of itself and
 * its grid neighbours (one step along one axis), so a lone peak next to a cliff loses to a point
 * whose neighbourhood scores nearly as well. `rule: 'peak'` judges each setting alone.
 */
import { normalise, type NabProfile } from './scorer.ts';

/** One tuning axis: a name and its values in order (neighbours are adjacent values). */
export interface Axis<V = number> {
  name: string;
  values: readonly V[];
}

/** A grid point: one index per axis. */
export type GridPoint = readonly number[];

/** Every point of the grid, first axis slowest. An empty axis list gives one point (no tuning). */
export function gridPoints(axes: readonly Axis<unknown>[]): GridPoint[] {
  let out: number[][] = [[]];
  for (const axis of axes) {
    if (axis.values.length === 0) throw new Error(`axis ${axis.name} has no values`);
    out = out.flatMap((p) => axis.values.map((_, i) => [...p, i]));
  }
  return out;
}

/** Indices (into `points`) of the point itself and of every point one step away along one axis. */
export function neighbourhood(points: readonly GridPoint[], at: number): number[] {
  const p = points[at]!;
  const out: number[] = [];
  points.forEach((q, j) => {
    let steps = 0;
    for (let k = 0; k < p.length && steps <= 1; k++) steps += Math.abs(p[k]! - q[k]!);
    if (steps <= 1) out.push(j);
  });
  return out;
}

export type SelectionRule = 'peak' | 'plateau';

export interface ScoreTable {
  /** raw[s][f]: raw NAB score of setting s on file f. */
  raw: readonly (readonly number[])[];
  /** Labelled windows per file (for normalising). */
  windows: readonly number[];
}

/**
 * The setting `rule` chooses from the files in `train`: highest judged score, ties to the higher
 * own score, then to the lower index (so a grid listed from cautious to eager prefers caution).
 */
export function choose(points: readonly GridPoint[], table: ScoreTable, train: readonly number[], rule: SelectionRule): number {
  const own = table.raw.map((row) => train.reduce((t, f) => t + row[f]!, 0));
  const judged = rule === 'peak' ? own : points.map((_, s) => mean(neighbourhood(points, s).map((j) => own[j]!)));
  let best = 0;
  for (let s = 1; s < points.length; s++) {
    if (judged[s]! > judged[best]! + 1e-9 || (Math.abs(judged[s]! - judged[best]!) <= 1e-9 && own[s]! > own[best]! + 1e-9)) best = s;
  }
  return best;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((t, x) => t + x, 0) / xs.length;
}

export interface CrossValidation {
  /** Normalised NAB score of the held-out files, each scored at the setting chosen without it. */
  cv: number;
  /** Normalised NAB score of the setting chosen on all files, scored on all files. */
  inSample: number;
  /** The setting chosen on all files (index into the grid's points). */
  chosen: number;
  /** Per held-out file: the setting chosen on the others and its raw score on the held-out file. */
  folds: { file: number; chosen: number; raw: number }[];
}

/**
 * `table` holds the scores that are reported (the files as they are); `select` the scores the
 * choice reads, by default the same. An augmented `select` (each file's score plus its thinned
 * copies', thin.ts) tunes for every volume while the held-out file is still scored as it is.
 */
export function leaveOneFileOut(
  points: readonly GridPoint[],
  table: ScoreTable,
  profile: NabProfile,
  rule: SelectionRule = 'plateau',
  select: ScoreTable = table,
): CrossValidation {
  for (const t of [table, select]) {
    if (t.raw.length !== points.length) throw new Error(`${t.raw.length} score rows for ${points.length} settings`);
  }
  const nFiles = table.windows.length;
  if (nFiles < 2) throw new Error('cross-validation needs at least two files');
  const all = Array.from({ length: nFiles }, (_, f) => f);
  const totalWindows = table.windows.reduce((t, w) => t + w, 0);
  const folds = all.map((file) => {
    // The held-out file's scores are never read here: only `all` minus `file`.
    const chosen = choose(points, select, all.filter((f) => f !== file), rule);
    return { file, chosen, raw: table.raw[chosen]![file]! };
  });
  const chosen = choose(points, select, all, rule);
  const inSampleRaw = all.reduce((t, f) => t + table.raw[chosen]![f]!, 0);
  return {
    cv: normalise(folds.reduce((t, f) => t + f.raw, 0), totalWindows, profile),
    inSample: normalise(inSampleRaw, totalWindows, profile),
    chosen,
    folds,
  };
}

/** `{ threshold: 3, likelihood: 2.5 }` for a grid point. */
export function settingOf<V>(axes: readonly Axis<V>[], point: GridPoint): Record<string, V> {
  return Object.fromEntries(axes.map((a, k) => [a.name, a.values[point[k]!]!]));
}
