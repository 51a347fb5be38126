/**
 * ELD's n-gram language scores (Nito T.M., "Efficient Language Detector", npm `eld` 2.1.0,
 * Apache-2.0), over the cut-down table in ngrams/eld-table.ts. research/lang-baselines.md 2a:
 * ELD limited to the e-commerce languages gets 99.8% of the tweets and 99.9% of the T20 sentences
 * right, where franc limited the same way gets 91.9% / 97.5%; it is also ~2x faster than franc.
 *
 * Same algorithm as eld/src/languageDetector.js: every word's UTF-8 bytes, 4-byte n-grams with a
 * stride of 3 (the first marked with a leading space, the last with a trailing one), each distinct
 * n-gram adding (its score + 53) to every language that has it. What differs: the table is decoded
 * once into a Map of offsets into one byte array (a few MB of heap instead of ELD's object of
 * objects), and the scores go into a caller's reusable array, so a call allocates almost nothing.
 */
import { NGRAM_ALPHABET, NGRAM_BYTE_CHARS, NGRAM_LANGUAGES, NGRAM_SCORE_STEP, NGRAM_TABLE } from './ngrams/eld-table.ts';

export { NGRAM_LANGUAGES };

/** ELD subtracts this from every stored score to shrink its files, and adds it back per hit. */
const BASE_NGRAM_SCORE = 53;
/** ELD reads about 350 UTF-8 bytes and ignores the rest; 160 gave the same answers on every shared
 * set (tweets, T20 sentences, Indonesian; 2026-11) at half the cost on 280-character posts. */
const CUT_AFTER_BYTES = 160;
const MAX_WORD_BYTES = 70;

interface Table {
  /** n-gram -> (offset into `pairs`) * 64 + number of languages. */
  index: Map<string, number>;
  /** Language index, score; language index, score; ... */
  pairs: Uint8Array;
}

let table: Table | undefined;

function decode(): Table {
  const alpha = new Map<string, number>();
  for (let i = 0; i < NGRAM_ALPHABET.length; i++) alpha.set(NGRAM_ALPHABET[i] ?? '', i);
  const index = new Map<string, number>();
  const pairs: number[] = [];
  let start = 0;
  while (start < NGRAM_TABLE.length) {
    let end = NGRAM_TABLE.indexOf('\n', start);
    if (end < 0) end = NGRAM_TABLE.length;
    const tab = NGRAM_TABLE.indexOf('\t', start);
    const key = NGRAM_TABLE.slice(start, tab);
    const count = (end - tab - 1) >> 1;
    index.set(key, pairs.length * 32 + count);
    for (let i = tab + 1; i + 1 < end; i += 2) {
      pairs.push(alpha.get(NGRAM_TABLE[i] ?? '') ?? 0, Math.round((alpha.get(NGRAM_TABLE[i + 1] ?? '') ?? 0) * NGRAM_SCORE_STEP));
    }
    start = end + 1;
  }
  return { index, pairs: Uint8Array.from(pairs) };
}

/** Decode the table now rather than on the first detection (the service worker's start-up). */
export function loadNgramTable(): void {
  table ??= decode();
}

const LETTER = /\p{L}/u;
const ASCII_WORD = /^[a-z'`]+$/;
const seen = new Set<string>();

/**
 * Add each language's n-gram score for `words` (lower-case) to `scores` (indexed like
 * NGRAM_LANGUAGES, zeroed by the caller). Returns the number of distinct n-grams, which ELD
 * uses to scale scores. Characters that are not letters or apostrophes split words, as in ELD.
 */
export function ngramScores(words: readonly string[], scores: Float64Array): number {
  table ??= decode();
  const { index, pairs } = table;
  seen.clear();
  let bytes = 0;
  for (const w of words) {
    // Most words are plain lower-case ASCII: their "UTF-8 bytes" are the word itself.
    if (ASCII_WORD.test(w)) {
      addWordNgrams(w, seen);
      bytes += w.length + 1;
      if (bytes > CUT_AFTER_BYTES) break;
      continue;
    }
    let encoded = '';
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let piece: string;
      if (c < 0x80) {
        if ((c >= 0x61 && c <= 0x7a) || c === 0x27 || c === 0x60) piece = w[i] ?? '';
        else if (c >= 0x41 && c <= 0x5a) piece = String.fromCharCode(c + 32);
        else piece = '';
        bytes += 1;
      } else if (c === 0x2019 || LETTER.test(w[i] ?? '')) {
        piece = utf8Chars(c === 0x2019 ? 0x27 : c);
        bytes += piece.length;
      } else if (c >= 0xd800 && c <= 0xdbff) {
        // Letters outside the BMP are rare in our languages; ELD ignores them the same way.
        i += 1;
        piece = '';
      } else {
        piece = '';
      }
      if (piece === '') {
        addWordNgrams(encoded, seen);
        encoded = '';
      } else {
        encoded += piece;
      }
    }
    addWordNgrams(encoded, seen);
    if (bytes > CUT_AFTER_BYTES) break;
  }
  for (const key of seen) {
    const v = index.get(key);
    if (v === undefined) continue;
    const off = Math.floor(v / 32) ;
    const end = off + (v % 32) * 2;
    for (let p = off; p < end; p += 2) {
      const lang = pairs[p] ?? 0;
      scores[lang] = (scores[lang] ?? 0) + (pairs[p + 1] ?? 0) + BASE_NGRAM_SCORE;
    }
  }
  return seen.size;
}

function addWordNgrams(word: string, out: Set<string>): void {
  if (word === '') return;
  const len = Math.min(word.length, MAX_WORD_BYTES);
  let j = 0;
  for (; j + 4 < len; j += 3) out.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
  out.add((j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ');
}

/** A code point's UTF-8 bytes as ELD's stand-in characters. */
function utf8Chars(c: number): string {
  const d = NGRAM_BYTE_CHARS;
  if (c < 0x800) return (d[0xc0 | (c >> 6)] ?? '') + (d[0x80 | (c & 0x3f)] ?? '');
  return (d[0xe0 | (c >> 12)] ?? '') + (d[0x80 | ((c >> 6) & 0x3f)] ?? '') + (d[0x80 | (c & 0x3f)] ?? '');
}
