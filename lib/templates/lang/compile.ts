/**
 * Turns a language table's pattern sources into RegExps over folded text, once per language.
 *
 * `\b` in a source becomes a Unicode word boundary (JS's `\b` only knows ASCII letters, so it
 * would cut "négligé" or "ß" in two); accents in sources are folded like the text. Each rule also
 * gets one combined test (all its phrases as one alternation): a reply that matches none of a
 * rule's phrases costs one regex test, which keeps a 5,000-template pack fast.
 */
import type { CommitmentKind } from '../../incident/schema.ts';
import { foldPatternSource } from '../fold.ts';
import type { ClaimLevel, LangTable, Phrase } from './types.ts';

const WORD = String.raw`[\p{L}\p{N}]`;
const UNICODE_B = String.raw`(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;

export function compileSource(source: string): string {
  return foldPatternSource(source).replace(/\\b/g, UNICODE_B);
}

function re(source: string, flags = 'gu'): RegExp {
  return new RegExp(compileSource(source), flags);
}

export interface CompiledPhrase {
  re: RegExp;
  polar: boolean;
}
export interface CompiledClaim extends CompiledPhrase {
  level: ClaimLevel;
}
export interface CompiledPromise {
  re: RegExp;
  kind: CommitmentKind;
  generic: boolean;
}

export interface PhraseGroup<T> {
  /** All phrases as one alternation, no `g` flag: a quick "anything here?" test. */
  any: RegExp;
  items: T[];
}

export interface CompiledLang {
  contrast: RegExp;
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
}

function group<T extends { re: RegExp }>(sources: readonly string[], make: (i: number, re: RegExp) => T): PhraseGroup<T> {
  const any = sources.length === 0 ? /(?!)/u : new RegExp(sources.map((s) => `(?:${compileSource(s)})`).join('|'), 'u');
  return { any, items: sources.map((s, i) => make(i, re(s))) };
}

const src = (p: Phrase): string => (typeof p === 'string' ? p : p.re);
const polar = (p: Phrase): boolean => typeof p !== 'string' && p.polar === true;

function phrases(list: readonly Phrase[]): PhraseGroup<CompiledPhrase> {
  return group(list.map(src), (i, r) => ({ re: r, polar: polar(list[i]!) }));
}

const fold = (s: string) => foldPatternSource(s).toLowerCase();

export function compileLang(t: LangTable): CompiledLang {
  return {
    contrast: re(t.contrast),
    negBefore: re(t.negBefore),
    negAfter: t.negAfter ? re(t.negAfter, 'u') : undefined,
    liability: phrases(t.liability),
    speculation: phrases(t.speculation),
    absolute: phrases(t.absolute),
    nonApology: phrases(t.nonApology),
    claims: group(t.claims.map((c) => c.re), (i, r) => ({ re: r, polar: t.claims[i]!.polar === true, level: t.claims[i]!.level })),
    notClaim: re(t.notClaim),
    promises: group(t.promises.map((p) => p.re), (i, r) => ({ re: r, kind: t.promises[i]!.kind, generic: t.promises[i]!.generic === true })),
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
  };
}

const cache = new Map<LangTable, CompiledLang>();

/** Compiled once per table and kept: compiling the eight languages takes a few milliseconds. */
export function compiled(t: LangTable): CompiledLang {
  let c = cache.get(t);
  if (!c) cache.set(t, (c = compileLang(t)));
  return c;
}
