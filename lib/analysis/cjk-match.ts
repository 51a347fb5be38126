/**
 * The word layer of Japanese and Chinese: longest match over each run of Han/kana, with the
 * negators and boosters the packs list for it. ICU's word segmenter splits inflected Japanese
 * verbs ("壊|れ") and merges Chinese words across a negator ("我还没|收到"), so matching on its
 * segments would miss entries; forward maximum matching over the run is the classic dictionary
 * method for Chinese and keeps segment boundaries irrelevant.
 */
import { BoundedMap } from './bounded-cache.ts';
import { tokenAt, type Hit } from './hits.ts';
import { firstUnits, type LanguagePack } from './pack.ts';
import type { Token } from './tokenize.ts';
import { BOOSTER, NEGATION_SCALAR } from './vader-rules.ts';

type CjkEntry = { valence: number } | { marker: 'negator' | 'booster' | 'contrast' };

interface CjkDict {
  dict: Map<string, CjkEntry>;
  /** First character (UTF-16 code unit) of some entry -> the lengths of the entries starting with
   * it, longest first: longest match skips every other position at once and tries only lengths
   * that exist instead of every length from the longest entry down. */
  lengthsByFirst: Map<number, number[]>;
  /** The keys of lengthsByFirst as a table (1 = present), read before the Map. */
  firsts: Uint8Array;
  postNegators: string[];
  /** The packs' boundPostNegators merged. */
  boundPostNegators: Map<string, string>;
  /** The packs' postNegationGap words as one sticky alternation, longest first; null when none. */
  postNegationGap: RegExp | null;
}

/** The merged dictionary per list of CJK packs, built once. Bound: the lists are orderings of the
 * CJK packs (ja, zh: four lists), so 8 never fills; were a CJK pack added, the bound still holds. */
const cjkDictCache = new BoundedMap<string, CjkDict>(8);

/** The union of the CJK packs' words and markers; the first pack wins a conflict. */
function cjkDict(packs: readonly LanguagePack[]): CjkDict {
  const key = packs.map((p) => p.lang).join(',');
  const cached = cjkDictCache.get(key);
  if (cached) return cached;
  const dict = new Map<string, CjkEntry>();
  const postNegators: string[] = [];
  const boundPostNegators = new Map<string, string>();
  const gapWords = new Set<string>();
  for (const p of packs) {
    for (const [n, before] of p.boundPostNegators) if (!boundPostNegators.has(n)) boundPostNegators.set(n, before);
    for (const w of p.postNegationGap) gapWords.add(w);
    for (const [w, v] of p.words) if (!dict.has(w)) dict.set(w, { valence: v });
    for (const w of p.negators) if (!dict.has(w)) dict.set(w, { marker: 'negator' });
    for (const w of p.boosters) if (!dict.has(w)) dict.set(w, { marker: 'booster' });
    for (const w of p.contrast) if (!dict.has(w)) dict.set(w, { marker: 'contrast' });
    postNegators.push(...p.postNegators);
  }
  const lengthsByFirst = new Map<number, number[]>();
  for (const k of dict.keys()) {
    if (k === '') continue;
    const lengths = lengthsByFirst.get(k.charCodeAt(0)) ?? [];
    if (!lengths.includes(k.length)) lengths.push(k.length);
    lengthsByFirst.set(k.charCodeAt(0), lengths);
  }
  for (const lengths of lengthsByFirst.values()) lengths.sort((a, b) => b - a);
  const gap = [...gapWords].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const postNegationGap = gap.length > 0 ? new RegExp(`(?:${gap.join('|')})+`, 'y') : null;
  const built = { dict, lengthsByFirst, firsts: firstUnits(dict.keys()), postNegators, boundPostNegators, postNegationGap };
  cjkDictCache.set(key, built);
  return built;
}

/** Adds the rated words found by longest match over each run of CJK tokens to `hits`, skipping
 * what a hit already in `hits` (a phrase) covers. */
