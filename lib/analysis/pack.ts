/**
 * A language pack: everything sentiment scoring knows about one language, as data. Adding a
 * language is adding a file under `languages/` and one line in `languages/index.ts`.
 *
 * Valences are on VADER's -4..+4 scale (Hutto & Gilbert 2014), so the rule constants in
 * vader-rules.ts and contrast.ts (negation x-0.74, booster 0.293, ALL-CAPS 0.733, "but" 0.5/1.5)
 * apply unchanged.
 */
import type { ComplaintCategory } from '../schema.ts';
import { requiredLiteralsOf, type RequiredLiteral } from './required-literals.ts';

/**
 * A group of phrase patterns sharing a category and a valence.
 * - category null: a sentiment phrase ("waste of money", "highly recommend").
 * - valence 0: a topic ("customer service"): it names a category only when the text as a whole
 *   comes out negative, so "customer service was great" is not a service complaint.
 * - negatable: a single word ("damaged", "fake") that a preceding negator cancels ("not fake").
 * - generic: a failure whose category is its subject's ("doesn't work", "never came", "still
 *   waiting"): the tracking link that doesn't work is delivery, the reset code that never came is
 *   account. complaint.ts gives it the category of the nearest topic in its stretch of text (up
 *   to a comma), and the group's own category when there is none.
 * Pattern syntax: a regular expression source in which a space means "one or more spaces" and an
 * apostrophe means "an optional ' or ’" (so "doesn't", "doesn’t" and "doesnt" all match).
 */
export type PhraseGroup = readonly [
  category: ComplaintCategory | null,
  valence: number,
  patterns: readonly string[],
  opts?: { negatable?: boolean; generic?: boolean },
];

export interface PackSource {
  lang: string;
  /** Whole words (lower-case) -> valence. For `cjk` packs: substrings matched longest-first. */
  words: Record<string, number>;
  /** Word beginnings (at least 5 letters) -> valence, for inflected forms ("enttäusch" covers
   * enttäuscht, enttäuschend, Enttäuschung). Not used by `cjk` packs. */
  stems?: Record<string, number>;
  /** Ending rewrites tried, in order, on a word none of `words` or `stems` knows: [ending, base
   * ending] ("erfreulicher" -> "erfreulich" with ['er', '']; "brutte" -> "brutto" with ['e', 'o']).
   * Word lists name one form; posts inflect it. Only towards the masculine singular a list names:
   * the other way, the noun "perro" (dog) became the translated insult "perra". Not used by `cjk`
   * packs. */
  inflections?: readonly (readonly [string, string])[];
  /** Closed compounds take their meaning from the last part (German "Halsschmerzen",
   * "Wahlkampfdesaster"): an unknown word is read as its longest known tail of 5+ letters, unless
   * what comes before the tail is one of these verb particles ("ein|gefallen" is not "fallen",
   * "aus|ziehen" not "ziehen"). */
  compoundHeads?: { particles: readonly string[] };
  /** Posts drop accents ("nao", "antipatica", "decepcion"): an unknown word without any is
   * looked up among the list's words with theirs removed (where that is unambiguous). */
  foldAccents?: boolean;
  negators: readonly string[];
  /** Negators that follow what they negate (Japanese ない/ません). */
  postNegators?: readonly string[];
  /** Post-negators that count only at the end of their run or right before one of the given
   * characters: Japanese ず negates a verb (動かず, 動かずに) but also starts ずっと and ends まず. */
  boundPostNegators?: Readonly<Record<string, string>>;
  /** Words that may sit between a word and its post-negator without using up the look-ahead:
   * particles and adverbs (不満は特にありません). */
  postNegationGap?: readonly string[];
  boosters: readonly string[];
  /** Rated words that are boosters only before another rated word: English "pretty" (pretty bad,
   * but a pretty dress), Spanish/French "bien" (bien caro), Portuguese "bem" (bem ruim). */
  ratedBoosters?: readonly string[];
  /** Words that soften the next rated word; "kind of" (two words) makes "kind" one only when
   * "of" follows, so "kind" stays a word of its own elsewhere. */
  dampeners?: readonly string[];
  /** "but" words: the clause after weighs 1.5, the one before 0.5 (VADER). */
  contrast: readonly string[];
  /** Words that join two clauses ("and", "und", "y"): the subject of a generic failure is not
   * looked for across them ("Never arrived and support keeps sending the same reply"). */
  conjunctions?: readonly string[];
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
  readonly re: RegExp;
  readonly category: ComplaintCategory | null;
  readonly valence: number;
  readonly negatable: boolean;
  readonly generic: boolean;
  /** Strings of which every match of `re` contains at least one (required-literals.ts), or null
   * when the pattern gives none worth checking. */
  readonly required: readonly RequiredLiteral[] | null;
}

export type WordMarker = 'negator' | 'booster' | 'dampener' | 'contrast';

