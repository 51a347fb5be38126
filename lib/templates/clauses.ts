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

const PUNCTUATION_RE = /[.!?\n…,;:()"\-\u3002\uff01\uff1f\uff0c\uff1b\uff1a\u3001\uff08\uff09\u300c-\u300f]/g;

function opaqueMask(s: string): Uint8Array | undefined {
  // The regex is costly on long text without any link or address: look for their marks first.
  if (!(s.includes('@') || s.includes('http') || s.includes('www.'))) return undefined;
  const mask = new Uint8Array(s.length);
  for (const m of s.matchAll(OPAQUE_RE)) mask.fill(1, m.index, m.index + m[0].length);
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

/** Sentences and clauses in one pass; `contrast` (a language's "but" words, global flag) starts
 * a new clause at each match. */
export function segment(s: string, contrast?: RegExp): Segments {
  const mask = opaqueMask(s);
  const starts = new Set<number>();
  if (contrast) {
    contrast.lastIndex = 0;
    for (const m of s.matchAll(contrast)) if (!mask?.[m.index]) starts.add(m.index);
  }
  const sentences: Span[] = [];
  const clauses: Span[] = [];
  let sFrom = 0;
  let cFrom = 0;
  // Only punctuation (and the contrast words' starts) can end a clause: visit those positions.
  const points = new Set<number>(starts);
  for (const m of s.matchAll(PUNCTUATION_RE)) points.add(m.index);
  points.add(s.length);
  for (const i of [...points].sort((a, b) => a - b)) {
    const b = i < s.length ? boundaryAt(s, i, mask) : 2;
    if (starts.has(i) && i > cFrom) {
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
