/**
 * Comparing records and times for the merge. Records are compared by value with keys in any
 * order (a row read back from IndexedDB and one built by a spread list the same fields in
 * different orders) and absent equal to `undefined` (JSON has no `undefined`).
 */

/** JSON with object keys sorted: equal records give equal text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

export function sameRecord(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

/**
 * Milliseconds of an ISO time, -Infinity when absent. Times are compared as numbers, not text:
 * `…:00Z` and `…:00.000Z` are the same instant but do not sort as the same string.
 */
export function timeOf(iso: string | undefined): number {
  if (iso === undefined) return -Infinity;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
}

/** The later of two ISO times (`a` on a tie), keeping the text as written. */
export function laterIso(a: string | undefined, b: string | undefined): string | undefined {
  return timeOf(b) > timeOf(a) ? b : a;
}

/** The earlier of two ISO times (`a` on a tie). */
export function earlierIso(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return timeOf(b) < timeOf(a) ? b : a;
}
