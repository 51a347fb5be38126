/**
 * k-fold cross-validation of keep-or-drop decisions, pure and generic (no data, no analyser): the
 * sentiment CV in scripts/sentiment-cv.ts runs it over the shared English sets, and
 * tests/unit/analysis/cross-validate.test.ts checks it on synthetic predictions.
 *
 * Each candidate is a switch whose predictions with it on and off are known per row. On every
 * split, the training rows decide each candidate on its own: a default rule (`stays`) stays unless
 * dropping it gains more than `margin` on the training objective; any other rule stays only if it
 * gains more than `margin` (prefer the simpler model and plateaus to peaks: a gain inside the
 * margin is noise at these sizes, one or two rows). The held rows are then scored with the rules
 * so chosen, and the held predictions of all folds pooled into one cross-validated figure.
 */

export interface Labelled {
  gold: boolean;
}

/** Fold of each row: interleaved (row i in fold i mod k), so a file sorted by id or by source spreads over every fold. */
export function foldOf(row: number, k: number): number {
  return row % k;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function f1(c: Counts): number {
  return c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}

/** Negative-class counts of `pred` against `gold` over the rows `use` accepts. */
export function countWhere(gold: readonly boolean[], pred: readonly boolean[], use: (row: number) => boolean): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  for (let i = 0; i < gold.length; i++) {
    if (!use(i)) continue;
    if (gold[i] && pred[i]) c.tp += 1;
    else if (pred[i]) c.fp += 1;
    else if (gold[i]) c.fn += 1;
  }
  return c;
}

export interface Candidate {
  name: string;
  /** A default (VADER's own rules, or a behaviour the sets do not measure): it stays unless
   * dropping it earns its place. Otherwise the rule must earn its own. */
  stays: boolean;
}

/** Several labelled sets (tweets, review snippets...), each with its gold labels and, per
 * configuration key, its predictions. The objective is the mean F1 over the sets. */
export interface SetPredictions {
  name: string;
  gold: readonly boolean[];
  /** Key "" is every candidate on; a candidate's name is that one off. */
  byConfig: ReadonlyMap<string, readonly boolean[]>;
}

/** Whether to keep a candidate, given what it gains on the training objective (F1 points). */
export function keep(candidate: Candidate, gain: number, margin: number): boolean {
  return candidate.stays ? gain >= -margin : gain > margin;
}

/** The candidates dropped when deciding on the rows `use` accepts. */
export function decide(sets: readonly SetPredictions[], candidates: readonly Candidate[], margin: number, use: (set: number, row: number) => boolean): string[] {
  const objective = (config: string) =>
    sets.reduce((sum, s, k) => sum + 100 * f1(countWhere(s.gold, s.byConfig.get(config) ?? [], (row) => use(k, row))), 0) / Math.max(1, sets.length);
  const all = objective('');
  return candidates.filter((c) => !keep(c, all - objective(c.name), margin)).map((c) => c.name);
}

export interface CvResult {
  /** Per fold, the candidates dropped on its training rows. */
  dropped: string[][];
  /** Per set, the pooled held-fold F1 (points). */
  cvF1: number[];
}

/**
 * k-fold CV of `decide`. `predictWithout(dropped, set, row)` gives the prediction of a row with
 * the dropped candidates off (usually read from `byConfig`, or computed for a combination).
 */
export function crossValidate(
  sets: readonly SetPredictions[],
  candidates: readonly Candidate[],
  k: number,
  margin: number,
  predictWithout: (dropped: readonly string[], set: number, row: number) => boolean,
): CvResult {
  const dropped: string[][] = [];
  const held = sets.map((s) => new Array<boolean>(s.gold.length).fill(false));
  for (let f = 0; f < k; f++) {
    const off = decide(sets, candidates, margin, (_set, row) => foldOf(row, k) !== f);
    dropped.push(off);
    sets.forEach((s, j) => {
      for (let row = 0; row < s.gold.length; row++) if (foldOf(row, k) === f) (held[j] as boolean[])[row] = predictWithout(off, j, row);
    });
  }
  return { dropped, cvF1: sets.map((s, j) => 100 * f1(countWhere(s.gold, held[j] ?? [], () => true))) };
}
