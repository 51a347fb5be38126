/**
 * "Why this spike": the terms, complaint categories and languages whose share grew in the alert's
 * mentions compared with the day before, and example mentions. Pure: the background passes the
 * rows it read from the mention store.
 *
 * Terms (phrases.ts): a term's count is the number of span mentions that contain it, its baseline
 * the number of baseline mentions that do — both shown with their totals, so "charger: 412 of 503
 * (day before: 3 of 108)" can be checked by searching the mentions. A term needs
 * - support: at least MIN_SUPPORT mentions and MIN_SHARE of the span (one post is an example, not
 *   a pattern; a handful in a big burst is noise);
 * - growth: its share at least MIN_GROWTH × its share the day before, with half a mention added to
 *   the baseline count so a term absent before has a finite growth that still scales with its count
 *   (the "significant terms" idea: what is frequent here AND was rare there).
 * Ranked by that growth. The brand's names, handles, watched products and the scope's own keywords
 * are the population and never terms (PopulationTerms).
 *
 * Spread over the spike: a burst in six languages has six words for "charger", each in its own
 * mentions. Terms that reach mentions no better-ranked term reached (at least NEW_REACH of theirs)
 * are listed first, the others after them, so eight lines explain the whole spike rather than
 * eight synonyms of its biggest language.
 *
 * No double counting: a word is dropped when a longer phrase containing it is in at least
 * COVER_SHARE of its mentions (充电器 over 充电, "burning plastic" over "plastic"), and of two terms
 * that share words (a word and a phrase containing it, or overlapping phrases) and mostly the same
 * mentions, only the better-ranked one is listed.
 */
import type { AlertWhy, StoredMention } from '../schema.ts';
import { pickExamples } from './examples.ts';
import { isSubTerm, populationMatcher, termsOf, termsOverlap, type PopulationTerms } from './phrases.ts';

export interface WhyInput {
  span: readonly StoredMention[];
  baseline: readonly StoredMention[];
  /** Never reported (the population): brand names, handles, product ids, the scope's keywords. */
  population?: PopulationTerms;
  maxTerms?: number;
  maxExamples?: number;
}

export const MIN_SUPPORT = 3;
export const MIN_SHARE = 0.03;
export const MIN_GROWTH = 2;
export const COVER_SHARE = 0.8;
export const NEW_REACH = 0.5;

function mentionText(row: StoredMention): string {
  return row.title ? `${row.title}. ${row.text}` : row.text;
}

function termRows(rows: readonly StoredMention[], population: ReturnType<typeof populationMatcher>): Map<string, number[]> {
  const found = new Map<string, number[]>();
  rows.forEach((row, i) => {
    for (const term of termsOf(mentionText(row), row.analysis.lang, population)) {
      const list = found.get(term);
      if (list) list.push(i);
      else found.set(term, [i]);
    }
  });
  return found;
}

function shares(rows: readonly StoredMention[], keysOf: (r: StoredMention) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) for (const k of new Set(keysOf(r))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

function grew(span: readonly StoredMention[], baseline: readonly StoredMention[], keysOf: (r: StoredMention) => readonly string[]): AlertWhy['categories'] {
  const now = shares(span, keysOf);
  const before = shares(baseline, keysOf);
  const n = Math.max(span.length, 1);
  const m = Math.max(baseline.length, 1);
  const out: AlertWhy['categories'] = [];
  for (const [key, count] of now) {
    const share = count / n;
    const baselineShare = (before.get(key) ?? 0) / m;
    if (share > baselineShare) out.push({ key, count, share, baselineShare });
  }
  return out.sort((a, b) => b.share - b.baselineShare - (a.share - a.baselineShare) || b.count - a.count || a.key.localeCompare(b.key)).slice(0, 8);
}

function overlap(a: readonly number[], b: readonly number[]): number {
  const set = new Set(b);
  return a.reduce((t, i) => t + (set.has(i) ? 1 : 0), 0);
}

export interface RankedTerm {
  text: string;
  /** Span mentions containing it, and baseline mentions containing it. */
  count: number;
  baseline: number;
  /** Its share of the span over its (smoothed) share of the baseline; the count when no baseline. */
  growth: number;
  /** Indices of the span mentions containing it. */
  rows: number[];
}

/** The terms that grew, best first, without double counting (see the module comment). */
export function rankTerms(span: readonly StoredMention[], baseline: readonly StoredMention[], population: PopulationTerms = { terms: [] }, max = 8): RankedTerm[] {
  const matcher = populationMatcher(population);
  const spanRows = termRows(span, matcher);
  const baseRows = termRows(baseline, matcher);
  const n = span.length;
  const m = baseline.length;
  const support = Math.max(MIN_SUPPORT, Math.ceil(MIN_SHARE * n));
  const candidates: RankedTerm[] = [];
  for (const [text, rows] of spanRows) {
    if (rows.length < support) continue;
    const b = baseRows.get(text)?.length ?? 0;
    // Without any baseline mention, growth cannot be measured: the count alone ranks.
    const growth = m === 0 ? rows.length : rows.length / n / ((b + 0.5) / m);
    if (m > 0 && growth < MIN_GROWTH) continue;
    candidates.push({ text, count: rows.length, baseline: b, growth, rows });
  }
  // A word (or shorter phrase) whose mentions are mostly covered by a longer phrase gives way to it.
  const kept = candidates.filter((t) => !candidates.some((p) => p !== t && p.text.length > t.text.length && isSubTerm(t.text, p.text) && p.count >= COVER_SHARE * t.count));
  kept.sort((a, b) => b.growth - a.growth || b.count - a.count || b.text.length - a.text.length || a.text.localeCompare(b.text));
  const distinct: RankedTerm[] = [];
  for (const t of kept) {
    // A phrase and a word inside it (or two overlapping phrases) would count the same mentions twice.
    if (!distinct.some((c) => termsOverlap(c.text, t.text) && overlap(t.rows, c.rows) > t.count / 2)) distinct.push(t);
  }
  const reached = new Set<number>();
  const first: RankedTerm[] = [];
  const rest: RankedTerm[] = [];
  for (const t of distinct) {
    const fresh = t.rows.reduce((n, i) => n + (reached.has(i) ? 0 : 1), 0);
    if (fresh >= NEW_REACH * t.count) {
      first.push(t);
      for (const i of t.rows) reached.add(i);
    } else rest.push(t);
  }
  return [...first, ...rest].slice(0, max);
}

export function explainSpike(input: WhyInput): AlertWhy {
  const { span, baseline } = input;
  const terms = rankTerms(span, baseline, input.population, input.maxTerms ?? 8);
  return {
    mentions: span.length,
    baselineMentions: baseline.length,
    terms: terms.map(({ text, count, baseline: b }) => ({ text: text.slice(0, 80), count, baseline: b })),
    categories: grew(span, baseline, (r) => r.analysis.complaint?.categories ?? []),
    languages: grew(span, baseline, (r) => [r.analysis.lang]),
    exampleIds: pickExamples(
      span,
      terms.map((t) => t.rows),
      input.maxExamples ?? 5,
    ),
  };
}
