/**
 * ELD's n-gram language scores (Nito T.M., "Efficient Language Detector", npm `eld` 2.1.0,
 * Apache-2.0), over the cut-down table in ngrams/eld-table.ts. research/lang-baselines.md 2a:
 * ELD limited to the e-commerce languages gets 99.8% of the tweets and 99.9% of the T20 sentences
 * right, where franc limited the same way gets 91.9% / 97.5%; it is also ~2x faster than franc.
 *
 * Same algorithm as eld/src/languageDetector.js: every word's UTF-8 bytes, 4-byte n-grams with a
 * stride of 3 (the first marked with a leading space, the last with a trailing one), each distinct
 * n-gram adding (its score + 53) to every language that has it. What differs is only how:
 * - an n-gram is at most 6 of ELD's stand-in characters, all below U+0100, so it is packed into
 *   two integers instead of being built as a string, and the table is decoded once into an
 *   open-addressing hash table on typed arrays (~2.7 MB, outside the JS heap) keyed by those
 *   integers. Looking up string n-grams in a Map (and its ~7 MB of heap) was a tenth of the
 *   analyser's time on tweets (profile, 2026-11): each lookup first flattened and hashed a
 *   freshly concatenated string; on the shared tweets scoring now takes 2.4 µs a tweet, not 9;
 * - "distinct" is kept by stamping the table entries a text has already scored, so n-grams
 *   the table does not have cost nothing beyond the failed lookup;
 * - the scores go into a caller's reusable array, so a call allocates nothing.
 */
import { NGRAM_ALPHABET, NGRAM_BYTE_CHARS, NGRAM_LANGUAGES, NGRAM_SCORE_STEP } from './ngrams/eld-table.ts';
import { NGRAM_TABLE_TEXT } from './ngrams/eld-table-text.ts';

export { NGRAM_LANGUAGES };

/** ELD subtracts this from every stored score to shrink its files, and adds it back per hit. */
const BASE_NGRAM_SCORE = 53;
/** ELD reads about 350 UTF-8 bytes and ignores the rest; 160 gave the same answers on every shared
 * set (tweets, T20 sentences, Indonesian; 2026-11) at half the cost on 280-character posts. */
const CUT_AFTER_BYTES = 160;
const MAX_WORD_BYTES = 70;
/** The longest key in the table (a word of up to 4 bytes between two spaces). */
const MAX_KEY = 6;
const SPACE = 0x20;

/** 2^17 slots of 16 bytes (2 MB) for ~97,000 n-grams: a load of 0.74, but a slot holds its whole
 * entry, so even a long probe reads one or two cache lines. (2^18 slots, twice the memory, were
 * no faster: 2.35 against 2.42 µs of n-gram scoring per tweet, shared tweets, 2026-11.) */
const SLOT_BITS = 17;

/**
 * Four 32-bit words per slot, so a lookup reads one cache line: the key's first four characters
 * (one per byte), its fifth and sixth characters and its length (length << 16; 0 marks an empty
 * slot), where its pairs are (offset << 5 | number of languages), and the ngramScores call that
 * last scored it (see `call`).
 */
const KEY_LO = 0;
const KEY_HI = 1;
const PAIRS = 2;
const STAMP = 3;

interface Table {
  slots: Uint32Array;
  /** Language index, score + BASE_NGRAM_SCORE; language index, score + BASE_NGRAM_SCORE; ... */
  pairs: Uint8Array;
}

let table: Table | undefined;
/** Which ngramScores call is running: a slot whose stamp equals it was counted already. */
let call = 0;

function hashSlot(lo: number, hi: number): number {
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 13;
  return h >>> (32 - SLOT_BITS);
}

/**
 * `text` is a parameter, and NGRAM_TABLE_TEXT is named in exactly one place (`loaded`), on purpose:
 * the build's minifier copies a module-level string constant into every expression that uses it,
 * and with the table (~0.9 MB) named in decode's loop it shipped the table three times
 * (background.js was 3.9 MB). scripts/build-size.mjs checks no large text ships twice.
 */
