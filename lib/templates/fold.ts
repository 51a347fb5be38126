/**
 * The text the lint rules read, and the way back to the text the agent sees.
 *
 * Replies arrive in every shape people type or paste: full-width Latin from a Chinese or Japanese
 * IME (ＯＵＲ ＦＡＵＬＴ), curly apostrophes (we’re), decomposed accents (e + U+0301), zero-width
 * spaces and joiners pasted from chat apps, soft hyphens, traditional Chinese characters. A rule
 * written once must see all of them the same, and a finding must still point at the characters on
 * screen. So the text is folded unit by unit (a character with its combining marks) and every
 * folded UTF-16 unit remembers the original span it came from.
 *
 * Per unit: drop invisible characters; NFKC (full-width and compatibility forms); for Latin,
 * Greek and Cyrillic letters drop the accents (NFD, then remove U+0300–U+036F: "négligents" reads
 * "negligents", so a rule matches whether or not the writer typed accents); lower case; one
 * apostrophe, one double quote, one hyphen; for Chinese text only, a small table of traditional
 * characters used in the zh rules mapped to simplified ones (們 -> 们; in Japanese 責任 stays
 * 責任). Japanese voiced marks (U+3099/U+309A) are kept: が is not か.
 */

export interface FoldedText {
  /** The folded text. */
  readonly text: string;
  /** `start[i]`: where folded unit i begins in the original; `start[text.length]` = original length.
   * Left out (with `end`) when every unit stayed where it was (plain ASCII text, lower-cased):
   * unit i is original unit i, and two offset arrays per text were garbage to collect. */
  readonly start?: Uint32Array;
  /** `end[i]`: where the original character behind folded unit i ends. */
  readonly end?: Uint32Array;
}

// Zero-width and invisible format characters: soft hyphen, Mongolian vowel separator, ZWSP, ZWNJ,
// ZWJ, LRM/RLM, bidi embeddings/overrides/isolates, word joiner and invisible operators, BOM,
// variation selectors, the tag characters of emoji flags.
const INVISIBLE: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xe0020, 0xe007f],
];
function isInvisible(unit: string): boolean {
  const cp = unit.codePointAt(0)!;
  return unit.length === String.fromCodePoint(cp).length && INVISIBLE.some(([a, b]) => cp >= a && cp <= b);
}
const COMBINING_DIACRITICS_RE = /[\u0300-\u036F]/g;
// A base character with its combining marks; half-width katakana voiced marks (U+FF9E/U+FF9F) are
// letters, not marks, but combine with the kana before them under NFKC.
const UNIT_RE = /\P{M}[\p{M}\uFF9E\uFF9F]*|\p{M}+/uy;
const MARK_RE = /^[\p{M}\uFF9E\uFF9F]$/u;
/** Code units with no combining mark among them (read off \p{M} over U+0300–U+FFFF, Node 20;
 * tests/unit/templates/fold.test.ts checks every unit): kana, CJK ideographs, Hangul and the
 * surrogates, settled without a regex test (Chinese and Japanese text is nearly all of these). */
export const markFreeUnit = (c: number): boolean => (c >= 0x3030 && c < 0x3099) || (c >= 0x309b && c < 0xa66f) || (c >= 0xabee && c < 0xfb1e);
const SPACED_LETTER_RE = /[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}]/u;

const PUNCTUATION: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u02BC': "'", '\u2032': "'", '\u0060': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  // Ideographic full stop and comma stay themselves (the clause splitter knows them); the
  // full-width forms NFKC maps already.
};

/** Traditional -> simplified for the characters the zh rules use (責任, 錯, 們, 賠償…). Not a
 * converter: enough that a rule written in simplified Chinese reads a reply typed in traditional. */
