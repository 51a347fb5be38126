/**
 * What the sentiment layers find and share: a hit (a span of the prepared text with a valence),
 * the tokens as the layers read them, and where in those tokens a hit or an offset sits.
 * sentiment.ts runs the layers in order; each adds hits or modifies them.
 */
import type { ComplaintCategory } from '../schema.ts';
import { normalizeWord, type Token } from './tokenize.ts';

export type HitKind = 'word' | 'phrase' | 'complaint' | 'topic' | 'emoji' | 'emoticon';

export interface Hit {
  start: number;
  end: number;
  /** Index of the first token the hit covers: negation windows and contrast use it. */
  token: number;
  valence: number;
  kind: HitKind;
  category: ComplaintCategory | null;
  negatable: boolean;
  negated: boolean;
  /** A phrase of a `generic` group (pack.ts): its category is its subject's. */
  generic?: boolean;
  /** The word's listed valence, when matching already negated or boosted it (cjk-match.ts). */
  listed?: number;
  /** Where a negation span starts (the negator), for evidence. */
  negatorStart?: number;
}

/** What a word does to its neighbours rather than being rated itself (pack.ts markerOf). */
export type Marker = 'negator' | 'booster' | 'dampener' | 'contrast';

/** Token index -> the marker found there (word-lookup.ts, cjk-match.ts's markers stay inside
 * their run). */
export type Markers = Map<number, Marker>;

/** French/Italian elision: "n'est" -> "n'" + "est", "l'articolo" -> "l'" + "articolo", so the
 * negator and the word are looked up on their own. */
export function splitElisions(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const m = t.kind === 'word' ? /^(\p{L}{1,4}['’])(\p{L}.*)$/u.exec(t.text) : null;
    if (!m || !m[1] || !m[2]) {
      out.push(t);
      continue;
    }
    const cut = t.start + m[1].length;
    out.push({ kind: 'word', text: m[1], norm: normalizeWord(m[1]), start: t.start, end: cut });
    out.push({ kind: 'word', text: m[2], norm: normalizeWord(m[2]), start: cut, end: t.end });
  }
  return out;
}

const SENTENCE_END = /[.!?。！？…؟]/;

/** The sentence number of each token: negation and contrast stop at a sentence's end. */
export function sentenceIds(tokens: readonly Token[]): number[] {
  const ids: number[] = [];
  let id = 0;
  for (const t of tokens) {
    ids.push(id);
    if (t.kind === 'break' || (t.kind === 'punct' && SENTENCE_END.test(t.text))) id += 1;
  }
  return ids;
}

/** The number of each token's stretch of text: a stretch ends at any punctuation or line break
 * (a comma too) and at a conjunction of one of the packs (the conjunction starts the next).
 * complaint.ts looks for the subject of a generic failure ("the code never came") inside its
 * stretch. */
export function stretchIds(tokens: readonly Token[], packs: readonly { conjunctions: ReadonlySet<string> }[]): number[] {
  const ids: number[] = [];
  let id = 0;
  for (const t of tokens) {
    if (t.kind === 'word' && packs.some((p) => p.conjunctions.has(t.norm))) id += 1;
    ids.push(id);
    if (t.kind === 'break' || t.kind === 'punct') id += 1;
  }
  return ids;
}

/** The index of the token holding `offset` (or the first one after it): a binary search, since
 * phrase and CJK hits are found by offset in the text, not by token. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** true for each token some hit overlaps: a word inside a phrase is not scored again. */
export function coveredTokens(tokens: readonly Token[], hits: readonly Hit[]): boolean[] {
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const h of hits) {
    for (let i = h.token; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || t.start >= h.end) break;
      if (t.end > h.start) covered[i] = true;
    }
  }
  return covered;
}
