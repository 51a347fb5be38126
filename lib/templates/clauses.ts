/**
 * Sentences and clauses of folded text. A negation governs its own clause only: in "it's not your
 * fault, it's ours" the "not" belongs to the first clause, and "it's ours" stands alone. Clauses end
 * at sentence punctuation, commas, semicolons and colons (not inside numbers, times or links) and
 * before a contrastive word ("but", "sondern", "但是").
 */

export interface Span {
  start: number;
  end: number;
}

// A link or an e-mail address is one token: its dots and colons end nothing.
const OPAQUE_RE = /(?:https?:\/\/|www\.)[^\s"<>]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// Sentence ends: . ! ? 。 ！ ？ newline …; clause ends besides: , ; : ， ； ： 、 ( ) （ ） " 「 」 『 』.
const SENTENCE_END = new Set([0x2e, 0x21, 0x3f, 0x3002, 0xff01, 0xff1f, 0x0a, 0x2026]);
const CLAUSE_END = new Set([0x2c, 0x3b, 0x3a, 0xff0c, 0xff1b, 0xff1a, 0x3001, 0x28, 0x29, 0xff08, 0xff09, 0x22, 0x300c, 0x300d, 0x300e, 0x300f]);

// The links of OPAQUE_RE alone: without an @ its address branch cannot match, and it is the
// costly one (it starts at every letter and runs to the end of the word).
const LINK_RE = /(?:https?:\/\/|www\.)[^\s"<>]+/gu;

function opaqueMask(s: string): Uint8Array | undefined {
  // The regex is costly on long text without any link or address: look for their marks first.
  const at = s.includes('@');
  if (!(at || s.includes('http') || s.includes('www.'))) return undefined;
  const mask = new Uint8Array(s.length);
  for (const m of s.matchAll(at ? OPAQUE_RE : LINK_RE)) mask.fill(1, m.index, m.index + m[0].length);
  return mask;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const LETTER_RE = /\p{L}/u;
const isLetter = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c > 0x7f && LETTER_RE.test(s[i] ?? ''));
};

/** 0: no boundary, 1: clause end, 2: sentence end. */
function boundaryAt(s: string, i: number, mask: Uint8Array | undefined): 0 | 1 | 2 {
  if (mask?.[i]) return 0;
  const c = s.charCodeAt(i);
  if (SENTENCE_END.has(c)) {
    // 1.200, 18.03., 3.5 and "z.B." are not sentence ends; "5." before a month or "18. März" is a
    // German ordinal: the date reader needs them whole.
    if (c === 0x2e && (isDigit(s.charCodeAt(i - 1)) || (isLetter(s, i + 1) && isLetter(s, i - 1)))) return 0;
    return 2;
  }
  if (CLAUSE_END.has(c)) {
    // 1,200 and 16:00 stay whole.
    if ((c === 0x2c || c === 0x3a) && isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1))) return 0;
    return 1;
  }
  // " - " as a dash between clauses.
  return c === 0x2d && s.charCodeAt(i - 1) === 0x20 && s.charCodeAt(i + 1) === 0x20 ? 1 : 0;
}

export interface Segments {
  sentences: Span[];
  clauses: Span[];
}

/** Characters that can end a clause or a sentence (boundaryAt decides): the positions segment
 * visits. */
function isPunctuation(c: number): boolean {
  if (c < 0x80) return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x22 || c === 0x2d;
  return c === 0x2026 || c === 0x3001 || c === 0x3002 || (c >= 0x300c && c <= 0x300f) || c === 0xff01 || c === 0xff1f || c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0xff08 || c === 0xff09;
}

/** Sentences and clauses in one pass; `contrast` (a language's "but" words, global flag) starts
 * a new clause at each match. */
export function segment(s: string, contrast?: RegExp): Segments {
  const mask = opaqueMask(s);
  // Contrast words' starts, in text order.
  const starts: number[] = [];
  if (contrast) {
    contrast.lastIndex = 0;
    for (const m of s.matchAll(contrast)) if (!mask?.[m.index]) starts.push(m.index);
  }
  const sentences: Span[] = [];
  const clauses: Span[] = [];
  let sFrom = 0;
  let cFrom = 0;
  let next = 0;
  // Only punctuation and the contrast words' starts can end a clause: visit those positions, in
  // order (a loop over the characters, where a regex scan, a set and a sort were a tenth of a
  // warm pack lint).
  for (let i = 0; i <= s.length; i++) {
    const start = next < starts.length && starts[next] === i;
    if (start) next++;
    if (!start && i < s.length && !isPunctuation(s.charCodeAt(i))) continue;
    const b = i < s.length ? boundaryAt(s, i, mask) : 2;
    if (start && i > cFrom) {
      clauses.push({ start: cFrom, end: i });
      cFrom = i;
    }
    if (b === 0) continue;
    const end = i < s.length ? i + 1 : i;
    if (end > cFrom) clauses.push({ start: cFrom, end });
    cFrom = end;
    if (b === 2) {
      if (end > sFrom) sentences.push({ start: sFrom, end });
      sFrom = end;
    }
  }
  return { sentences, clauses };
}

export function sentences(folded: string): Span[] {
  return segment(folded).sentences;
}

/** Clauses; `contrast` (a language's "but" words, global flag) starts a new clause at each match. */
export function clauses(folded: string, contrast?: RegExp): Span[] {
  return segment(folded, contrast).clauses;
}

/** The span that contains position `at` (or the last one). */
export function spanAt(spans: readonly Span[], at: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo] ?? { start: 0, end: 0 };
}
