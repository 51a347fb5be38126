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
  phrases: readonly CompiledPhrase[];
  elision: boolean;
  cjk: boolean;
  falseFriends: ReadonlySet<string>;
}

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

export function compilePack(src: PackSource): LanguagePack {
  const cjk = src.cjk ?? false;
  const words = new Map(Object.entries(src.words).map(([k, v]) => [cjk ? k : k.toLowerCase().normalize('NFC'), v]));
  return {
    lang: src.lang,
    words,
    stems: Object.entries(src.stems ?? {}).sort((a, b) => b[0].length - a[0].length),
    negators: new Set(src.negators),
    postNegators: src.postNegators ?? [],
    boosters: new Set(src.boosters),
    dampeners: new Set(src.dampeners ?? []),
    contrast: new Set(src.contrast),
    phrases: src.phrases.map(([category, valence, patterns, opts]) => ({
      re: compilePatterns(patterns, cjk),
      category,
      valence,
      negatable: opts?.negatable ?? false,
    })),
    elision: src.elision ?? false,
    cjk,
    falseFriends: new Set(src.falseFriends ?? []),
  };
}

function compilePatterns(patterns: readonly string[], cjk: boolean): RegExp {
  const body = patterns.map((p) => p.replace(/ /g, '\\s+').replace(/'/g, "['’]?")).join('|');
  // Space-delimited languages: whole words only ("broke" must not match "broker").
  const source = cjk ? `(?:${body})` : `(?<!${LETTER_OR_DIGIT})(?:${body})(?!${LETTER_OR_DIGIT})`;
  return new RegExp(source, 'giu');
}