export interface LanguagePack {
  lang: string;
  words: ReadonlyMap<string, number>;
  /** Sorted longest first. */
  stems: readonly (readonly [string, number])[];
  /** The same stems by their first character (UTF-16 code unit), each list in `stems` order, so a
   * word is checked against the few stems it can start with instead of all ~50; null when a
   * stem is empty (it would start every word). */
  stemsByFirst: ReadonlyMap<number, readonly (readonly [string, number])[]> | null;
  inflections: readonly (readonly [string, string])[];
  /** compoundHeads' particles, or null when the language does not read compounds by their tail. */
  compoundParticles: ReadonlySet<string> | null;
  /** With foldAccents: accent-free spelling -> valence, for listed words that have accents and
   * whose accent-free spelling is neither listed itself nor shared by words of differing valence. */
  folded: ReadonlyMap<string, number> | null;
  /** Whether any of inflections, compoundParticles or folded can read an unknown word. */
  morphology: boolean;
  /** The longest word (UTF-16 units) inflections or folded can read: the longest listed or
   * accent-free word plus the most an ending rewrite shortens a word by. Nothing longer can be
   * read, so morphology.ts never looks at a longer word or compound tail. */
  longestReadable: number;
  negators: ReadonlySet<string>;
  postNegators: readonly string[];
  boundPostNegators: ReadonlyMap<string, string>;
  postNegationGap: readonly string[];
  boosters: ReadonlySet<string>;
  ratedBoosters: ReadonlySet<string>;
  contrast: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  /** Negators, contrast words, boosters and one-word dampeners as one map, for a single lookup per
   * word: a word in several of them gets the first of negator, contrast, booster, dampener
   * (word-lookup.ts findWords' order). */
  markerOf: ReadonlyMap<string, WordMarker>;
  /** Two-word dampeners ("kind of"): first word -> the word that must follow it. */
  dampenerPairs: ReadonlyMap<string, string>;
  /** One entry per pattern (not per group), so each can be tried on its own. */
  phrases: readonly CompiledPhrase[];
  /** Which phrases can match a text, by the first three letters of their first word (see
   * phraseKeys); phrases that start otherwise are in `phraseAlways`. */
  phraseIndex: ReadonlyMap<string, readonly number[]>;
  /** The part of phraseIndex whose keys are one character, by code point: what a character of
   * a CJK run can start (phrase-match.ts looks them up without making a string per character). */
  phraseCharKeys: ReadonlyMap<number, readonly number[]>;
  /** The highest code point in phraseCharKeys (0 when empty). */
  phraseCharKeyMax: number;
  /** For `cjk` packs, 1 for each first UTF-16 code unit of a phraseCharKeys key: a typed-array
   * read rules out most characters of a run before the Map lookup. null for other packs. */
  phraseCharUnits: Uint8Array | null;
  phraseAlways: readonly number[];
  elision: boolean;
  cjk: boolean;
  falseFriends: ReadonlySet<string>;
}

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

export function compilePack(src: PackSource): LanguagePack {
  const cjk = src.cjk ?? false;
  // One loop, not entries mapped to pairs: two arrays fewer per word of ~10,000 (a pack is
  // compiled before a language's first answer). Same order: Object.keys is Object.entries'.
  const words = new Map<string, number>();
  for (const k of Object.keys(src.words)) words.set(cjk ? k : k.toLowerCase().normalize('NFC'), src.words[k] as number);
  const phrases: CompiledPhrase[] = [];
  const phraseIndex = new Map<string, number[]>();
  const phraseAlways: number[] = [];
  for (const [category, valence, patterns, opts] of src.phrases) {
    for (const pattern of patterns) {
      const at = phrases.length;
      phrases.push(new LazyPhrase(patternSource([pattern], cjk), category, valence, opts?.negatable ?? false, opts?.generic ?? false));
      const keys = phraseKeys(pattern, cjk);
      if (!keys) phraseAlways.push(at);
      else for (const k of keys) phraseIndex.set(k, [...(phraseIndex.get(k) ?? []), at]);
    }
  }
  const stems = Object.entries(src.stems ?? {}).sort((a, b) => b[0].length - a[0].length);
  const markerOf = new Map<string, WordMarker>();
  for (const [marker, list] of [['dampener', src.dampeners ?? []], ['booster', src.boosters], ['contrast', src.contrast], ['negator', src.negators]] as const) {
    for (const w of list) if (!w.includes(' ')) markerOf.set(w, marker); // later sets win: negator last
  }
  const dampenerPairs = new Map<string, string>();
  for (const w of src.dampeners ?? []) {
    const [first, second, ...rest] = w.split(' ');
    if (first && second && rest.length === 0) dampenerPairs.set(first, second);
  }
  const phraseCharKeys = charKeys(phraseIndex);
  const inflections = cjk ? [] : (src.inflections ?? []);
  const compoundParticles = !cjk && src.compoundHeads ? new Set(src.compoundHeads.particles) : null;
  const folded = !cjk && src.foldAccents ? foldedWords(words) : null;
  return {
    lang: src.lang,
    words,
    stems,
    stemsByFirst: indexStems(stems),
    inflections,
    compoundParticles,
    folded,
    morphology: inflections.length > 0 || compoundParticles !== null || folded !== null,
    longestReadable: Math.max(longestKey(words), folded ? longestKey(folded) : 0) + Math.max(0, ...inflections.map(([ending, base]) => ending.length - base.length)),
    negators: new Set(src.negators),
    postNegators: src.postNegators ?? [],
    boundPostNegators: new Map(Object.entries(src.boundPostNegators ?? {})),
    postNegationGap: src.postNegationGap ?? [],
    boosters: new Set(src.boosters),
    ratedBoosters: new Set(src.ratedBoosters ?? []),
    contrast: new Set(src.contrast),
    conjunctions: new Set(src.conjunctions ?? []),
    markerOf,
    dampenerPairs,
    phrases,
    phraseIndex,
    phraseCharKeys,
    phraseCharKeyMax: Math.max(0, ...phraseCharKeys.keys()),
    phraseCharUnits: cjk ? firstUnits([...phraseCharKeys.keys()].map((cp) => String.fromCodePoint(cp))) : null,
    phraseAlways,
    elision: src.elision ?? false,
    cjk,
    falseFriends: new Set(src.falseFriends ?? []),
  };
}