const TRADITIONAL: Record<string, string> = Object.fromEntries(
  [
    '們们', '錯错', '過过', '責责', '負负', '賠赔', '償偿', '換换', '貨货', '補补', '優优', '還还', '確确', '認认', '題题',
    '將将', '會会', '應应', '該该', '證证', '據据', '絕绝', '對对', '決决', '為为', '絡络', '聯联', '繫系', '電电', '話话',
    '郵邮', '評评', '價价', '論论', '刪删', '則则', '無无', '險险', '復复', '護护', '這这', '個个', '係系', '問问', '產产',
    '誤误', '傷伤', '損损', '擔担', '發发', '歷历', '時时', '間间', '週周', '數数', '萬万', '億亿', '兩两', '預预', '計计',
    '覺觉', '許许', '樣样', '從从', '來来', '遠远', '讓让', '滿满', '駭骇', '紅红', '現现', '點点', '額额', '錢钱', '導导',
    '於于', '經经', '處处', '調调', '進进', '給给', '請请', '謝谢', '難难', '麼么',
  ].map((pair) => [pair[0]!, pair[1]!]),
);

/** The traditional characters' codes (all single UTF-16 units). */
const TRADITIONAL_CODES = new Set(Object.keys(TRADITIONAL).map((ch) => ch.charCodeAt(0)));

