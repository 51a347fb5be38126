/**
 * How the English word list is put together from its parts, apart from the parts themselves
 * (en.ts, ~0.2 MB of word lists): the extension gets the parts as data (lexicon-data.ts) and
 * composes them the same way.
 */

/** The parts of the English word list besides VADER's own, which `npm run eval -- cv` can leave
 * out one by one (the layers englishAfinn, englishOverrides, englishAdditions in layers.ts). */
export interface EnglishWordParts {
  afinn: boolean;
  overrides: boolean;
  additions: boolean;
  /** "no" negates what follows (ours) rather than being VADER's word "no" (-1.2). */
  noNegates: boolean;
}

export const ALL_ENGLISH_PARTS: EnglishWordParts = { afinn: true, overrides: true, additions: true, noNegates: true };

/** The lists, each word (lower case) -> valence on VADER's scale. */
export interface EnglishLists {
  /** AFINN-165, already rescaled to VADER's scale. */
  afinn: Record<string, number>;
  vader: Record<string, number>;
  overrides: Record<string, number>;
  additions: Record<string, number>;
}

// VADER's lexicon over AFINN's: VADER's human ratings win where both have a word, AFINN fills
// the rest. Measured 2026-11 on the shared halves (negative F1, tweets / Amazon snippets / UMSAB en):
// AFINN only 85.1 / 57.3 / 67.7; VADER only 87.4 / 57.8 / 65.2; both 87.6 / 58.7 / 67.4.
export function composeEnglishWords(lists: EnglishLists, parts: EnglishWordParts = ALL_ENGLISH_PARTS): Record<string, number> {
  const words: Record<string, number> = {};
  if (parts.afinn) Object.assign(words, lists.afinn);
  Object.assign(words, lists.vader);
  if (parts.overrides) Object.assign(words, lists.overrides);
  if (parts.additions) Object.assign(words, lists.additions);
  return words;
}