function decode(text: string): Table {
  const alpha = new Int16Array(128).fill(0);
  for (let i = 0; i < NGRAM_ALPHABET.length; i++) alpha[NGRAM_ALPHABET.charCodeAt(i)] = i;
  const mask = (1 << SLOT_BITS) - 1;
  const slots = new Uint32Array(4 << SLOT_BITS);
  const pairs = new Uint8Array(text.length);
  let nPairs = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    // Keys are ELD's byte characters (all below U+0100) and at most MAX_KEY long; build-lang-ngrams
    // writes nothing else, and a key that broke that could never match a text's n-gram anyway.
    let lo = 0;
    let hi = 0;
    const keyLength = tab - start;
    let packable = keyLength >= 1 && keyLength <= MAX_KEY;
    for (let k = 0; packable && k < keyLength; k++) {
      const c = text.charCodeAt(start + k);
      if (c > 0xff) packable = false;
      else if (k < 4) lo |= c << (8 * k);
      else hi |= c << (8 * (k - 4));
    }
    lo >>>= 0;
    hi = (hi | (keyLength << 16)) >>> 0;
    const offset = nPairs;
    for (let i = tab + 1; i + 1 < end; i += 2) {
      pairs[nPairs++] = alpha[text.charCodeAt(i)] ?? 0;
      pairs[nPairs++] = Math.round((alpha[text.charCodeAt(i + 1)] ?? 0) * NGRAM_SCORE_STEP) + BASE_NGRAM_SCORE;
    }
    if (packable) {
      let slot = hashSlot(lo, hi);
      // A repeated key overwrites the earlier record's pairs, as Map.set did.
      while (slots[4 * slot + KEY_HI] !== 0 && !(slots[4 * slot + KEY_HI] === hi && slots[4 * slot + KEY_LO] === lo)) slot = (slot + 1) & mask;
      slots[4 * slot + KEY_LO] = lo;
      slots[4 * slot + KEY_HI] = hi;
      slots[4 * slot + PAIRS] = (offset << 5) | ((nPairs - offset) >> 1);
    }
    start = end + 1;
  }
  return { slots, pairs: pairs.slice(0, nPairs) };
}

/**
 * Where the table text is not bundled — the extension, which ships it gzipped (wxt.config.ts) —
 * the context installs it before its first language detection (runtime/analyser-data.ts).
 * Installing again is a no-op.
 */
export function installNgramTableText(text: string): void {
  if (table) return;
  if (!text.includes('\t')) throw new Error('not a language n-gram table');
  table = decode(text);
}

/** 'CDNG' read as a little-endian 32-bit word: the first word of the table's binary form. */
const BINARY_MAGIC = 0x474e4443;
const BINARY_VERSION = 1;
/** Magic, version, SLOT_BITS, number of pair bytes: four little-endian 32-bit words. */
const BINARY_HEADER = 16;
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * The decoded table in binary form: the header, the slots (little-endian 32-bit words, stamps
 * zero), then the pairs. The built CLI ships this (dist/ngrams.bin, scripts/build-cli.mjs) and
 * installs it without decoding: decoding the text took 60-90 ms of every `analyze` start
 * (CPU profiles, 2026-12), mapping the bytes well under a millisecond. ~2.5 MB against the text's
 * 0.95 MB, read from disk at a few GB/s.
 */
export function ngramTableBytes(): Uint8Array {
  const t = loaded();
  const bytes = new Uint8Array(BINARY_HEADER + t.slots.byteLength + t.pairs.length);
  const view = new DataView(bytes.buffer);
  [BINARY_MAGIC, BINARY_VERSION, SLOT_BITS, t.pairs.length].forEach((word, i) => view.setUint32(4 * i, word, true));
  for (let i = 0; i < t.slots.length; i++) view.setUint32(BINARY_HEADER + 4 * i, i % 4 === STAMP ? 0 : (t.slots[i] ?? 0), true);
  bytes.set(t.pairs, BINARY_HEADER + t.slots.byteLength);
  return bytes;
}

/**
 * Installs the table from ngramTableBytes' output (the bytes are used in place where they can
 * be, and the stamps written into them). Installing again is a no-op.
 */
