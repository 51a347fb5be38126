/**
 * Brigades: near-identical posts (copy-paste campaigns, the same complaint reposted, one review
 * text posted under many accounts) shown as one inbox row.
 *
 * Each text gets a MinHash signature over its character 5-grams after normalising away what
 * campaigns vary (links, @handles, case, punctuation, spacing, full-width forms). Signatures use
 * one-permutation hashing with rotation densification (Li, Owen & Zhang, "One Permutation
 * Hashing", NIPS 2012; Shrivastava & Li, ICML 2014): one hash per shingle instead of one per
 * shingle and permutation. Two texts whose 5-gram sets have Jaccard similarity s share one of the
 * BANDS bands of ROWS values with probability 1 − (1 − s^ROWS)^BANDS (locality-sensitive hashing,
 * Leskovec, Rajaraman & Ullman, "Mining of Massive Datasets", ch. 3): 0.95 at s = 0.9, 0.70 at
 * 0.8, 0.18 at 0.6. A candidate pair joins only if at least CONFIRM of the SIGNATURE values agree
 * (estimated s ≥ 0.75), which removes most chance candidates.
 *
 * Incremental: a new post looks up its BANDS buckets and joins the group it finds (union-find);
 * nothing else is touched, so 50,000 stored posts are never compared again. Very short texts
 * (under MIN_SHINGLE_TEXT characters after normalising) only group when exactly equal: two
 * different three-word complaints share too few 5-grams to say anything.
 *
 * Removing a post does not split a group it once joined (union-find cannot); the groups are
 * rebuilt from the texts whenever the panel opens (it reads the store again), and a saved digest
 * keeps only each post's group, not its signature.
 */

export const SHINGLE = 5;
export const BANDS = 4;
export const ROWS = 6;
export const SIGNATURE = BANDS * ROWS;
export const CONFIRM = 18;
export const MIN_SHINGLE_TEXT = 24;

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/giu;
const HANDLE_RE = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_]{1,30}/gu;
const RT_RE = /^rt\s+/u;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** What a campaign keeps when it copies a post: the words, not links, handles or punctuation. */
export function normalizeForBrigade(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(URL_RE, ' ')
    .replace(HANDLE_RE, '$1 ')
    .trim()
    .replace(RT_RE, '')
    .replace(NOT_WORD, ' ')
    .trim();
}

/** FNV-1a over UTF-16 code units. */
function fnv1a(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's 32-bit finaliser: spreads FNV's low-entropy bits over the whole word. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const EMPTY_BIN = 0xffffffff;

/** The SIGNATURE-value MinHash of a text (see the file comment); undefined for an empty text. */
export function brigadeSignature(text: string): Uint32Array | undefined {
  const norm = normalizeForBrigade(text);
  if (!norm) return undefined;
  const sig = new Uint32Array(SIGNATURE);
  if (norm.length < MIN_SHINGLE_TEXT) {
    // Exact match only: every value is the hash of the whole text.
    sig.fill(mix(fnv1a(norm)) >>> 1);
    return sig;
  }
  sig.fill(EMPTY_BIN);
  for (let i = 0; i + SHINGLE <= norm.length; i++) {
    const h = mix(fnv1a(norm, i, i + SHINGLE));
    const bin = h % SIGNATURE;
    // Values keep 31 bits so a real value never equals EMPTY_BIN.
    const v = h >>> 1;
    if (v < sig[bin]!) sig[bin] = v;
  }
  // Rotation densification: an empty bin borrows the next non-empty bin's value, offset by the
  // distance so two texts agree on it only if they agree on the borrowed value.
  for (let b = 0; b < SIGNATURE; b++) {
    if (sig[b] !== EMPTY_BIN) continue;
    for (let step = 1; step < SIGNATURE; step++) {
      const v = sig[(b + step) % SIGNATURE]!;
      if (v !== EMPTY_BIN && (b + step) % SIGNATURE !== b) {
        sig[b] = mix(v + step * 0x9e3779b9) >>> 1;
        break;
      }
    }
  }
  return sig;
}

/** Share of equal signature values: an estimate of the Jaccard similarity of the 5-gram sets. */
export function agreement(a: ArrayLike<number>, aAt: number, b: ArrayLike<number>, bAt: number): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE; i++) if (a[aAt + i] === b[bAt + i]) same++;
  return same;
}

/**
 * Groups of near-identical texts over slots 0..n (the digest's row numbers). `add` is the only
 * way in; `root` names a slot's group.
 */
export class BrigadeIndex {
  private parent = new Int32Array(0);
  private sigs = new Uint32Array(0);
  private has = new Uint8Array(0);
  private readonly buckets: Map<number, number[]>[] = Array.from({ length: BANDS }, () => new Map());
  /** Signature comparisons made so far (the bench reports it: incremental means few). */
  comparisons = 0;

  private grow(slot: number): void {
    if (slot < this.parent.length) return;
    const cap = Math.max(1024, this.parent.length * 2, slot + 1);
    const parent = new Int32Array(cap);
    parent.set(this.parent);
    for (let i = this.parent.length; i < cap; i++) parent[i] = i;
    const sigs = new Uint32Array(cap * SIGNATURE);
    sigs.set(this.sigs);
    const has = new Uint8Array(cap);
    has.set(this.has);
    this.parent = parent;
    this.sigs = sigs;
    this.has = has;
  }

  root(slot: number): number {
    if (slot >= this.parent.length) return slot;
    let x = slot;
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!; // path halving
      x = this.parent[x]!;
    }
    return x;
  }

  private union(a: number, b: number): void {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra === rb) return;
    // The older slot stays the root: groups keep their identity as they grow.
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }

  /** Restore groups saved as each slot's root (a saved digest): they show at once; new posts
   * join them only after `add` has indexed the members' signatures again. */
  seedGroups(roots: ArrayLike<number>): void {
    this.grow(roots.length - 1);
    for (let s = 0; s < roots.length; s++) this.parent[s] = roots[s]!;
  }

  signatureAt(slot: number): Uint32Array | undefined {
    return slot < this.has.length && this.has[slot] ? this.sigs.subarray(slot * SIGNATURE, (slot + 1) * SIGNATURE) : undefined;
  }

  /** Index a slot's signature (once per slot; a later call for the same slot is ignored). */
  add(slot: number, sig: Uint32Array | undefined): void {
    this.grow(slot);
    if (!sig || this.has[slot]) return;
    this.has[slot] = 1;
    this.sigs.set(sig, slot * SIGNATURE);
    for (let band = 0; band < BANDS; band++) {
      let key = 0x811c9dc5 ^ band;
      for (let r = 0; r < ROWS; r++) key = mix(key ^ sig[band * ROWS + r]!);
      const bucket = this.buckets[band]!.get(key);
      if (!bucket) {
        this.buckets[band]!.set(key, [slot]);
        continue;
      }
      // One comparison per group in the bucket, and a bucket keeps one slot per group: a
      // brigade of 40 copies costs the 41st one comparison, not 40.
      for (const other of bucket) {
        if (this.root(other) === this.root(slot)) continue;
        this.comparisons++;
        if (agreement(this.sigs, slot * SIGNATURE, this.sigs, other * SIGNATURE) >= CONFIRM) this.union(slot, other);
      }
      if (!bucket.some((other) => this.root(other) === this.root(slot))) bucket.push(slot);
    }
  }
}
