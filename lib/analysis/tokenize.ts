/**
 * Tokens of prepared text (see prepare.ts), with [start, end) offsets into that prepared text.
 *
 * Space-delimited scripts are split by one regular expression. A run of Han, kana or Thai, which
 * have no spaces, stays one 'cjk' token: sentiment.ts finds dictionary words inside it by longest
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

const NO_SPACE = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc\\u3005\\u3006\\p{Script=Thai}';

// Order matters: URLs before emoticons (":/" in "https://"), emoticons before punctuation.
// Numbered groups, not named ones: a named-group match allocates a `groups` object per token.
// 1 url, 2 handle, 3 hashtag, 4 emoticon, 5 emoji, 6 cjk, 7 word, 8 line break, 9 punctuation.
const TOKEN_RE = new RegExp(
  [
    '((?:https?:\\/\\/|www\\.)[^\\s]+)',
    '(@[A-Za-z0-9_]{1,15})',
    '(#[\\p{L}\\p{M}\\p{N}_]+)',
    // Western emoticons (":-(", ";)", ":'(", "xD", "</3") and a few eastern ones ("^^", "T_T").
    // Not preceded or followed by a letter/digit, so "10:30" or "x3" in a word do not count.
    "((?<![\\p{L}\\p{N}])(?:[:;=][-'^o]?[)(\\]\\[dDpP/\\\\|*3oO@$]+|[xX][dDpP(]+|<\\/?3+|[)(][-'^]?[:;=]|\\^[_.-]?\\^|[tT]_[tT]|;_;)(?![\\p{L}\\p{N}]))",
    // One pictograph, with an optional skin-tone modifier; or a flag (two regional indicators).
    '(\\p{Extended_Pictographic}[\\u{1F3FB}-\\u{1F3FF}]?|[\\u{1F1E6}-\\u{1F1FF}]{2})',
    `([${NO_SPACE}]+)`,
    `((?:(?![${NO_SPACE}])[\\p{L}\\p{M}\\p{N}])+(?:['’](?:(?![${NO_SPACE}])[\\p{L}\\p{M}])+)*)`,
    '(\\n)',
    '([!?.,;:…¡¿。！？、，；：．]+)',
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
  ASCII_CLASS[c] = /[A-Za-z0-9]/.test(ch) ? A_WORD : /[!?.,]/.test(ch) ? A_PUNCT : /[@#:;=<>()^[\]]/.test(ch) ? A_REGEX : ch === '\n' ? A_BREAK : A_SKIP;
}
const PUNCT_RUN = /[!?.,;:…¡¿。！？、，；：．]/;

/**
 * Tokens of `text`. The result is exactly what TOKEN_RE's leftmost matches give; a hand-written
 * scanner takes plain ASCII words, punctuation and spaces itself (most of any post) and asks the
 * regex, anchored at that position, for everything else. The regex alone took ~25 µs of a
 * 145-character post, a third of the whole analysis.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? (ASCII_CLASS[c] ?? A_SKIP) : A_REGEX;
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
      let j = i + 1;
      while (j < n && PUNCT_RUN.test(text[j] ?? '')) j += 1;
      const s = text.slice(i, j);
      tokens.push({ kind: 'punct', text: s, norm: s, start: i, end: j });
      i = j;
      continue;
    }
    if (cls === A_WORD && !mayStartSpecial(text, i, c)) {
      const end = asciiWordEnd(text, i);
      if (end > 0) {
        const s = text.slice(i, end);
        const kind: TokenKind = isDigits(s) ? 'number' : 'word';
        tokens.push({ kind, text: s, norm: kind === 'word' ? s.toLowerCase() : s, start: i, end });
        i = end;
        continue;
      }
    }
    i = regexToken(text, i, tokens);
  }
  return tokens;
}

/** "http", "www." (URLs), "xD" and "T_T" (emoticons) start with a letter. */
function mayStartSpecial(text: string, i: number, c: number): boolean {
  if (c === 0x68) return text.startsWith('http://', i) || text.startsWith('https://', i); // h
  if (c === 0x77) return text.startsWith('www.', i); // w
  const next = text.charCodeAt(i + 1);
  if (c === 0x78 || c === 0x58) return next === 0x64 || next === 0x44 || next === 0x70 || next === 0x50 || next === 0x28; // x: d D p P (
  if (c === 0x74 || c === 0x54) return next === 0x5f; // t_
  return false;
}

/** End of a plain ASCII word (letters, digits, inner apostrophes before letters) starting at
 * `i`, or -1 when a non-ASCII character touches it (the regex handles "café", "don’t"). */
function asciiWordEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n && (ASCII_CLASS[text.charCodeAt(j)] ?? -1) === A_WORD) j += 1;
  for (;;) {
    const c = text.charCodeAt(j);
    if (j < n && c >= 128) return -1;
    if (c !== 0x27) break;
    const next = text.charCodeAt(j + 1);
    if (next >= 128) return -1;
    if (!isAsciiLetter(next)) break;
    let k = j + 1;
    while (k < n && isAsciiLetter(text.charCodeAt(k))) k += 1;
    j = k;
  }
  return j < n && text.charCodeAt(j) >= 128 ? -1 : j;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isDigits(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** TOKEN_RE anchored at `i`: push its token and return where to go on. */
function regexToken(text: string, i: number, tokens: Token[]): number {
  STICKY_RE.lastIndex = i;
  const m = STICKY_RE.exec(text);
  if (!m) {
    const c = text.charCodeAt(i);
    return i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
  }
  const s = m[0];
  let group = 1;
  while (group < 9 && m[group] === undefined) group += 1;
  let kind = KINDS[group] ?? 'punct';
  if (kind === 'word' && DIGITS.test(s)) kind = 'number';
  const norm = kind === 'hashtag' ? normalizeWord(s.slice(1)) : kind === 'word' ? normalizeWord(s) : s;
  tokens.push({ kind, text: s, norm, start: i, end: i + s.length });
  return i + Math.max(1, s.length);
}

/** The reference tokenizer (TOKEN_RE alone); tests check tokenize() against it. */
export function tokenizeWithRegex(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const s = m[0];
    let group = 1;
    while (group < 9 && m[group] === undefined) group += 1;
    let kind = KINDS[group] ?? 'punct';
    if (kind === 'word' && DIGITS.test(s)) kind = 'number';
    const norm = kind === 'hashtag' ? normalizeWord(s.slice(1)) : kind === 'word' ? normalizeWord(s) : s;
    tokens.push({ kind, text: s, norm, start: m.index, end: m.index + s.length });
  }
  return tokens;
}

/** Lower-case, NFC (prepare.ts leaves combining accents decomposed), typographic apostrophe -> '. */
export function normalizeWord(s: string): string {
  const lower = s.toLowerCase();
  // Printable ASCII needs neither NFC nor the apostrophe fix; most words are that.
  return ASCII.test(lower) ? lower : lower.normalize('NFC').replace(/’/g, "'");
}

const ASCII = /^[ -~]*$/;
