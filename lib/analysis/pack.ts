/**
 * A language pack: everything sentiment scoring knows about one language, as data. Adding a
 * language is adding a file under `languages/` and one line in `languages/index.ts`.
 *
 * Valences are on VADER's -4..+4 scale (Hutto & Gilbert 2014), so the rule constants in
 * sentiment.ts (negation x-0.74, booster 0.293, ALL-CAPS 0.733, "but" 0.5/1.5) apply unchanged.
 */
import type { ComplaintCategory } from '../schema.ts';

/**
 * A group of phrase patterns sharing a category and a valence.
 * - category null: a sentiment phrase ("waste of money", "highly recommend").
 * - valence 0: a topic ("customer service"): it names a category only when the text as a whole
 *   comes out negative, so "customer service was great" is not a service complaint.
 * - negatable: a single word ("damaged", "fake") that a preceding negator cancels ("not fake").
 * Pattern syntax: a regular expression source in which a space means "one or more spaces" and an
 * apostrophe means "an optional ' or ’" (so "doesn't", "doesn’t" and "doesnt" all match).
 */
export type PhraseGroup = readonly [
  category: ComplaintCategory | null,
  valence: number,
  patterns: readonly string[],
  opts?: { negatable?: boolean },
];

export interface PackSource {
  lang: string;
  /** Whole words (lower-case) -> valence. For `cjk` packs: substrings matched longest-first. */
  words: Record<string, number>;
  /** Word beginnings (at least 5 letters) -> valence, for inflected forms ("enttäusch" covers
   * enttäuscht, enttäuschend, Enttäuschung). Not used by `cjk` packs. */
  stems?: Record<string, number>;
  negators: readonly string[];
  /** Negators that follow what they negate (Japanese ない/ません). */
  postNegators?: readonly string[];
  boosters: readonly string[];
  dampeners?: readonly string[];
  /** "but" words: the clause after weighs 1.5, the one before 0.5 (VADER). */
  contrast: readonly string[];
  phrases: readonly PhraseGroup[];
  /** Split elided articles/negators off the word: French n'est -> n' + est, Italian l'ho. */
  elision?: boolean;
  /** Han/kana script: words are found by longest match inside runs, not by token. */
  cjk?: boolean;

  /** Words skipped when this pack only stands in for an uncertain language: common words of
   * other languages that look like ours (German "die", "gift", "bad"; Spanish "sin"). */
  falseFriends?: readonly string[];
}

export interface CompiledPhrase {
  re: RegExp;
  category: ComplaintCategory | null;
  valence: number;
  negatable: boolean;
}

export interface LanguagePack {
  lang: string;
  words: ReadonlyMap<string, number>;
  /** Sorted longest first. */
  stems: readonly (readonly [string, number])[];
  negators: ReadonlySet<string>;
  postNegators: readonly string[];
  boosters: ReadonlySet<string>;
  dampeners: ReadonlySet<string>;
  contrast: ReadonlySet<string>;
  /** One entry per pattern (not per group), so each can be tried on its own. */
  phrases: readonly CompiledPhrase[];
  /** Which phrases can match a text, by the first three letters of their first word (see
   * phraseKeys); phrases that start otherwise are in `phraseAlways`. */
  phraseIndex: ReadonlyMap<string, readonly number[]>;
  phraseAlways: readonly number[];
  elision: boolean;
  cjk: boolean;
  falseFriends: ReadonlySet<string>;
}

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

export function compilePack(src: PackSource): LanguagePack {
  const cjk = src.cjk ?? false;
  const words = new Map(Object.entries(src.words).map(([k, v]) => [cjk ? k : k.toLowerCase().normalize('NFC'), v]));
  const phrases: CompiledPhrase[] = [];
  const phraseIndex = new Map<string, number[]>();
  const phraseAlways: number[] = [];
  for (const [category, valence, patterns, opts] of src.phrases) {
    for (const pattern of patterns) {
      const at = phrases.length;
      phrases.push({ re: compilePatterns([pattern], cjk), category, valence, negatable: opts?.negatable ?? false });
      const keys = phraseKeys(pattern, cjk);
      if (!keys) phraseAlways.push(at);
      else for (const k of keys) phraseIndex.set(k, [...(phraseIndex.get(k) ?? []), at]);
    }
  }
  return {
    lang: src.lang,
    words,
    stems: Object.entries(src.stems ?? {}).sort((a, b) => b[0].length - a[0].length),
    negators: new Set(src.negators),
    postNegators: src.postNegators ?? [],
    boosters: new Set(src.boosters),
    dampeners: new Set(src.dampeners ?? []),
    contrast: new Set(src.contrast),
    phrases,
    phraseIndex,
    phraseAlways,
    elision: src.elision ?? false,
    cjk,
    falseFriends: new Set(src.falseFriends ?? []),
  };
}

