/**
 * Small figures the report computes: nearest-rank percentiles (the method the team summary uses,
 * lib/team/response-times.ts, so the two never disagree on the same mentions), means, and counts
 * sorted for "top" lists.
 */

/**
 * Nearest-rank percentile of values sorted ascending (p in 0..1): the smallest value with at
 * least p of the values at or below it. No interpolation: with few values it is always a time
 * that really happened. The median of [1, 2, 3, 4] is 2 by this rule.
 */
export function nearestRank(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export interface Count<K extends string = string> {
  key: K;
  count: number;
}

/** Counts, most first, ties by key (so the order never depends on input order). */
export function sortedCounts<K extends string>(counts: ReadonlyMap<K, number>): Count<K>[] {
  return [...counts.entries()]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}