export function installNgramTableBytes(bytes: Uint8Array): void {
  if (table) return;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const word = (i: number) => (bytes.length >= BINARY_HEADER ? view.getUint32(4 * i, true) : -1);
  const slotWords = 4 << SLOT_BITS;
  const pairsAt = BINARY_HEADER + 4 * slotWords;
  if (word(0) !== BINARY_MAGIC || word(1) !== BINARY_VERSION || word(2) !== SLOT_BITS || bytes.length !== pairsAt + word(3)) {
    throw new Error(`not a version ${BINARY_VERSION} binary language n-gram table of 2^${SLOT_BITS} slots`);
  }
  let slots: Uint32Array;
  if (LITTLE_ENDIAN && (bytes.byteOffset + BINARY_HEADER) % 4 === 0) slots = new Uint32Array(bytes.buffer, bytes.byteOffset + BINARY_HEADER, slotWords);
  else {
    slots = new Uint32Array(slotWords);
    for (let i = 0; i < slotWords; i++) slots[i] = view.getUint32(BINARY_HEADER + 4 * i, true);
  }
  table = { slots, pairs: bytes.subarray(pairsAt) };
}

/** True once detection can run: the text is bundled (Node) or was installed (extension). */
export function ngramTableAvailable(): boolean {
  return table !== undefined || NGRAM_TABLE_TEXT.length > 0;
}

function loaded(): Table {
  if (table) return table;
  // A named error, not a silent "und" for every text: a caller forgot to install the table.
  if (!NGRAM_TABLE_TEXT) throw new Error('the language n-gram table is not installed (runtime/analyser-data.ts)');
  return (table = decode(NGRAM_TABLE_TEXT));
}

/** ELD's stand-in character code for each UTF-8 byte value. */
const BYTE_CODE = Uint8Array.from({ length: 256 }, (_, b) => NGRAM_BYTE_CHARS.charCodeAt(b));
const LETTER = /\p{L}/u;
/** Per BMP code unit: 0 not yet known, 1 a letter (\p{L}), 2 not a letter. */
const letterCache = new Uint8Array(0x10000);

function isLetter(c: number): boolean {
  let known = letterCache[c] ?? 0;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    letterCache[c] = known;
  }
  return known === 1;
}

/** The current (sub-)word's stand-in characters: the first MAX_WORD_BYTES + 1 of them are kept,
 * the one after the cut still being part of the last n-gram of a 71-byte word (see addWordNgrams). */
const word = new Uint8Array(MAX_WORD_BYTES + 2);

/**
 * Add each language's n-gram score for `words` (lower-case) to `scores` (indexed like
 * NGRAM_LANGUAGES, zeroed by the caller). Returns the number of distinct n-grams found in the
 * table. Characters that are not letters or apostrophes split words, as in ELD.
 */
export function ngramScores(words: readonly string[], scores: Float64Array): number {
  const t = loaded();
  call = (call + 1) >>> 0;
  if (call === 0) {
    for (let s = STAMP; s < t.slots.length; s += 4) t.slots[s] = 0;
    call = 1;
  }
  let found = 0;
  let bytes = 0;
  for (const w of words) {
    // Plain lower-case ASCII words ([a-z'`]+) count one byte more than their length (ELD's
    // separator); anything else counts its UTF-8 bytes only (v1 did the same, so the cut after
    // CUT_AFTER_BYTES falls where it always has).
    let simple = w.length > 0;
    let wordBytes = 0;
    let length = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c < 0x80) {
        wordBytes += 1;
        if ((c >= 0x61 && c <= 0x7a) || c === 0x27 || c === 0x60) {
          length = push(length, c);
          continue;
        }
        simple = false;
        if (c >= 0x41 && c <= 0x5a) {
          length = push(length, c + 32);
          continue;
        }
      } else {
        simple = false;
        if (c === 0x2019 || isLetter(c)) {
          // ELD's encoding of a letter's UTF-8 bytes; the typographic apostrophe is read as "'"
          // but, like v1, through the two-byte form.
          const cp = c === 0x2019 ? 0x27 : c;
          if (cp < 0x800) {
            length = push(length, BYTE_CODE[0xc0 | (cp >> 6)] ?? 0);
            length = push(length, BYTE_CODE[0x80 | (cp & 0x3f)] ?? 0);
            wordBytes += 2;
          } else {
            length = push(length, BYTE_CODE[0xe0 | (cp >> 12)] ?? 0);
            length = push(length, BYTE_CODE[0x80 | ((cp >> 6) & 0x3f)] ?? 0);
            length = push(length, BYTE_CODE[0x80 | (cp & 0x3f)] ?? 0);
            wordBytes += 3;
          }
          continue;
        }
        // Letters outside the BMP are rare in our languages; ELD ignores them the same way.
        if (c >= 0xd800 && c <= 0xdbff) i += 1;
      }
      // Not a letter: it ends the sub-word.
      found += addWordNgrams(t, length, scores);
      length = 0;
    }
    found += addWordNgrams(t, length, scores);
    bytes += simple ? w.length + 1 : wordBytes;
    if (bytes > CUT_AFTER_BYTES) break;
  }
  return found;
}

