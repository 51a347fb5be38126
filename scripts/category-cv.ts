/**
 * Cross-validation of the category-cue layer's constants (lib/analysis/category-cues.ts
 * CueConfig) over the category tables the rules were tuned on (tune, held-out 1-4), so
 * the figures say how well choosing the constants generalises, not how well they fit.
 *
 * - Language folds: for each of the eight languages, the constants are chosen on the other seven
 *   (best macro F1) and the held-out language is predicted with them.
 * - Row folds: five folds over the rows (row i in fold i mod 5), the same way.
 * The pooled predictions are scored like any table (category-table.ts). The cue words themselves
 * were written by hand after reading those tables' misses: no fold can take them back, so read
 * the cross-validated figure as "how much the constants overfit", and held-out 5 (never tuned on)
 * as the estimate for unseen posts. Used by `npm run eval -- categories`.
 */
import { analyzeText } from '../lib/analysis/index.ts';
import { CUE_CONFIG, type CueConfig } from '../lib/analysis/category-cues.ts';
import type { ComplaintCategory } from '../lib/schema.ts';
import { CATEGORY_TABLE_LANGS, scoreCategories, type CategoryRow, type CategoryScores } from './category-table.ts';

/** The constants tried: every combination below, and the layer switched off. */
export function cueConfigGrid(): CueConfig[] {
  const grid: CueConfig[] = [{ scope: 'sentence', maxGap: 0, frames: false, negation: false, cues: false, onlyWhenNone: 'all' }];
  for (const scope of ['sentence', 'stretch', 'stretch-first'] as const) {
    for (const maxGap of [20, 40, 1000]) {
      for (const negation of [false, true]) {
        for (const cues of [false, true]) {
          for (const onlyWhenNone of ['all', 'frames', 'none'] as const) grid.push({ scope, maxGap, frames: true, negation, cues, onlyWhenNone });
        }
      }
    }
  }
  return grid;
}

export const describeConfig = (c: CueConfig): string =>
  c.frames ? `${c.scope}, gap ${c.maxGap}, negators ${c.negation ? 'on' : 'off'}, cues ${c.cues ? 'on' : 'off'}, ${{ all: 'only where the phrase layer named none', frames: 'frames only where the phrase layer named none', none: 'added to the phrase layer' }[c.onlyWhenNone]}` : 'cue layer off';

export interface CvResult {
  /** Scores of the shipped constants on all rows (in-sample). */
  inSample: CategoryScores;
  byLanguage: CategoryScores;
  byRows: CategoryScores;
  /** The constants each fold chose, with how many folds chose them. */
  chosen: Map<string, number>;
}

export function crossValidateCues(rows: readonly CategoryRow[], languages: readonly string[]): CvResult {
  const grid = cueConfigGrid();
  // One prediction per row and config, computed once.
  const predictions = grid.map((config) =>
    rows.map((r) => analyzeText({ text: r.text, langHint: r.lang }, { languages, categoryCues: config }).complaint?.categories ?? ([] as ComplaintCategory[])),
  );
  const index = new Map(rows.map((r, i) => [r, i]));
  const predictWith = (k: number) => (r: CategoryRow) => predictions[k]?.[index.get(r) ?? -1] ?? [];
  const chosen = new Map<string, number>();
  const crossValidate = (foldOf: (r: CategoryRow, i: number) => number, folds: number): CategoryScores => {
    const pooled = new Map<CategoryRow, readonly ComplaintCategory[]>();
    for (let f = 0; f < folds; f++) {
      const train = rows.filter((r, i) => foldOf(r, i) !== f);
      const test = rows.filter((r, i) => foldOf(r, i) === f);
      if (test.length === 0) continue;
      let best = 0;
      let bestF1 = -1;
      grid.forEach((_, k) => {
        const f1 = scoreCategories(train, predictWith(k)).macroF1;
        // Ties go to the earlier (simpler) config.
        if (f1 > bestF1 + 1e-9) {
          best = k;
          bestF1 = f1;
        }
      });
      const name = describeConfig(grid[best] ?? CUE_CONFIG);
      chosen.set(name, (chosen.get(name) ?? 0) + 1);
      for (const r of test) pooled.set(r, predictWith(best)(r));
    }
    return scoreCategories(rows, (r) => pooled.get(r) ?? []);
  };
  const langs: readonly string[] = CATEGORY_TABLE_LANGS;
  return {
    inSample: scoreCategories(rows, (r) => analyzeText({ text: r.text, langHint: r.lang }, { languages }).complaint?.categories ?? []),
    byLanguage: crossValidate((r) => langs.indexOf(r.lang), langs.length),
    byRows: crossValidate((_, i) => i % 5, 5),
    chosen,
  };
}
