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
 * more), but as one alternation of many phrases it runs in microseconds, where the same
 * alternation with boundary look-arounds at each branch costs a hundred times more. */
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
 * A rule's phrases: a loose global regex that finds candidate positions fast (all phrases without
 * word boundaries, one alternation), and at those positions each phrase's exact sticky regex
 * (with its boundaries). A combined exact regex of all phrases used to decide first whether any
 * phrase matched there, but the loose candidates were nearly all real matches (bench/lint.ts pack:
 * 8,687 of 8,936), so it only added a regex to compile and run.
 */
export interface PhraseGroup<T> {
  any: RegExp;
  items: T[];
  /** Exact sticky regex per phrase, built on first need: where the combined one matches, every
   * phrase matching at that position is reported (two kinds of promise can start at one word). */
  one: (i: number) => RegExp;
  /** Strings of which every match of `any` contains one (each phrase's, read off its source by
   * analysis/required-literals.ts), or null when some phrase names none: a text with none of them
   * cannot match, and scanPhrases skips the group without running its regexes. */
  required: RequiredLiteral[] | null;
  /** The same per phrase: scanPhrases tries at a candidate position only the phrases whose
   * strings the text holds, so a phrase absent from every text is never compiled or run (the
   * bench pack: 155 of the 316 phrases tried ever matched). */
  requiredEach: (RequiredLiteral[] | null)[];
}

/** Every match of `group`'s phrases in `s`, as [item, start, end], in text order. */
export function* findPhrases<T>(group: PhraseGroup<T>, s: string): Generator<[T, number, number]> {
  const { any, items } = group;
  any.lastIndex = 0;
  for (let m = any.exec(s); m !== null; m = any.exec(s)) {
    const at = m.index;
    for (let i = 0; i < items.length; i++) {
      const one = group.one(i);
      one.lastIndex = at;
      const hit = one.exec(s);
      if (hit && hit[0].length > 0) yield [items[i]!, at, at + hit[0].length];
    }
    any.lastIndex = at + 1;
  }
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

function group<T>(sources: readonly string[], make: (i: number) => T): PhraseGroup<T> {
  if (sources.length === 0) return { any: /(?!)/gu, items: [], one: () => /(?!)/uy, required: [], requiredEach: [] };
  const ones: (RegExp | undefined)[] = [];
  const loose = sources.map(looseSource);
  const requiredEach = loose.map((source) => requiredLiteralsOf(source));
  return {
    any: new RegExp(loose.map((s) => `(?:${s})`).join('|'), 'gu'),
    items: sources.map((_, i) => make(i)),
    one: (i) => (ones[i] ??= new RegExp(compileSource(sources[i]!), 'uy')),
    required: requiredOf(requiredEach),
    requiredEach,
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

/**
 * Every group's phrase matches in `s`: each group's loose regex finds its candidate positions, and
 * its phrases' exact sticky regexes are tried there. (One loose
 * regex for all groups was tried: for Chinese and Japanese it ran 20–40 µs per reply against
 * 1–2 µs for the eight small ones, the engine's first-character checks giving up on the union.)
 */
export function scanPhrases(t: CompiledLang, s: string): PhraseHits {
  // Most replies match nothing: share one empty list per group until a group has a hit. (Written
  // out: spreading NO_HITS cost V8 (Node 20) several times as much, once per text.)
  const n = NO_HITS;
  const hits: PhraseHits = { liability: n.liability, speculation: n.speculation, absolute: n.absolute, nonApology: n.nonApology, claims: n.claims, promises: n.promises, deadlines: n.deadlines, reviewRequests: n.reviewRequests };
  let searchReady = false;
  for (const g of GROUPS) {
    const group = t[g] as PhraseGroup<unknown>;
    // None of the strings every match needs: the group's regexes cannot match (a trigram bit test
    // per string, where the loose alternation cost 2–20 µs per reply, bench/lint.ts).
    if (group.required) {
      if (!searchReady) literalSearch.reset(s);
      searchReady = true;
      if (!literalSearch.containsAny(group.required)) continue;
    }
    const any = group.any;
    any.lastIndex = 0;
    let present: number[] | undefined;
    for (let m = any.exec(s); m !== null; m = any.exec(s)) {
      const at = m.index;
      // The phrases that can match somewhere in this text (an exact match is a loose one, which
      // holds one of its phrase's strings), worked out at the first candidate position.
      if (!present) {
        if (!searchReady) literalSearch.reset(s);
        searchReady = true;
        present = [];
        for (let i = 0; i < group.items.length; i++) {
          const req = group.requiredEach[i];
          if (!req || literalSearch.containsAny(req)) present.push(i);
        }
      }
      for (const i of present) {
        const one = group.one(i);
        one.lastIndex = at;
        const hit = one.exec(s);
        if (hit && hit[0].length > 0) {
          if (hits[g] === NO_HITS[g]) (hits as Record<GroupName, unknown[]>)[g] = [];
          (hits[g] as [unknown, number, number][]).push([group.items[i], at, at + hit[0].length]);
        }
      }
      any.lastIndex = at + 1;
    }
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