function compilePatterns(patterns: readonly string[], cjk: boolean): RegExp {
  const body = patterns.map((p) => p.replace(/ /g, '\\s+').replace(/'/g, "['’]?")).join('|');
  // Space-delimited languages: whole words only ("broke" must not match "broker").
  // The check before the match is done by the caller (startsWord), not by a leading lookbehind:
  // a pattern that starts with a lookbehind cannot use V8's first-character scan, and running it
  // cost ~3x more on tweets.
  const source = cjk ? `(?:${body})` : `(?:${body})(?!${LETTER_OR_DIGIT})`;
  return new RegExp(source, 'giu');
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** True when a match at `at` starts a word: the character before it is no letter or digit
 * (what the lookbehind `(?<![\p{L}\p{N}])` said). Marks count as letters here: a match right
 * after a combining accent is inside a word. */
export function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
  const prev = c >= 0xdc00 && c <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1] ?? '';
  return !WORD_CHAR.test(prev);
}

/** The key a word is indexed under: its first three letters (the whole word when shorter). */
export function wordKey(norm: string): string {
  return norm.length <= 3 ? norm : norm.slice(0, 3);
}

const LITERAL = /^[\p{L}\p{N}]*/u;

/**
 * The keys (wordKey) of every word a pattern can start with, or null when that cannot be read
 * off the pattern (it starts with a character class, an optional group...). Running only the
 * patterns whose first word occurs in the text is what keeps the phrase layer cheap: a post
 * triggers a handful of the ~800 patterns instead of all of them. Handles the shapes our packs
 * use: a literal word, or a group of alternatives "(?:a|b c)" followed by more pattern. CJK
 * patterns are keyed by their first character (sentiment.ts textKeys adds every CJK character).
 */
export function phraseKeys(pattern: string, cjk = false): Set<string> | null {
  const alternatives = splitTopLevel(pattern);
  if (alternatives.length > 1) {
    const keys = new Set<string>();
    for (const alt of alternatives) {
      const sub = alt === '' ? null : phraseKeys(alt, cjk);
      if (!sub) return null;
      for (const k of sub) keys.add(k);
    }
    return keys;
  }
  if (pattern.startsWith('(?:')) {
    const close = matchingParen(pattern, 0);
    if (close < 0) return null;
    const after = pattern[close + 1];
    if (after === '?' || after === '*' || after === '{') return null;
    const rest = pattern.slice(close + 1);
    const keys = new Set<string>();
    for (const alt of splitTopLevel(pattern.slice(3, close))) {
      if (alt === '') return null;
      const sub = phraseKeys(alt + rest, cjk);
      if (!sub) return null;
      for (const k of sub) keys.add(k);
    }
    return keys;
  }
  if (cjk) {
    // No words in CJK text: key by the first character when it is a CJK one and not optional.
    const first = pattern.codePointAt(0) ?? 0;
    const next = pattern[first > 0xffff ? 2 : 1];
    if (first < 0x2e80 || next === '?' || next === '*' || next === '{') return null;
    return new Set([String.fromCodePoint(first)]);
  }
  const lit = (LITERAL.exec(pattern)?.[0] ?? '').toLowerCase().normalize('NFC');
  const next = pattern[lit.length];
  if (lit === '') return null;
  // "leaks?": the last letter is optional; "colou?r" likewise cuts the word short.
  if (next === '?' || next === '*' || next === '{') return lit.length - 1 >= 3 ? new Set([lit.slice(0, 3)]) : null;
  // The whole word is literal: end of pattern, a space, or a separator such as "-".
  if (next === undefined || next === ' ' || next === '-') return new Set([wordKey(lit)]);
  // The word goes on in regex syntax ("malfunction(?:ed|s)", "doesn't"): needs 3 letters.
  return lit.length >= 3 ? new Set([lit.slice(0, 3)]) : null;
}

function matchingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i += 1;
    else if (c === '(') depth += 1;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i += 1;
    else if (c === '(' || c === '[') depth += 1;
    else if (c === ')' || c === ']') depth -= 1;
    else if (c === '|' && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}
