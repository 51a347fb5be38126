/**
 * Tokens of prepared text (see prepare.ts), with [start, end) offsets into that prepared text.
 *
 * Space-delimited scripts are split by one regular expression. A run of Han, kana or Thai, which
 * have no spaces, stays one 'cjk' token: cjk-match.ts finds dictionary words inside it by longest
 * match (the classic dictionary segmentation of Chinese), so it never needs word boundaries.
 * research/sentiment-baselines.md section 2 shows whitespace tokens leave lexicons blind on ja/zh;
 * v1 cut runs with `Intl.Segmenter`, but that cost ~116 µs per 80-character Japanese post on
 * Node 20 (bench, 2026-11), more than the whole 50 µs budget of a mention at 20,000/s, and the
 * longest-match layer found the same words without it (ICU splits 壊|れ and merges 没|收到).
 * URLs, @handles, hashtags, emoticons and emoji get their own kinds so language detection can
 * ignore them and sentiment can read emoji.
 */

export type TokenKind =
  | 'word'
  | 'cjk' // a run of Han/kana/Thai (no spaces)
  | 'number'
  | 'emoji'
  | 'emoticon'
  | 'url'
  | 'handle'
  | 'hashtag'
  | 'punct'
  | 'break'; // a line break: ends a sentence like a full stop (review title / body)

export interface Token {
  kind: TokenKind;
  /** The token as it appears in the prepared text. */
  text: string;
  /** Lower-cased, NFC: what lexicons are keyed by. Hashtags lose their '#'. */
  norm: string;
  start: number;
  end: number;
}

/** Characters that make a bracketed run a face: eyes (´ ` ^ ＾ ； ; ≧ ≦ ゜ ° ◕ > <), mouths
 * (ω ▽ ∀ Д д 益 皿 ‿) and tears (｡ ╥ ︵). prepare.ts's NFKC turns ´ into a space and U+0301, which
 * TOKEN_RE accepts beside these. emoji.ts's kaomojiValence then reads joy or sadness from a subset. */
export const KAOMOJI_FACE = '´`^＾；;≧≦゜°◕><ω▽∀Дд益皿‿｡╥︵';

const NO_SPACE = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc\\u3005\\u3006\\p{Script=Thai}';

// Order matters: URLs before emoticons (":/" in "https://"), emoticons before punctuation.
// Numbered groups, not named ones: a named-group match allocates a `groups` object per token.
// 1 url, 2 handle, 3 hashtag, 4 emoticon, 5 emoji, 6 cjk, 7 word, 8 line break, 9 punctuation.
const TOKEN_RE = new RegExp(
  [
    '((?:https?:\\/\\/|www\\.)[^\\s]+)',
    '(@[A-Za-z0-9_]{1,15})',
    '(#[\\p{L}\\p{M}\\p{N}_]+)',
    // Western emoticons (":-(", ";)", ":'(", "xD", "</3", "D:") and a few eastern ones ("^^", "T_T",
    // the annoyed "-_-" / "-.-", the baffled "o_O" / "o.O").
    // Not preceded or followed by a letter/digit, so "10:30" or "x3" in a word do not count.
    // Kaomoji: a face in brackets, "(´；ω；`)", "(*^▽^*)", "(>_<)": no Latin letters, digits, Han
    // or kana inside (so "(see below)" and "(笑)" stay text), and at least one face character.
    `(\\((?=[^()\\n]{0,14}(?:[${KAOMOJI_FACE}]|\\u0301))[^()\\n\\p{Script=Latin}\\p{N}${NO_SPACE}]{1,16}\\)|`
      + "(?<![\\p{L}\\p{N}])(?:[:;=][-'^o]?[)(\\]\\[dDpP/\\\\|*3oO@$]+|[xX][dDpP(]+|<\\/?3+|[)(][-'^]?[:;=]|\\^[_.-]?\\^|[tT]_[tT]|;_;|-[_.]+-|[oO][_.]+[oO]|D:)(?![\\p{L}\\p{N}]))",
    // One pictograph, with an optional skin-tone modifier; or a flag (two regional indicators).
    '(\\p{Extended_Pictographic}[\\u{1F3FB}-\\u{1F3FF}]?|[\\u{1F1E6}-\\u{1F1FF}]{2})',
    `([${NO_SPACE}]+)`,
    `((?:(?![${NO_SPACE}])[\\p{L}\\p{M}\\p{N}])+(?:['’](?:(?![${NO_SPACE}])[\\p{L}\\p{M}])+)*)`,
    '(\\n)',
    '([!?.,;:…¡¿。！？、，；：．،؛؟]+)',
  ].join('|'),
  'gu',
);

const STICKY_RE = new RegExp(TOKEN_RE.source, 'uy');
const KINDS: readonly TokenKind[] = ['word', 'url', 'handle', 'hashtag', 'emoticon', 'emoji', 'cjk', 'word', 'break', 'punct'];
const DIGITS = /^\p{N}+$/u;