function longestKey(words: ReadonlyMap<string, number>): number {
  let longest = 0;
  for (const w of words.keys()) longest = Math.max(longest, w.length);
  return longest;
}

/** Letters with their combining marks removed ("decepción" -> "decepcion"). */
export function stripAccents(w: string): string {
  return w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

function foldedWords(words: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  const ambiguous = new Set<string>();
  for (const [w, v] of words) {
    const f = stripAccents(w);
    if (f === w || words.has(f)) continue;
    const had = out.get(f);
    if (had !== undefined && Math.sign(had) !== Math.sign(v)) ambiguous.add(f);
    // Two accented words folding together with the same sign: the milder valence.
    out.set(f, had === undefined ? v : Math.sign(v) * Math.min(Math.abs(had), Math.abs(v)));
  }
  for (const f of ambiguous) out.delete(f);
  return out;
}

/** 1 at the first UTF-16 code unit of each of `strings`. */
export function firstUnits(strings: Iterable<string>): Uint8Array {
  const out = new Uint8Array(0x10000);
  for (const s of strings) if (s !== '') out[s.charCodeAt(0)] = 1;
  return out;
}

function charKeys(index: ReadonlyMap<string, readonly number[]>): Map<number, readonly number[]> {
  const out = new Map<number, readonly number[]>();
  for (const [key, phrases] of index) {
    const cp = key.codePointAt(0) ?? 0;
    if (key.length === (cp > 0xffff ? 2 : 1)) out.set(cp, phrases);
  }
  return out;
}

function indexStems(stems: readonly (readonly [string, number])[]): Map<number, (readonly [string, number])[]> | null {
  const index = new Map<number, (readonly [string, number])[]>();
  for (const stem of stems) {
    if (stem[0] === '') return null;
    const first = stem[0].charCodeAt(0);
    let list = index.get(first);
    if (!list) index.set(first, (list = []));
    list.push(stem);
  }
  return index;
}

/** The regex source of `patterns` (flags 'giu'). */
function patternSource(patterns: readonly string[], cjk: boolean): string {
  const body = patterns.map((p) => p.replace(/ /g, '\\s+').replace(/'/g, "['’]?")).join('|');
  // Space-delimited languages: whole words only ("broke" must not match "broker").
  // The check before the match is done by the caller (startsWord), not by a leading lookbehind:
  // a pattern that starts with a lookbehind cannot use V8's first-character scan, and running it
  // cost ~3x more on tweets.
  return cjk ? `(?:${body})` : `(?:${body})(?!${LETTER_OR_DIGIT})`;
}

/**
 * A phrase whose RegExp and required strings are made the first time a text needs them. A text
 * only tries the phrases its words can start (phraseIndex), and making all of a pack's patterns
 * up front (a 'giu' RegExp with Unicode classes each, then its required strings) was most of
 * the CLI's time to its first line: 163 ms of a 415 ms first analysis (profile, load 7).
 */
class LazyPhrase implements CompiledPhrase {
  #re: RegExp | undefined;
  #required: readonly RequiredLiteral[] | null | undefined;

  constructor(
    private readonly source: string,
    readonly category: ComplaintCategory | null,
    readonly valence: number,
    readonly negatable: boolean,
    readonly generic: boolean,
  ) {}

  get re(): RegExp {
    return (this.#re ??= new RegExp(this.source, 'giu'));
  }

  get required(): readonly RequiredLiteral[] | null {
    if (this.#required === undefined) this.#required = requiredLiteralsOf(this.re.source);
    return this.#required;
  }
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
 * patterns are keyed by their first character (phrase-match.ts phrasesToTry adds every CJK
 * character).
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
