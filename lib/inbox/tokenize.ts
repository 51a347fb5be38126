/**
 * Search tokens for every language the inbox holds. Scripts written with spaces are split on
 * anything that is not a letter, mark or digit (a regex: Intl.Segmenter would give the same words
 * and costs several times more). Chinese, Japanese, Korean and Thai are written without spaces,
 * so runs of those scripts go through `Intl.Segmenter` (ICU's dictionary segmentation) for words,
 * and their characters are also indexed as overlapping pairs (bigrams): a query is matched by its
 * pairs, so "退款" finds "申请退款了" whichever way the segmenter cut the sentence, and a query
 * the dictionary splits differently from the post ("充电器坏了" vs "充电器 / 坏 / 了") still
 * matches. Single characters match words starting with them.
 *
 * Terms are folded: NFKC (full-width "ＲＥＦＵＮＤ" is "refund"), lower case, and Latin accents
 * dropped ("Gerät" is found by "gerat").
 */

/** Scripts written without spaces between words. */
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const SPACELESS_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー々〆]+/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const COMBINING = /\p{M}+/gu;

let segmenter: Intl.Segmenter | undefined;
function words(run: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(run)) if (s.isWordLike) out.push(s.segment);
  return out;
}

/** NFKC, lower case; accents dropped from letters that are not in a spaceless script. */
export function foldTerm(term: string): string {
  const t = term.normalize('NFKC').toLowerCase();
  if (SPACELESS.test(t)) return t;
  return t.normalize('NFD').replace(COMBINING, '').normalize('NFC');
}

export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Tokens of an indexed field: words, and for spaceless scripts also character pairs. */
export function indexTokens(text: string): string[] {
  const folded = text.normalize('NFKC');
  const out: string[] = [];
  if (!SPACELESS.test(folded)) {
    for (const m of folded.matchAll(WORD)) out.push(m[0]);
    return out;
  }
  let last = 0;
  for (const m of folded.matchAll(SPACELESS_RUN)) {
    for (const w of folded.slice(last, m.index).matchAll(WORD)) out.push(w[0]);
    const run = m[0];
    for (const w of words(run)) out.push(w);
    if ([...run].length > 1) out.push(...bigrams(run));
    last = m.index + run.length;
  }
  for (const w of folded.slice(last).matchAll(WORD)) out.push(w[0]);
  return out;
}

export interface QueryTerm {
  term: string;
  /** Match index terms that start with it (as-you-type for words; single CJK characters). */
  prefix: boolean;
}

/**
 * The terms of a search box query, all of which must match. Words match as prefixes, so results
 * follow typing ("refu" finds "refund"); a spaceless run is matched by its character pairs.
 */
export function queryTerms(query: string): QueryTerm[] {
  const folded = query.normalize('NFKC');
  const out: QueryTerm[] = [];
  const push = (term: string, prefix: boolean) => {
    const t = foldTerm(term);
    if (t && !out.some((q) => q.term === t && q.prefix === prefix)) out.push({ term: t, prefix });
  };
  let last = 0;
  const latin = (s: string) => {
    for (const w of s.matchAll(WORD)) push(w[0], true);
  };
  for (const m of folded.matchAll(SPACELESS_RUN)) {
    latin(folded.slice(last, m.index));
    const run = m[0];
    if ([...run].length === 1) push(run, true);
    else for (const b of bigrams(run)) push(b, false);
    last = m.index + run.length;
  }
  latin(folded.slice(last));
  return out;
}
