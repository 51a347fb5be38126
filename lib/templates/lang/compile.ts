/**
 * Turns a language table's pattern sources into RegExps over folded text, once per language.
 *
 * `\b` in a source becomes a Unicode word boundary (JS's `\b` only knows ASCII letters, so it
 * would cut "négligé" or "ß" in two); accents in sources are folded like the text. Each rule also
 * gets one combined test (all its phrases as one alternation): a reply that matches none of a
 * rule's phrases costs one regex test, which keeps a 5,000-template pack fast.
 */
import { LiteralSearch, requiredLiteralsOf, type RequiredLiteral } from '../../analysis/required-literals.ts';
import type { CommitmentKind } from '../../incident/schema.ts';
import { foldPatternSource } from '../fold.ts';
import type { ClaimLevel, LangTable, Phrase } from './types.ts';
import { cutPoints } from './cut-points.ts';
import { wordBoundaries } from './word-boundary.ts';

// Word characters of folded text in the spaced scripts: accents are gone, so Latin is a-z plus
// the letters NFD does not decompose (ß, ø, æ, œ, ł…), then Greek and Cyrillic. A small class
// keeps the boundary cheap; Chinese and Japanese patterns use no boundaries.
export const WORD = String.raw`[a-z0-9\u00df-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff]`;
export const UNICODE_B = String.raw`(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;

const LETTER_RANGES = String.raw`a-z\u00df-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff`;

/**
 * `\p{L}` as the letters folded text can hold in the spaced scripts (a-z, ß…ɏ, Greek,
 * Cyrillic): the full Unicode letter class is hundreds of ranges, and compiling it into every
 * pattern made the first lint of a pack take seconds. Inside a character class the ranges are
 * inserted, outside it a class of them.
 */
function smallLetters(source: string): string {
  // Most sources have no \p{L}: nothing to replace.
  if (!source.includes('\\p{L}')) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      if (source.startsWith('\\p{L}', i)) {
        out += inClass ? LETTER_RANGES : `[${LETTER_RANGES}]`;
        i += 4;
        continue;
      }
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** A source before its word boundaries are written out: accents folded, `\p{L}` made small. */
export function expandSource(source: string): string {
  return smallLetters(foldPatternSource(source));
}

export function compileSource(source: string): string {
  return wordBoundaries(expandSource(source), WORD, UNICODE_B);
}

/** The pattern without its word boundaries: matches wherever the pattern does (and a little
 * more). Its required strings are the exact pattern's too, and as a quick "any at all?" test
 * (contrastLoose) it runs in microseconds where boundary look-arounds cost far more. */
function looseSource(source: string): string {
  return smallLetters(foldPatternSource(source)).replace(/\\b/g, '');
}

function re(source: string, flags = 'gu'): RegExp {
  return new RegExp(compileSource(source), flags);
}

export interface CompiledPhrase {
  polar: boolean;
}
export interface CompiledClaim extends CompiledPhrase {
  level: ClaimLevel;
}
export interface CompiledPromise {
  kind: CommitmentKind;
  generic: boolean;
}

/**
 * A rule's phrases: each phrase's exact global regex (with its word boundaries), built on first
 * need, and the strings every match of a phrase contains, read off its source. A text that holds
 * none of a phrase's strings cannot match it, and the phrase is not run (or compiled) for it.
 *
 * There used to be one loose alternation of the group's phrases (without word boundaries) that
 * found candidate positions, where each phrase's sticky regex was then tried. Its candidates are
 * not needed: an exact match at a position is a loose match there (dropping a zero-width `\b`
 * only widens a pattern), so every position where a phrase matches was a candidate, and running
 * each remaining phrase over the text finds the same matches. The 64 alternations (52 KB of
 * source over the eight languages) took ~55 ms to compile and tier up in a fresh process
 * (2026-12-07), and the literal check leaves few phrases to run (bench/lint.ts pack, text by
 * text: 38,000 runs of short regexes against 23,000 alternation scans plus 18,000 sticky tries).
 */
export interface PhraseGroup<T> {
  items: T[];
  /** Exact global regex per phrase, built on first need. */
  one: (i: number) => RegExp;
  /** Strings of which every match of one of the phrases contains one (each phrase's, read off
   * its source by analysis/required-literals.ts), or null when some phrase names none: a text
   * with none of them cannot match, and scanPhrases skips the group without running its regexes. */
  required: RequiredLiteral[] | null;
  /** The same per phrase: only the phrases whose strings the text holds are run, so a phrase
   * absent from every text is never compiled or run (the bench pack: 155 of the 316 phrases
   * tried ever matched). */
  requiredEach: (RequiredLiteral[] | null)[];
  /** Characters none of the phrases can match (cut-points.ts), of CUT_CANDIDATES. */
  cuts: string;
}

/** Sentence and line ends: where a text can be cut for phrase-scan-memo.ts when no phrase of
 * its language can match them. The tables keep phrases inside a sentence (`[^.!?]{0,20}`, not
 * `.{0,20}`); German keeps its full stop (a deadline reads "18."), Japanese cuts only at 。 (its
 * `[^。]` reads any other). */
export const CUT_CANDIDATES = '.!?\n\u3002';

/** cutPoints of a phrase, within `candidates`: of its loose source (looseSource) and of the
 * look-arounds over WORD its word boundaries become (compileSource). An escaped backslash could
 * have lost its neighbour to the loose source's `\b` removal: then none. */
function phraseCuts(source: string, loose: string, candidates: string): string {
  if (candidates === '' || source.includes('\\\\')) return '';
  return cutPoints(loose, cutPoints(UNICODE_B, candidates));
}

/**
 * Every match of `group`'s phrases in `s` as [item, start, end], by start and then by phrase
 * (the order the phrases are listed in): at each position every phrase that matches there, with
 * its own length (two kinds of promise can start at one word). `search`, reset to `s`: run only
 * the phrases whose required strings it finds.
 */
function groupMatches<T>(group: PhraseGroup<T>, s: string, search: LiteralSearch | undefined): [T, number, number][] | undefined {
  let found: [T, number, number][] | undefined;
  let runs = 0;
  for (let i = 0; i < group.items.length; i++) {
    const req = group.requiredEach[i];
    if (req && search && !search.containsAny(req)) continue;
    const re = group.one(i);
    const item = group.items[i]!;
    const before = found?.length ?? 0;
    re.lastIndex = 0;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      const at = m.index;
      if (m[0].length > 0) (found ??= []).push([item, at, at + m[0].length]);
      // Every start position, overlapping ones too (as the sticky tries at each candidate did).
      re.lastIndex = at + 1;
    }
    if (found && found.length > before) runs++;
  }
  // Found phrase by phrase: in text order (a stable sort keeps the phrase order at one start).
  if (found && runs > 1) found.sort((a, b) => a[1] - b[1]);
  return found;
}

const findSearch = new LiteralSearch();

/** Every match of `group`'s phrases in `s`, as [item, start, end], in text order. */
export function* findPhrases<T>(group: PhraseGroup<T>, s: string): Generator<[T, number, number]> {
  findSearch.reset(s);
  if (group.required && !findSearch.containsAny(group.required)) return;
  const found = groupMatches(group, s, findSearch);
  if (found) yield* found;
}

/** Does any phrase of `group` occur in `s`? */
export function hasPhrase<T>(group: PhraseGroup<T>, s: string): boolean {
  for (const _ of findPhrases(group, s)) return true;
  return false;
}

/** The phrase groups of a language, by name. */
export const GROUPS = ['liability', 'speculation', 'absolute', 'nonApology', 'claims', 'promises', 'deadlines', 'reviewRequests'] as const;
export type GroupName = (typeof GROUPS)[number];
export type GroupItem<G extends GroupName> = CompiledLang[G] extends PhraseGroup<infer T> ? T : never;
export type PhraseHits = { [G in GroupName]: [GroupItem<G>, number, number][] };

export interface CompiledLang {
  contrast: RegExp;
  /** `contrast` and `scopeNouns` without word boundaries, no `g`: a cheap "any at all?" test
   * before the exact scan (most replies have neither). */
  contrastLoose: RegExp;
  scopeNounsLoose: RegExp;
  negBefore: RegExp;
  negAfter?: RegExp;
  liability: PhraseGroup<CompiledPhrase>;
  speculation: PhraseGroup<CompiledPhrase>;
  absolute: PhraseGroup<CompiledPhrase>;
  nonApology: PhraseGroup<CompiledPhrase>;
  claims: PhraseGroup<CompiledClaim>;
  notClaim: RegExp;
  promises: PhraseGroup<CompiledPromise>;
  deadlines: PhraseGroup<CompiledPhrase>;
  update: RegExp;
  reviewRequests: PhraseGroup<CompiledPhrase>;
  yourOrder: RegExp;
  genericUnit: RegExp;
  scopeNouns: RegExp;
  months: ReadonlyMap<string, number>;
  monthOnly: ReadonlySet<string>;
  weekdays: readonly string[];
  relativeDays: RegExp;
  numberWords: ReadonlyMap<string, number>;
  decimal: ',' | '.';
  spacedThousands: boolean;
}

/**
 * The strings of which every match of one of `looseSources` contains one, or null. Exact for
 * these regexes: their flags have no `i`, and the text they run on is folded to lower case
 * (LiteralSearch lower-cases the text, and requiredLiterals the pattern's letters).
 */
function requiredOf(each: readonly (RequiredLiteral[] | null)[]): RequiredLiteral[] | null {
  const byText = new Map<string, RequiredLiteral>();
  for (const required of each) {
    if (!required) return null;
    for (const r of required) byText.set(r.text, r);
  }
  return [...byText.values()];
}

/**
 * Required strings of a phrase: any number of them, and single characters too (one Han character
 * or kana is a word: 我, 错). A phrase with none is run on every piece of text (and compiled for
 * the first): under the analyser's limits (12 strings of 2 characters or more) 24 phrases of the
 * eight tables had none, long word lists such as "vermutlich|wahrscheinlich|…" and 可能|估计|….
 */
const PHRASE_REQUIRED = { minLength: 1, maxStrings: 64 };

function group<T>(sources: readonly string[], make: (i: number) => T): PhraseGroup<T> {
  if (sources.length === 0) return { items: [], one: () => /(?!)/gu, required: [], requiredEach: [], cuts: CUT_CANDIDATES };
  const ones: (RegExp | undefined)[] = [];
  let cuts = CUT_CANDIDATES;
  const requiredEach = sources.map((source) => {
    const loose = looseSource(source);
    cuts = phraseCuts(source, loose, cuts);
    return requiredLiteralsOf(loose, PHRASE_REQUIRED);
  });
  return {
    items: sources.map((_, i) => make(i)),
    one: (i) => (ones[i] ??= new RegExp(compileSource(sources[i]!), 'gu')),
    required: requiredOf(requiredEach),
    requiredEach,
    cuts,
  };
}

const src = (p: Phrase): string => (typeof p === 'string' ? p : p.re);
const polar = (p: Phrase): boolean => typeof p !== 'string' && p.polar === true;

function phrases(list: readonly Phrase[]): PhraseGroup<CompiledPhrase> {
  return group(list.map(src), (i) => ({ polar: polar(list[i]!) }));
}

const fold = (s: string) => foldPatternSource(s).toLowerCase();

/** `ü` -> `(?:ü|ue)` outside character classes, for each transliterated letter. */
function transliterate(source: string, map: Readonly<Record<string, string>>): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += !inClass && map[c] !== undefined ? `(?:${c}|${map[c]})` : c;
  }
  return out;
}

/** The table with every pattern source transliterated (and month names in both spellings). */
function withTransliterations(t: LangTable): LangTable {
  const map = t.transliterations;
  if (!map) return t;
  const tr = (s: string) => transliterate(s, map);
  function phrase<P extends string | { re: string }>(p: P): P {
    if (typeof p === 'string') return tr(p) as P;
    const spec: { re: string } = p;
    return { ...spec, re: tr(spec.re) } as P;
  }
  const spell = (w: string) => [...w].map((ch) => map[ch] ?? ch).join('');
  const months: Record<string, number> = { ...t.months };
  for (const [k, v] of Object.entries(t.months)) months[spell(k)] = v;
  return {
    ...t,
    contrast: tr(t.contrast),
    negBefore: tr(t.negBefore),
    negAfter: t.negAfter === undefined ? undefined : tr(t.negAfter),
    liability: t.liability.map(phrase),
    speculation: t.speculation.map(phrase),
    absolute: t.absolute.map(phrase),
    nonApology: t.nonApology.map(phrase),
    claims: t.claims.map(phrase),
    notClaim: tr(t.notClaim),
    promises: t.promises.map(phrase),
    deadlines: t.deadlines.map(phrase),
    update: tr(t.update),
    reviewRequests: t.reviewRequests.map(phrase),
    yourOrder: tr(t.yourOrder),
    genericUnits: tr(t.genericUnits),
    scopeNouns: tr(t.scopeNouns),
    months,
    monthOnly: [...(t.monthOnly ?? []), ...(t.monthOnly ?? []).map(spell)],
    relativeDays: tr(t.relativeDays),
  };
}

export function compileLang(table: LangTable): CompiledLang {
  const t = withTransliterations(table);
  return {
    contrast: re(t.contrast),
    contrastLoose: new RegExp(looseSource(t.contrast), 'u'),
    scopeNounsLoose: new RegExp(looseSource(t.scopeNouns), 'u'),
    negBefore: re(t.negBefore),
    negAfter: t.negAfter ? re(t.negAfter, 'u') : undefined,
    liability: phrases(t.liability),
    speculation: phrases(t.speculation),
    absolute: phrases(t.absolute),
    nonApology: phrases(t.nonApology),
    claims: group(t.claims.map((c) => c.re), (i) => ({ polar: t.claims[i]!.polar === true, level: t.claims[i]!.level })),
    notClaim: re(t.notClaim),
    promises: group(t.promises.map((p) => p.re), (i) => ({ kind: t.promises[i]!.kind, generic: t.promises[i]!.generic === true })),
    deadlines: phrases(t.deadlines),
    update: re(t.update),
    reviewRequests: phrases(t.reviewRequests),
    yourOrder: re(t.yourOrder),
    genericUnit: re(`^${t.genericUnits}$`, 'u'),
    scopeNouns: re(t.scopeNouns),
    months: new Map(Object.entries(t.months).map(([k, v]) => [fold(k), v])),
    monthOnly: new Set((t.monthOnly ?? []).map(fold)),
    weekdays: t.weekdays.map(fold),
    relativeDays: re(t.relativeDays),
    numberWords: new Map(Object.entries(t.numberWords ?? {}).map(([k, v]) => [fold(k), v])),
    decimal: t.decimal,
    spacedThousands: t.spacedThousands === true,
  };
}

const literalSearch = new LiteralSearch();

/** No hits at all (its lists are never written to: scanPhrases replaces a list before a push). */
export const NO_HITS: PhraseHits = Object.freeze(Object.fromEntries(GROUPS.map((g) => [g, Object.freeze([])]))) as unknown as PhraseHits;

/** Every group's phrase matches in `s` (groupMatches per group, with one literal search). */
export function scanPhrases(t: CompiledLang, s: string): PhraseHits {
  // Most replies match nothing: share one empty list per group until a group has a hit. (Written
  // out: spreading NO_HITS cost V8 (Node 20) several times as much, once per text.)
  const n = NO_HITS;
  const hits: PhraseHits = { liability: n.liability, speculation: n.speculation, absolute: n.absolute, nonApology: n.nonApology, claims: n.claims, promises: n.promises, deadlines: n.deadlines, reviewRequests: n.reviewRequests };
  literalSearch.reset(s);
  for (const g of GROUPS) {
    const group = t[g] as PhraseGroup<unknown>;
    // None of the strings every match needs: the group's regexes cannot match (a trigram bit test
    // per string, where running a regex cost 2–20 µs per reply, bench/lint.ts).
    if (group.required && !literalSearch.containsAny(group.required)) continue;
    const found = groupMatches(group, s, literalSearch);
    if (found) (hits as Record<GroupName, unknown[]>)[g] = found;
  }
  return hits;
}

const cache = new Map<LangTable, CompiledLang>();

/** Compiled once per table and kept: compiling the eight languages takes a few milliseconds. */
export function compiled(t: LangTable): CompiledLang {
  let c = cache.get(t);
  if (!c) cache.set(t, (c = compileLang(t)));
  return c;
}