/** Kana and unified ideographs: each folds to itself (no case, no compatibility form, no mark). */
const stableUnit = (c: number): boolean => (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || (c >= 0x4e00 && c <= 0x9fff);

// Units repeat (a reply uses a few dozen distinct characters): normalising each once saves most
// of the folding time on non-English text.
const unitCache = new Map<string, string>();
const MAX_UNIT_CACHE = 20_000;

function foldUnit(unit: string, zh: boolean): string {
  const c = unit.charCodeAt(0);
  if (unit.length === 1 && c < 0x80) return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : c === 0x60 ? "'" : unit;
  let out = unitCache.get(unit);
  if (out === undefined) {
    out = foldUnitUncached(unit);
    if (unitCache.size >= MAX_UNIT_CACHE) unitCache.clear();
    unitCache.set(unit, out);
  }
  return zh ? toSimplified(out) : out;
}

/** Traditional Chinese characters of the zh rules to simplified ones. Chinese text only: the same
 * characters are Japanese kanji (責任 is Japanese, 责任 is simplified Chinese). */
export function toSimplified(s: string): string {
  if (s.length === 1) return TRADITIONAL[s] ?? s;
  let out = '';
  for (const ch of s) out += TRADITIONAL[ch] ?? ch;
  return out;
}

function foldUnitUncached(unit: string): string {
  if (isInvisible(unit)) return '';
  const mapped = PUNCTUATION[unit];
  if (mapped !== undefined) return mapped;
  let s = unit.normalize('NFKC');
  if (SPACED_LETTER_RE.test(s)) s = s.normalize('NFD').replace(COMBINING_DIACRITICS_RE, '').normalize('NFC');
  s = s.toLowerCase();
  if (s.length === 1) return PUNCTUATION[s] ?? s;
  let out = '';
  for (const ch of s) out += PUNCTUATION[ch] ?? ch;
  return out;
}

/** A lone combining mark after dropping a Latin base's accents (or at the start) is dropped too. */
function foldLoneMarks(unit: string): string {
  return unit.replace(COMBINING_DIACRITICS_RE, '');
}

// Most English replies are printable ASCII: those fold by lower-casing alone, one unit per
// character (the backtick is left out: it folds to an apostrophe). U+E000 is what the lint masks
// a template's `{{…}}` with (stale.ts maskVariables): it folds to itself (no case, no
// decomposition, not invisible, not a mark; fold.test.ts checks it), so an English template with
// variables takes this path too instead of the unit-by-unit one with two offset maps.
const PLAIN_ASCII_RE = /^[\x20-\x5F\x61-\x7E\n\t\r\uE000]*$/;

export interface FoldOptions {
  /** Map the traditional characters of the zh rules to simplified ones (Chinese text only). */
  zh?: boolean;
}

export function foldText(original: string, o: FoldOptions = {}): FoldedText {
  const zh = o.zh === true;
  if (PLAIN_ASCII_RE.test(original)) return { text: original.toLowerCase() };
  const f = new Folding(original);
  for (let i = 0; i < original.length; ) {
    const c = original.charCodeAt(i);
    // ASCII, kana or a unified ideograph (they fold to themselves, one unit each; in Chinese
    // text not a traditional character of the zh rules) not followed by a combining mark: part
    // of the current run, lower-cased in one go (which leaves kana and ideographs as they are).
    if ((c < 0x80 || (stableUnit(c) && !(zh && TRADITIONAL_CODES.has(c)))) && !f.markAt(i + 1)) {
      i++;
      continue;
    }
    f.flush(i);
    if (c >= 0x300 && f.markAt(i)) {
      // A mark with no base (text starting with one, or after an invisible character).
      UNIT_RE.lastIndex = i;
      const unit = UNIT_RE.exec(original)![0];
      f.put(foldLoneMarks(unit), i, unit.length);
      i += unit.length;
    } else {
      // One character (a surrogate pair for astral ones), with the marks that follow it.
      let len = c >= 0xd800 && c <= 0xdbff && i + 1 < original.length ? 2 : 1;
      while (i + len < original.length && f.markAt(i + len)) len++;
      const unit = len === 1 ? original[i]! : original.slice(i, i + len);
      // Kana and unified ideographs fold to themselves: skip normalising them.
      const stable = len === 1 && stableUnit(c);
      f.put(stable ? (zh ? (TRADITIONAL[unit] ?? unit) : unit) : foldUnit(unit, zh), i, len);
      i += len;
    }
    f.runStart = i;
  }
  f.flush(original.length);
  return f.result();
}

/** The folded text being built, with its offset maps (a class, not closures made per call: the
 * fold runs for every reply of a pack lint). */
class Folding {
  readonly parts: string[] = [];
  // Folding rarely changes the length: size the maps for the original and grow if needed.
  start: Uint32Array;
  end: Uint32Array;
  n = 0;
  /** Start of the ASCII run not yet flushed. */
  runStart = 0;

  constructor(readonly original: string) {
    this.start = new Uint32Array(original.length + 1);
    this.end = new Uint32Array(original.length + 1);
  }

  grow(more: number): void {
    const size = (this.n + more + 1) * 2;
    const s2 = new Uint32Array(size);
    s2.set(this.start);
    this.start = s2;
    const e2 = new Uint32Array(size);
    e2.set(this.end);
    this.end = e2;
  }

  put(folded: string, at: number, len: number): void {
    if (this.n + folded.length + 1 > this.start.length) this.grow(folded.length);
    for (let k = 0; k < folded.length; k++) {
      this.start[this.n] = at;
      this.end[this.n] = at + len;
      this.n++;
    }
    this.parts.push(folded);
  }

  /** Is the character at `i` a combining mark (or a half-width voiced mark)? Marks all sit at or
   * above U+0300, so most characters are settled by one comparison. */
  markAt(i: number): boolean {
    const c = this.original.charCodeAt(i);
    return c >= 0x300 && !markFreeUnit(c) && MARK_RE.test(this.original[i]!);
  }

  /** A run [runStart, i) of ASCII, kana and ideographs: lower-cased in one go, offsets one to
   * one. */
  flush(i: number): void {
    const runStart = this.runStart;
    if (i <= runStart) return;
    let run = this.original.slice(runStart, i).toLowerCase();
    if (run.includes('`')) run = run.replace(/`/g, "'");
    if (this.n + run.length + 1 > this.start.length) this.grow(run.length);
    for (let k = 0; k < run.length; k++) {
      this.start[this.n] = runStart + k;
      this.end[this.n] = runStart + k + 1;
      this.n++;
    }
    this.parts.push(run);
  }

  result(): FoldedText {
    this.start[this.n] = this.original.length;
    return { text: this.parts.join(''), start: this.start.subarray(0, this.n + 1), end: this.end.subarray(0, this.n) };
  }
}

/** The original span behind folded [from, to). */
export function originalSpan(f: FoldedText, from: number, to: number): { start: number; end: number } {
  if (f.text.length === 0) return { start: 0, end: 0 };
  const a = Math.max(0, Math.min(from, f.text.length));
  const b = Math.max(a, Math.min(to, f.text.length));
  if (!f.start || !f.end) return { start: a, end: b };
  if (b === a) return { start: f.start[a]!, end: f.start[a]! };
  return { start: f.start[a]!, end: f.end[b - 1]! };
}

/** Folds a rule's pattern source the way text is folded, without touching regex syntax: only
 * accents are removed (patterns are written in lower case). */
export function foldPatternSource(source: string): string {
  return source.normalize('NFD').replace(COMBINING_DIACRITICS_RE, '').normalize('NFC');
}