function push(length: number, code: number): number {
  if (length < word.length) word[length] = code;
  return length + 1;
}

/**
 * The n-grams of the `length` characters in `word`, as eld's getByteNgrams cuts them: for
 * len = min(length, MAX_WORD_BYTES), the 4 characters at 0, 3, 6... while they end before len
 * (the first with a leading space), then everything from len - 4 to the end of the word with a
 * trailing space (the whole word between spaces when it has at most 4). Returns how many table
 * entries were scored for the first time in this call.
 */
function addWordNgrams(t: Table, length: number, scores: Float64Array): number {
  if (length === 0) return 0;
  const len = Math.min(length, MAX_WORD_BYTES);
  let found = 0;
  let j = 0;
  for (; j + 4 < len; j += 3) {
    const lo = word4(j);
    found += j === 0 ? lookup(t, (SPACE | (lo << 8)) >>> 0, (lo >>> 24) | (5 << 16), scores) : lookup(t, lo, 4 << 16, scores);
  }
  if (j === 0) {
    // The whole word (1 to 4 characters) between spaces.
    let lo = SPACE;
    let hi = 0;
    for (let k = 0; k < len; k++) {
      if (k < 3) lo |= (word[k] ?? 0) << (8 * (k + 1));
      else hi |= word[k] ?? 0;
    }
    const keyLength = len + 2;
    if (keyLength <= 4) lo |= SPACE << (8 * (len + 1));
    else hi |= SPACE << (8 * (keyLength - 5));
    found += lookup(t, lo >>> 0, hi | (keyLength << 16), scores);
    return found;
  }
  // From len - 4 to the end of the word: 4 characters, or 5 for a 71-byte word; a longer tail
  // is longer than any key in the table.
  const from = len - 4;
  const keyLength = length - from + 1;
  if (keyLength > MAX_KEY) return found;
  const lo = word4(from);
  const hi = keyLength === 5 ? SPACE : (word[from + 4] ?? 0) | (SPACE << 8);
  found += lookup(t, lo, hi | (keyLength << 16), scores);
  return found;
}

function word4(at: number): number {
  return ((word[at] ?? 0) | ((word[at + 1] ?? 0) << 8) | ((word[at + 2] ?? 0) << 16) | ((word[at + 3] ?? 0) << 24)) >>> 0;
}

/** Score the entry keyed (lo, hi) unless this call scored it already; 1 when it scored. */
function lookup(t: Table, lo: number, hi: number, scores: Float64Array): number {
  const slots = t.slots;
  const mask = slots.length - 1;
  for (let s = 4 * hashSlot(lo, hi); ; s = (s + 4) & mask) {
    const h = slots[s + KEY_HI] ?? 0;
    if (h === 0) return 0;
    if (h !== hi || slots[s + KEY_LO] !== lo) continue;
    if (slots[s + STAMP] === call) return 0;
    slots[s + STAMP] = call;
    const info = slots[s + PAIRS] ?? 0;
    const from = info >>> 5;
    const end = from + 2 * (info & 31);
    for (let p = from; p < end; p += 2) {
      const lang = t.pairs[p] ?? 0;
      scores[lang] = (scores[lang] ?? 0) + (t.pairs[p + 1] ?? 0);
    }
    return 1;
  }
}