/** ASCII character classes for the fast path. */
const A_SKIP = 0; // starts no token: space, quotes, dashes...
const A_WORD = 1; // letter or digit
const A_PUNCT = 2; // ! ? . , (a run, as TOKEN_RE's punctuation)
const A_REGEX = 3; // may start a URL, handle, hashtag or emoticon: ask TOKEN_RE
const A_BREAK = 4;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = /[A-Za-z0-9]/.test(ch) ? A_WORD : /[!?.,]/.test(ch) ? A_PUNCT : /[@#:;=<>()^[\]-]/.test(ch) ? A_REGEX : ch === '\n' ? A_BREAK : A_SKIP;
}

/** What TOKEN_RE's classes say of a BMP character (not a surrogate), as bits, read from
 * `charClass` once per character: regex tests per character were most of the cost of non-ASCII
 * text (words with accents, Cyrillic, Arabic, CJK runs). */
const C_WORD = 1; // [\p{L}\p{M}\p{N}] and not NO_SPACE: a word goes on through it
const C_WORD_AFTER_APOSTROPHE = 2; // [\p{L}\p{M}] and not NO_SPACE
const C_DIGIT = 4; // \p{N}
const C_NO_SPACE = 8; // Han, kana, Thai...: a 'cjk' run
const C_PICTOGRAPH = 16; // \p{Extended_Pictographic}: an emoji comes first, ask TOKEN_RE
const C_PUNCT = 32; // the punctuation class
const C_KNOWN = 128;
/** charClass per BMP code unit, filled on first sight. Bound: fixed at 64 KB. */
const classCache = new Uint8Array(0x10000);
const RE_LMN = /[\p{L}\p{M}\p{N}]/u;
const RE_LM = /[\p{L}\p{M}]/u;
const RE_N = /\p{N}/u;
const RE_NO_SPACE = new RegExp(`[${NO_SPACE}]`, 'u');
const RE_PICTOGRAPH = /\p{Extended_Pictographic}/u;
const PUNCT_RUN = /[!?.,;:…¡¿。！？、，；：．،؛؟]/; // ، ؛ ؟: the Arabic comma, semicolon and question mark

function charClass(c: number): number {
  let k = classCache[c] ?? 0;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    const noSpace = RE_NO_SPACE.test(ch);
    k = C_KNOWN;
    if (noSpace) k |= C_NO_SPACE;
    else if (RE_LMN.test(ch)) k |= C_WORD | (RE_LM.test(ch) ? C_WORD_AFTER_APOSTROPHE : 0);
    if (RE_N.test(ch)) k |= C_DIGIT;
    if (RE_PICTOGRAPH.test(ch)) k |= C_PICTOGRAPH;
    if (PUNCT_RUN.test(ch)) k |= C_PUNCT;
    classCache[c] = k;
  }
  return k;
}

