/**
 * The phrase layer: each pack's phrase regexes (languages/*.ts `phrases`: "waste of money",
 * "never arrived", 返品したい) over the prepared text. A phrase hit carries its complaint category
 * (complaint.ts names categories from them) and covers its words, so word-lookup.ts does not
 * score them again. On overlap the longer match wins.
 *
 * Running ~800 regexes per post would be most of the analyser's time, so a phrase is tried only
 * when the text holds the first word it can start with (pack.ts phraseIndex) and, when its
 * pattern names strings every match contains, one of those (required-literals.ts).
 */
import { tokenAt, type Hit } from './hits.ts';
import { startsWord, wordKey, type LanguagePack } from './pack.ts';
import { LiteralSearch } from './required-literals.ts';
import type { Token } from './tokenize.ts';

/** Scratch space reused by every call (analysis is synchronous): the text's word keys, and a
 * mark per phrase number of the pack being read. A Set of keys and a sorted Set of phrase numbers
 * per call and per pack were ~5% of the analyser's time. Bounds: the keys are those of the last
 * text only (at most one per token of MAX_ANALYSED_CHARS characters, each at most 3 characters,
 * which V8 copies rather than slices); the marks grow to the largest pack's phrase count; the
 * search holds the last text lower-cased (at most MAX_ANALYSED_CHARS) and 512 bytes of trigram bits. */
const keysScratch: string[] = [];
const literalSearch = new LiteralSearch();
let triedMarks = new Uint8Array(256);

/** The wordKey of every word in the text and of the part after an apostrophe ("l'article"),
 * repeats possible. (The characters of CJK runs are keys too: phrasesToTry reads them.) */
function textKeys(tokens: readonly Token[]): readonly string[] {
  const keys = keysScratch;
  keys.length = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' && t.kind !== 'hashtag' && t.kind !== 'number') continue;
    keys.push(wordKey(t.norm));
    const apostrophe = t.norm.indexOf("'");
    if (apostrophe >= 0) keys.push(wordKey(t.norm.slice(apostrophe + 1)));
  }
  return keys;
}

/** The lowest code point a 'cjk' token can hold (Thai; Han and kana are higher): a pack whose
 * one-character keys all lie below it cannot be started by a character of a CJK run. */
const FIRST_CJK_TOKEN_CHAR = 0x0e00;

/**
 * The phrases of `pack` worth trying on the text, marked 1 by phrase number: phraseAlways and
 * those indexed (pack.ts phraseIndex) under one of `keys` or under a character of a CJK run.
 * Read it before the next call.
 */
function phrasesToTry(pack: LanguagePack, keys: readonly string[], tokens: readonly Token[]): Uint8Array {
  if (triedMarks.length < pack.phrases.length) triedMarks = new Uint8Array(pack.phrases.length);
  const tried = triedMarks;
  tried.fill(0, 0, pack.phrases.length);
  for (const i of pack.phraseAlways) tried[i] = 1;
  for (const k of keys) {
    const phrases = pack.phraseIndex.get(k);
    if (phrases) for (const i of phrases) tried[i] = 1;
  }
  if (pack.phraseCharKeyMax >= FIRST_CJK_TOKEN_CHAR) {
    for (const t of tokens) {
      if (t.kind !== 'cjk') continue;
      const s = t.text;
      const units = pack.phraseCharUnits;
      for (let k = 0; k < s.length; k++) {
        if (units && units[s.charCodeAt(k)] === 0) continue; // a pair's low half is never a first unit
        const cp = s.codePointAt(k) ?? 0;
        const phrases = pack.phraseCharKeys.get(cp);
        if (phrases) for (const i of phrases) tried[i] = 1;
        if (cp > 0xffff) k += 1;
      }
    }
  }
  return tried;
}

export function findPhrases(text: string, tokens: readonly Token[], packs: readonly LanguagePack[]): Hit[] {
  const found: Hit[] = [];
  const keys = textKeys(tokens);
  let searchReady = false;
  for (const pack of packs) {
    if (pack.phrases.length === 0) continue;
    // Ascending, so a tie between two equally long matches goes as it would without the index.
    const tried = phrasesToTry(pack, keys, tokens);
    for (let i = 0; i < pack.phrases.length; i++) {
      if (tried[i] !== 1) continue;
      const p = pack.phrases[i];
      if (!p) continue;
      // A text without any of the strings every match contains cannot match (pack.ts
      // required-literals.ts): a substring search is much cheaper than the regex.
      const required = p.required;
      if (required) {
        if (!searchReady) literalSearch.reset(text);
        searchReady = true;
        if (!literalSearch.containsAny(required)) continue;
      }
      // Read once: `re` and `required` are getters (pack.ts LazyPhrase).
      const re = p.re;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const start = m.index;
        if (m[0].length === 0 || (!pack.cjk && !startsWord(text, start))) {
          re.lastIndex = start + 1;
          continue;
        }
        found.push({
          start,
          end: start + m[0].length,
          token: tokenAt(tokens, start),
          valence: p.valence,
          kind: p.valence === 0 ? 'topic' : p.category ? 'complaint' : 'phrase',
          category: p.category,
          negatable: p.negatable,
          generic: p.generic,
          negated: false,
        });
      }
    }
  }
  // Longest first, then leftmost: "no lo recomiendo" beats "lo recomiendo".
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Accepted hits never overlap, so kept in order of start their ends are in order too, and the
  // only one that can overlap a new hit is the last to start before it ends: a binary search
  // instead of a pass over all of them (quadratic in a text that is one phrase repeated).
  const accepted: Hit[] = [];
  for (const h of found) {
    const at = firstStartingFrom(accepted, h.end);
    const before = accepted[at - 1];
    if (!before || before.end <= h.start) accepted.splice(at, 0, h);
  }
  return accepted;
}

/** The index of the first of `hits` (in order of start) that starts at or after `offset`. */
function firstStartingFrom(hits: readonly Hit[], offset: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
