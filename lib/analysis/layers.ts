/**
 * The sentiment layers `npm run eval` can switch off one at a time, to report what each one
 * contributes (issue 3: "layers that each earn their place by measured gain"). The extension and
 * the CLI never switch anything off; with no switch given the analyser runs every layer.
 */
export const SENTIMENT_LAYERS = [
  /** E-commerce and idiom phrases (languages/*.ts `phrases`), with their complaint categories. */
  'phrases',
  /** The English phrase layer on texts in every other language too. */
  'englishPhrasesEverywhere',
  /** Per-language word lists (hand lists, VADER/AFINN for English). */
  'words',
  /** Unknown words read through their listed form: inflections (de/es/fr/it/pt), German
   * compounds by their last part, accent-free spellings (pack.ts). */
  'morphology',
  /** The borrowed negatives under the hand lists: translated AFINN (ar/de/es/fr/it/pt), Pattern
   * (it/fr), AFINN-fr. */
  'borrowedLexicons',
  /** Emoji and emoticons. */
  'emoji',
  /** Negators ("not", "nicht", "no") flipping or cancelling what follows. */
  'negation',
  /** Boosters and dampeners ("very", "slightly"). */
  'intensifiers',
  /** A word in ALL CAPS inside a mixed-case text. */
  'caps',
  /** "but" / "aber" / "pero": before x0.5, after x1.5. */
  'contrast',
  /** "!" adds to the sum's magnitude. */
  'exclamation',
  /** A laugh after a mild complaint word takes it back (laughter.ts). */
  'laughter',
  /** English: AFINN-165's words that VADER's lexicon lacks (languages/en.ts). */
  'englishAfinn',
  /** English: our changes to VADER's and AFINN's values ("like", "help", "lol"...). */
  'englishOverrides',
  /** English: review words neither list has ("flimsy", "glitchy", "sturdy"...). */
  'englishAdditions',
  /** English: "no" negates what follows ("no worries"), where VADER rates it -1.2 as a word. */
  'englishNoNegator',

] as const;
export type SentimentLayer = (typeof SENTIMENT_LAYERS)[number];
