/**
 * Negative-class counts and scores shared by the evaluation scripts (eval-analysis.ts, eval-cjk.ts):
 * "negative" against everything else, as the targets are stated.
 */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Counts of [gold negative, predicted negative] pairs. */
export function count(pairs: Iterable<readonly [boolean, boolean]>): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const [gold, pred] of pairs) {
    if (gold && pred) c.tp += 1;
    else if (!gold && pred) c.fp += 1;
    else if (gold && !pred) c.fn += 1;
    else c.tn += 1;
  }
  return c;
}

export function precisionOf(c: Counts): number {
  return c.tp / Math.max(1, c.tp + c.fp);
}

export function recallOf(c: Counts): number {
  return c.tp / Math.max(1, c.tp + c.fn);
}

export function f1Of(c: Counts): number {
  const p = precisionOf(c);
  const r = recallOf(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
