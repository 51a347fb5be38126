/**
 * The language packs sentiment scoring can use, compiled on first use. A language without a pack
 * still gets the emoji layer and the English phrase layer (see sentiment.ts).
 */
import { BoundedMap } from '../bounded-cache.ts';
import { compilePack, type LanguagePack, type PackSource } from '../pack.ts';
import { ALL_ENGLISH_PARTS, composeEnglishWords, type EnglishWordParts } from './english-words.ts';
import { borrowedNegatives, englishWordLists, PACK_SOURCES } from './sources.ts';

const SOURCES: Readonly<Record<string, (() => PackSource) | undefined>> = PACK_SOURCES;

/** The pack's hand-written words over borrowed negative words (sources.ts borrowedNegatives).
 * Negative F1, `npm run eval`, shared halves: the translation (2026-11-22) ar 45.9 -> 61.2,
 * de 51.7 -> 57.7, es 58.7 -> 62.8, fr 34.7 -> 57.0, it 41.5 -> 49.5, pt 45.2 -> 59.5; then Pattern
 * and AFINN-fr (2026-11-23) it 50.2 -> 52.6, fr 57.0 -> 59.5 (AFINN-fr over the translation
 * instead: 58.5). */
function withBorrowedLexicons(src: PackSource): PackSource {
  const borrowed = borrowedNegatives(src.lang);
  // None (English): the source as it is, not a copy of its ~8,000 words.
  for (const _ in borrowed) return { ...src, words: { ...borrowed, ...src.words } };
  return src;
}

/** Languages with a sentiment lexicon ('intl' is the loanword layer, not a language). */
export const PACK_LANGUAGES: readonly string[] = Object.keys(SOURCES).filter((l) => l !== 'intl');

/** Compiled packs by language, and by language without the borrowed lists; for English also
 * without some of its word list's parts (evaluation only). Bound: two per source and the eight
 * English variants, so it never starts over (a pack is compiled once per worker). */
const compiled = new BoundedMap<string, LanguagePack>(2 * Object.keys(SOURCES).length + 16);

/** The language's pack, compiled on first use. `borrowed: false` leaves the borrowed
 * negatives out (evaluation only: the `borrowedLexicons` layer switch); `englishParts` leaves
 * parts of the English word list out (evaluation only: the englishAfinn, englishOverrides and
 * englishAdditions switches). */
export function packFor(lang: string, borrowed = true, englishParts: EnglishWordParts = ALL_ENGLISH_PARTS): LanguagePack | undefined {
  const p = englishParts;
  const variant = lang === 'en' && (!p.afinn || !p.overrides || !p.additions || !p.noNegates);
  const key = `${lang}${borrowed ? '' : '/hand-only'}${variant ? `/${+p.afinn}${+p.overrides}${+p.additions}${+p.noNegates}` : ''}`;
  let pack = compiled.get(key);
  if (!pack) {
    const src = SOURCES[lang]?.();
    if (!src) return undefined;
    const words = variant ? composeEnglishWords(englishWordLists(), p) : src.words;
    // VADER's "no": a rated word (-1.2), not a negator.
    const negators = variant && !p.noNegates ? src.negators.filter((n) => n !== 'no') : src.negators;
    if (variant && !p.noNegates) words['no'] = -1.2;
    pack = compilePack(borrowed ? withBorrowedLexicons({ ...src, words, negators }) : { ...src, words, negators });
    compiled.set(key, pack);
  }
  return pack;
}
