/**
 * Runs every candidate's grid over the NAB files (and their thinned copies), once per setting and
 * file — settings shared by candidates with the same scorer are run once — then cross-validates
 * each candidate (cross-validate.ts). Used by `npm run eval:surge`.
 */
import type { Candidate } from './candidates.ts';
import { THIN_DRAWS, THIN_LEVELS } from './candidates.ts';
import { gridPoints, leaveOneFileOut, settingOf, type CrossValidation, type ScoreTable } from './cross-validate.ts';
import type { EvalFile } from './evaluate.ts';
import { normalise, PROFILES, scoreFile } from './scorer.ts';
import { thin } from './thin.ts';

export interface CandidateResult {
  candidate: Candidate;
  cv: CrossValidation;
  /** The setting chosen on all files, and per fold. */
  chosen: Record<string, number>;
  foldChoices: Record<string, number>[];
  /** Normalised score of the chosen setting on the thinned copies of all files, per THIN_LEVELS
   * entry (mean of its draws). */
  thinned: number[];
}

/** The series variants: the files as they are, then THIN_DRAWS copies per thinning level. */
function variants(): { p: number; draw: number }[] {
  return [{ p: 1, draw: 0 }, ...THIN_LEVELS.flatMap((p) => Array.from({ length: THIN_DRAWS }, (_, d) => ({ p, draw: d + 1 })))];
}

/** Seed per file and copy: the same copies every run. */
const seedOf = (file: number, p: number, draw: number): number => 7_919 * draw + 1_000 * (file + 1) + Math.round(p * 100);

export function crossValidateCandidates(files: readonly EvalFile[], candidates: readonly Candidate[]): CandidateResult[] {
  const profile = PROFILES.standard;
  const levels = variants();
  const series = levels.map(({ p, draw }) => files.map((f, i) => ({ timestamps: f.timestamps, values: thin(f.values, p, seedOf(i, p, draw)) })));
  const cache = new Map<string, number>();
  const raw = (c: Candidate, setting: Record<string, number>, level: number, file: number): number => {
    const key = `${c.scorer}|${JSON.stringify(setting)}|${level}|${file}`;
    let score = cache.get(key);
    if (score === undefined) {
      const scores = c.scores(setting, series[level]![file]!);
      score = scoreFile(files[file]!.file, scores, 0.5, profile).score;
      cache.set(key, score);
    }
    return score;
  };
  const windows = files.map((f) => f.file.windows.length);
  const totalWindows = windows.reduce((t, w) => t + w, 0);

  return candidates.map((c) => {
    const points = gridPoints(c.axes);
    const settings = points.map((p) => settingOf(c.axes, p));
    const table: ScoreTable = { raw: settings.map((s) => files.map((_, f) => raw(c, s, 0, f))), windows };
    const select: ScoreTable = c.augmented
      ? { raw: settings.map((s) => files.map((_, f) => levels.reduce((t, _l, li) => t + raw(c, s, li, f), 0))), windows }
      : table;
    const cv = leaveOneFileOut(points, table, profile, c.rule, select);
    const chosen = settings[cv.chosen]!;
    const thinned = THIN_LEVELS.map((p) => {
      const copies = levels.flatMap((l, li) => (l.p === p ? [li] : []));
      const total = copies.reduce((t, li) => t + files.reduce((u, _f, f) => u + raw(c, chosen, li, f), 0), 0);
      return normalise(total / copies.length, totalWindows, profile);
    });
    return { candidate: c, cv, chosen, foldChoices: cv.folds.map((f) => settings[f.chosen]!), thinned };
  });
}
