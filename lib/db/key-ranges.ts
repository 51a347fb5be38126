/**
 * Key ranges over the compound inbox indexes (`[flagged, …filters, sortAt, id]`).
 *
 * IndexedDB orders arrays element by element, a shorter array before any longer one with the
 * same start, and any array after every string (W3C IndexedDB 3.0, "compare two keys"). So
 * `[...prefix]` sorts before every key that starts with `prefix`, and `[...prefix, []]` after all
 * of them. `IDBKeyRange` is the global of the context we run in (extension pages and the service
 * worker have it; Node tests get fake-indexeddb's through `fake-indexeddb/auto`).
 */

export type KeyPrefix = readonly (string | number)[];

/** Where the previous page ended. */
export interface PagePosition {
  sortAt: string;
  id: string;
}

/** Every key starting with `prefix`. */
export function prefixRange(prefix: KeyPrefix): IDBKeyRange {
  return IDBKeyRange.bound([...prefix], [...prefix, []], false, true);
}

/** Keys starting with `prefix` that sort strictly before `before` (sortAt, id), i.e. older. */
export function prefixRangeBefore(prefix: KeyPrefix, before: PagePosition | undefined): IDBKeyRange {
  if (!before) return prefixRange(prefix);
  return IDBKeyRange.bound([...prefix], [...prefix, before.sortAt, before.id], false, true);
}

/** Keys starting with `prefix` whose next element (sortAt) is strictly below `sortAt`. */
export function prefixRangeOlderThan(prefix: KeyPrefix, sortAt: string): IDBKeyRange {
  return IDBKeyRange.bound([...prefix], [...prefix, sortAt], false, true);
}

/** The key that comes after every key starting with `prefix` (for `cursor.continue`). */
export function afterPrefix(prefix: KeyPrefix): IDBValidKey {
  return [...prefix, []];
}

/** The (sortAt, id) tail of a compound inbox key. */
export function keyTail(key: IDBValidKey): PagePosition {
  if (!Array.isArray(key) || key.length < 2) throw new TypeError('not a compound inbox key');
  return { sortAt: String(key[key.length - 2]), id: String(key[key.length - 1]) };
}

/** Newest first: positive when `a` sorts before `b` in the inbox (later sortAt, then larger id). */
export function compareNewestFirst(a: PagePosition, b: PagePosition): number {
  // IndexedDB compares strings by UTF-16 code units, exactly like `<` on JS strings.
  if (a.sortAt !== b.sortAt) return a.sortAt > b.sortAt ? 1 : -1;
  if (a.id !== b.id) return a.id > b.id ? 1 : -1;
  return 0;
}
