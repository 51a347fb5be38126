/**
 * Binomial thinning: each mention of a count is kept with probability p, so a file becomes the
 * series a brand with p times the volume would have had, with the same labelled surges (Steutel &
 * van Harn's thinning operator). Used as a robustness check and a training augmentation: the five
 * shared files are big tickers (median up to 50 mentions per 5 minutes), and a setting whose surge
 * evidence only just clears its threshold there misses the same surge at a quarter of the volume —
 * the "cliff" of issue 13. Deterministic: the generator is seeded, no Math.random.
 */

/** A 32-bit linear congruential generator (Numerical Recipes' constants), uniform in [0, 1). */
export function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/** Each count thinned to Binomial(count, p); p = 1 returns the same numbers. */
export function thin(values: readonly number[], p: number, seed: number): number[] {
  if (!(p > 0 && p <= 1)) throw new Error(`thinning probability ${p} is not in (0, 1]`);
  if (p === 1) return [...values];
  const rand = lcg(seed);
  return values.map((v) => {
    let kept = 0;
    for (let i = 0; i < v; i++) if (rand() < p) kept++;
    return kept;
  });
}
