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
const SENTENCE_END = new Set(['.', '!', '?', '。', '！', '？', '\n', '…']);
const CLAUSE_END = new Set([',', ';', ':', '，', '；', '：', '、', '(', ')', '（', '）', '"', '「', '」', '『', '』']);

function opaqueMask(s: string): Uint8Array {
  const mask = new Uint8Array(s.length);
  for (const m of s.matchAll(OPAQUE_RE)) mask.fill(1, m.index, m.index + m[0].length);
  return mask;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function isBoundary(s: string, i: number, mask: Uint8Array, clause: boolean): boolean {
  if (mask[i]) return false;
  const c = s[i]!;
  if (SENTENCE_END.has(c)) {
    // 1.200, 18.03., 3.5 and "z.B." are not sentence ends; "5." before a month or "18. März" is a
    // German ordinal: the date reader needs them whole.
    if (c === '.' && (isDigit(s[i - 1]) || (s[i + 1] !== undefined && /\p{L}/u.test(s[i + 1]!) && /\p{L}/u.test(s[i - 1] ?? '')))) return false;
    return true;
  }
  if (!clause) return false;
  if (CLAUSE_END.has(c)) {
    // 1,200 and 16:00 stay whole.
    if ((c === ',' || c === ':') && isDigit(s[i - 1]) && isDigit(s[i + 1])) return false;
    return true;
  }
  // " - " as a dash between clauses.
  return c === '-' && s[i - 1] === ' ' && s[i + 1] === ' ';
}

function split(s: string, clause: boolean, contrast?: RegExp): Span[] {
  const mask = opaqueMask(s);
  const cuts = new Set<number>();
  for (let i = 0; i < s.length; i++) if (isBoundary(s, i, mask, clause)) cuts.add(i);
  const starts = new Set<number>();
  if (clause && contrast) {
    contrast.lastIndex = 0;
    for (const m of s.matchAll(contrast)) if (!mask[m.index]) starts.add(m.index);
  }
  const spans: Span[] = [];
  let from = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || cuts.has(i) || starts.has(i)) {
      const end = cuts.has(i) ? i + 1 : i;
      if (end > from) spans.push({ start: from, end });
      from = end;
    }
  }
  return spans;
}

export function sentences(folded: string): Span[] {
  return split(folded, false);
}

/** Clauses; `contrast` (a language's "but" words, global flag) starts a new clause at each match. */
export function clauses(folded: string, contrast?: RegExp): Span[] {
  return split(folded, true, contrast);
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
