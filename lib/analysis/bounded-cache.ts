/**
 * The analyser's memo tables as explicit objects with a stated bound. The analyser runs for hours
 * in the MV3 service worker on every post it meets, within a 60 MB budget (bench/analysis-heap.ts),
 * so a table that grows with its input must say how far it grows and what it holds on to.
 *
 * Policy: when full, a table starts over (clear, then add). Every table here memoises a pure
 * function, so a miss costs time, never a different answer, and clearing is O(1) per entry added
 * where keeping a least-recently-used order would cost on every hit.
 */

/**
 * A string with the same characters that shares no memory with `s`. V8 makes a slice of 13 or
 * more characters a SlicedString: a view that keeps its whole parent alive. The tokens' words are
 * such slices of the post, so a memo keyed by them kept every post it had seen (20,000 distinct
 * 10 KB posts: ~190 MB, tests/unit/analysis/memo-heap.test.ts). `' ' + s` is a ConsString, and
 * slicing it flattens it into a new sequential string first: the result is a view of that private
 * copy, one character longer than `s`. Shorter strings are copied by slice() itself. Checked with
 * %DebugPrint on Node 20 (SLICED_ONE_BYTE_STRING whose parent is the copy) and by the heap test.
 */
export function ownString(s: string): string {
  return (' ' + s).slice(1);
}

/** A Map of at most `limit` entries that starts over when full. String keys are stored as
 * copies (ownString), so an entry never keeps the text its key was cut from alive. */
export class BoundedMap<K, V> {
  private readonly map = new Map<K, V>();

  constructor(readonly limit: number) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): void {
    if (this.map.size >= this.limit && !this.map.has(key)) this.map.clear();
    this.map.set(typeof key === 'string' ? (ownString(key) as K) : key, value);
  }

  clear(): void {
    this.map.clear();
  }
}

/**
 * Memos per scope (a language pack) with one bound for all scopes together: a post reads up to
 * three packs, and the bound is about the worker's memory, not any one language. Keys longer
 * than `maxKeyLength` are not kept, so the bound holds in bytes as well as in entries: a
 * 10,000-letter "word" would otherwise hold 20 KB per entry.
 */
export class ScopedMemo<S, V> {
  private readonly scopes = new Map<S, Map<string, V>>();
  private entries = 0;

  constructor(
    readonly limit: number,
    readonly maxKeyLength: number,
  ) {}

  get size(): number {
    return this.entries;
  }

  get(scope: S, key: string): V | undefined {
    return this.scopes.get(scope)?.get(key);
  }

  set(scope: S, key: string, value: V): void {
    if (key.length > this.maxKeyLength) return;
    if (this.entries >= this.limit) this.clear();
    let memo = this.scopes.get(scope);
    if (!memo) this.scopes.set(scope, (memo = new Map()));
    if (!memo.has(key)) this.entries += 1;
    memo.set(ownString(key), value);
  }

  clear(): void {
    for (const m of this.scopes.values()) m.clear();
    this.entries = 0;
  }
}
