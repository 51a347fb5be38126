/**
 * What the extension build bundles instead of sources.ts (wxt.config.ts aliases it): the same
 * exports, reading the lists from the installed `/lexicons.gz` (lexicon-data.ts) instead of
 * bundling ~0.4 MB of list modules. Nothing here runs before a pack is first compiled, and the
 * background installs the data before it analyses (runtime/analyser-data.ts).
 */
import type { PackSource } from '../pack.ts';
import { composeEnglishWords, type EnglishLists } from './english-words.ts';
import { installedLexiconData, SOURCE_LANGUAGES, type SourceLanguage } from './lexicon-data.ts';

function source(lang: SourceLanguage): PackSource {
  const src = installedLexiconData().sources[lang];
  if (lang !== 'en') return src;
  // Composed at build time where the file carries them (lexiconDataParts). Not copied: a pack is
  // compiled from it once (languages/index.ts packFor), and nothing changes a source's words.
  return { ...src, words: installedLexiconData().englishWords ?? composeEnglishWords(installedLexiconData().english) };
}

export const PACK_SOURCES: Readonly<Record<SourceLanguage, () => PackSource>> = Object.fromEntries(
  SOURCE_LANGUAGES.map((lang) => [lang, () => source(lang)]),
) as Record<SourceLanguage, () => PackSource>;

export function borrowedNegatives(lang: string): Record<string, number> {
  return { ...installedLexiconData().borrowed[lang as SourceLanguage] };
}

export function englishWordLists(): EnglishLists {
  return installedLexiconData().english;
}

export const LEXICONS_BUNDLED: boolean = false;