export function findCjk(text: string, tokens: readonly Token[], hits: Hit[], packs: readonly LanguagePack[]): void {
  const { dict, lengthsByFirst, firsts, postNegators, boundPostNegators, postNegationGap } = cjkDict(packs);
  const taken = new Spans(hits);
  const postNegatorsAt = new Occurrences(text, postNegators);
  for (const [runStart, runEnd] of cjkRuns(tokens)) {
    let pos = runStart;
    let prev: { end: number; marker?: 'negator' | 'booster' | 'contrast'; start: number } | undefined;
    const runHits: Hit[] = [];
    while (pos < runEnd) {
      const lengths = firsts[text.charCodeAt(pos)] === 1 ? lengthsByFirst.get(text.charCodeAt(pos)) : undefined;
      if (!lengths) {
        pos += 1;
        continue;
      }
      let matched = false;
      for (const len of lengths) {
        if (len > runEnd - pos) continue;
        const entry = dict.get(text.slice(pos, pos + len));
        if (!entry || taken.overlaps(pos, pos + len)) continue;
        if ('marker' in entry) {
          prev = { start: pos, end: pos + len, marker: entry.marker };
        } else if (entry.valence !== 0) {
          const h: Hit = { start: pos, end: pos + len, token: tokenAt(tokens, pos), valence: entry.valence, kind: 'word', category: null, negatable: false, negated: false };
          // A negator or booster directly before (at most one character between): 不喜欢, 很失望.
          if (prev?.marker && pos - prev.end <= 1) {
            h.listed = entry.valence;
            if (prev.marker === 'negator') {
              h.valence *= NEGATION_SCALAR;
              h.negated = true;
              h.negatorStart = prev.start;
            } else if (prev.marker === 'booster') {
              h.valence += Math.sign(h.valence) * BOOSTER;
            }
          }
          runHits.push(h);
          prev = { start: pos, end: pos + len };
        } else {
          prev = { start: pos, end: pos + len };
        }
        pos += len;
        matched = true;
        break;
      }
      if (!matched) pos += 1;
    }
    // Japanese negates after the word: 満足できない, 良くなかった. Look at the text up to the next hit.
    runHits.forEach((h, k) => {
      // Particles and adverbs between the word and its negation (pack.ts postNegationGap) do not
      // use up the window.
      let gap = 0;
      if (postNegationGap) {
        postNegationGap.lastIndex = h.end;
        gap = postNegationGap.exec(text)?.[0].length ?? 0;
      }
      const limit = Math.min(runEnd, runHits[k + 1]?.start ?? runEnd, h.end + gap + 6);
      if (!h.negated && postNegators.some((n, i) => hasPostNegator(text, postNegatorsAt.of(i), h.end, limit, runEnd, n, boundPostNegators.get(n)))) {
        h.listed ??= h.valence;
        h.valence *= NEGATION_SCALAR;
        h.negated = true;
      }
    });
    hits.push(...runHits);
  }
}

/**
 * True when the post-negator `n`, found in the text at `found` (ascending), starts in
 * text[from, limit). A bound one (pack.ts boundPostNegators) counts only at the end of the run or
 * right before one of `before`.
 */
function hasPostNegator(text: string, found: readonly number[], from: number, limit: number, runEnd: number, n: string, before: string | undefined): boolean {
  for (let k = firstAtOrAfter(found, from); k < found.length; k++) {
    const at = found[k] ?? 0;
    if (at + n.length > limit) break;
    if (before === undefined) return true;
    const after = at + n.length;
    if (after >= runEnd || before.includes(text.charAt(after))) return true;
  }
  return false;
}

/**
 * Where each of some strings occurs in a text (overlapping occurrences too), searched once per
 * text and only when asked for. Searching from each hit instead read on to the text's end every
 * time: a 10,000-character run full of words cost one pass over the rest of the run per word.
 */
class Occurrences {
  private readonly found: (number[] | undefined)[] = [];

  constructor(
    private readonly text: string,
    private readonly strings: readonly string[],
  ) {}

  /** The offsets of strings[i], ascending. */
  of(i: number): readonly number[] {
    let found = this.found[i];
    if (!found) {
      found = [];
      const s = this.strings[i] ?? '';
      // (An empty string would be found everywhere, and indexOf would find it at the end forever.)
      if (s !== '') for (let at = this.text.indexOf(s); at >= 0; at = this.text.indexOf(s, at + 1)) found.push(at);
      this.found[i] = found;
    }
    return found;
  }
}

/** The spans of some hits, to ask whether any overlaps [a, b) in O(log n): sorted by start, with
 * the furthest end among each prefix. A phrase-heavy CJK run made a pass over every phrase hit
 * per dictionary candidate quadratic. */
class Spans {
  private readonly starts: number[] = [];
  private readonly maxEnds: number[] = [];

  constructor(hits: readonly Hit[]) {
    let maxEnd = -Infinity;
    for (const h of [...hits].sort((x, y) => x.start - y.start)) {
      maxEnd = Math.max(maxEnd, h.end);
      this.starts.push(h.start);
      this.maxEnds.push(maxEnd);
    }
  }

  /** True when some span [s, e) has s < b and a < e. */
  overlaps(a: number, b: number): boolean {
    const before = firstAtOrAfter(this.starts, b); // spans [0, before) start before b
    return before > 0 && (this.maxEnds[before - 1] ?? -Infinity) > a;
  }
}

/** The index of the first element of ascending `xs` that is >= x (xs.length when none). */
function firstAtOrAfter(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function cjkRuns(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const t of tokens) {
    if (t.kind !== 'cjk') continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === t.start) last[1] = t.end;
    else runs.push([t.start, t.end]);
  }
  return runs;
}