function isPunct(c: number): boolean {
  return c < 0x80 ? ASCII_CLASS[c] === A_PUNCT || c === 0x3a || c === 0x3b : (charClass(c) & C_PUNCT) !== 0; // ASCII: ! ? . , : ;
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/**
 * Tokens of `text`. The result is exactly what TOKEN_RE's leftmost matches give; a hand-written
 * scanner takes words, CJK runs, punctuation and spaces itself (almost all of any post) and asks
 * the regex, anchored at that position, for the rest: URLs, handles, hashtags, emoticons, emoji
 * and anything touching a character outside the BMP. The regex alone took ~25 µs of a
 * 145-character post, a third of the whole analysis.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const cls = ASCII_CLASS[c] ?? A_SKIP;
      if (cls === A_SKIP) {
        i += 1;
        continue;
      }
      if (cls === A_BREAK) {
        tokens.push({ kind: 'break', text: '\n', norm: '\n', start: i, end: i + 1 });
        i += 1;
        continue;
      }
      if (cls === A_PUNCT) {
        i = pushPunct(text, i, tokens);
        continue;
      }
      if (cls === A_WORD && !mayStartSpecial(text, i, c) && pushWord(text, i, tokens)) {
        i = tokens[tokens.length - 1]?.end ?? n;
        continue;
      }
      i = regexToken(text, i, tokens);
      continue;
    }
    // Surrogates (emoji, other characters outside the BMP) and pictographs: TOKEN_RE.
    const k = isSurrogate(c) ? 0 : charClass(c);
    if (k === 0 || k & C_PICTOGRAPH) {
      i = regexToken(text, i, tokens);
    } else if (k & C_NO_SPACE) {
      let j = i + 1;
      while (j < n && (charClass(text.charCodeAt(j)) & C_NO_SPACE) !== 0 && !isSurrogate(text.charCodeAt(j))) j += 1;
      if (j < n && isSurrogate(text.charCodeAt(j))) {
        i = regexToken(text, i, tokens); // the run may go on outside the BMP
      } else {
        const s = text.slice(i, j);
        tokens.push({ kind: 'cjk', text: s, norm: s, start: i, end: j });
        i = j;
      }
    } else if (k & C_WORD) {
      i = pushWord(text, i, tokens) ? (tokens[tokens.length - 1]?.end ?? n) : regexToken(text, i, tokens);
    } else if (k & C_PUNCT) {
      i = pushPunct(text, i, tokens);
    } else {
      i += 1; // no alternative of TOKEN_RE starts with this character
    }
  }
  return tokens;
}

/** A run of punctuation from `i` (TOKEN_RE's last alternative); returns where it ends. */
function pushPunct(text: string, i: number, tokens: Token[]): number {
  let j = i + 1;
  while (j < text.length && isPunct(text.charCodeAt(j))) j += 1;
  const s = text.slice(i, j);
  tokens.push({ kind: 'punct', text: s, norm: s, start: i, end: j });
  return j;
}

/** "http", "www." (URLs), "xD", "T_T", "o_O" and "D:" (emoticons) start with a letter. */
function mayStartSpecial(text: string, i: number, c: number): boolean {
  if (c === 0x68) return text.startsWith('http://', i) || text.startsWith('https://', i); // h
  if (c === 0x77) return text.startsWith('www.', i); // w
  const next = text.charCodeAt(i + 1);
  if (c === 0x78 || c === 0x58) return next === 0x64 || next === 0x44 || next === 0x70 || next === 0x50 || next === 0x28; // x: d D p P (
  if (c === 0x74 || c === 0x54) return next === 0x5f; // t_
  if (c === 0x6f || c === 0x4f) return next === 0x5f || next === 0x2e; // o_ o.
  if (c === 0x44) return next === 0x3a; // D:
  return false;
}

/**
 * The word (TOKEN_RE's word alternative) starting at `i`, whose first character is a letter,
 * mark or digit outside NO_SPACE: such characters, then any number of apostrophes (' or ’) each
 * followed by letters or marks. Pushes it and returns true, or returns false without pushing when
 * a character outside the BMP touches it (TOKEN_RE decides those).
 */
function pushWord(text: string, i: number, tokens: Token[]): boolean {
  const n = text.length;
  let ascii = true;
  let digits = true;
  let capitals = false;
  let j = i;
  for (; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c < 0x80) {
      if (ASCII_CLASS[c] !== A_WORD) break;
      if (c > 0x39) digits = false;
      if (c >= 0x41 && c <= 0x5a) capitals = true;
      continue;
    }
    if (isSurrogate(c)) return false;
    const k = charClass(c);
    if ((k & C_WORD) === 0) break;
    ascii = false;
    if ((k & C_DIGIT) === 0) digits = false;
  }
  for (;;) {
    const a = text.charCodeAt(j);
    if (a !== 0x27 && a !== 0x2019) break;
    let k = j + 1;
    for (; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c < 0x80) {
        if (!isAsciiLetter(c)) break;
        if (c <= 0x5a) capitals = true;
        continue;
      }
      if (isSurrogate(c)) return false;
      if ((charClass(c) & C_WORD_AFTER_APOSTROPHE) === 0) break;
      ascii = false;
    }
    if (k === j + 1) break;
    if (a !== 0x27) ascii = false;
    digits = false;
    j = k;
  }
  // A pair right after the word could be a letter outside the BMP that goes on with it.
  if (j < n && isSurrogate(text.charCodeAt(j))) return false;
  const s = text.slice(i, j);
  const kind: TokenKind = digits ? 'number' : 'word';
  // Plain ASCII without capitals is its own lower case (most words of most posts).
  const norm = kind === 'number' ? s : ascii ? (capitals ? s.toLowerCase() : s) : normalizeWord(s);
  tokens.push({ kind, text: s, norm, start: i, end: j });
  return true;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** TOKEN_RE anchored at `i`: push its token and return where to go on. */
function regexToken(text: string, i: number, tokens: Token[]): number {
  STICKY_RE.lastIndex = i;
  const m = STICKY_RE.exec(text);
  if (!m) {
    const c = text.charCodeAt(i);
    return i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
  }
  tokens.push(tokenOf(m, i));
  return i + Math.max(1, m[0].length);
}

/** The token a TOKEN_RE match starting at `start` stands for: its kind is the group that matched. */
function tokenOf(m: RegExpExecArray, start: number): Token {
  const s = m[0];
  let group = 1;
  while (group < 9 && m[group] === undefined) group += 1;
  let kind = KINDS[group] ?? 'punct';
  if (kind === 'word' && DIGITS.test(s)) kind = 'number';
  const norm = kind === 'hashtag' ? normalizeWord(s.slice(1)) : kind === 'word' ? normalizeWord(s) : s;
  return { kind, text: s, norm, start, end: start + s.length };
}

/** The reference tokenizer (TOKEN_RE alone); tests check tokenize() against it. */
export function tokenizeWithRegex(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) tokens.push(tokenOf(m, m.index));
  return tokens;
}

/** Lower-case, NFC (prepare.ts leaves combining accents decomposed), typographic apostrophe -> '. */
export function normalizeWord(s: string): string {
  const lower = s.toLowerCase();
  // Printable ASCII needs neither NFC nor the apostrophe fix; most words are that.
  return ASCII.test(lower) ? lower : lower.normalize('NFC').replace(/’/g, "'");
}

const ASCII = /^[ -~]*$/;
