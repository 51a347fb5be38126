/**
 * The language packs' word lists as plain data: what the extension ships as `/lexicons.gz`
 * instead of bundling the list modules (sources.ts, sources.packed.ts, wxt.config.ts), and what
 * the extension context installs before its first analysis (runtime/analyser-data.ts).
 */
import type { PackSource } from '../pack.ts';
import type { EnglishLists } from './english-words.ts';

/** Every language with a source ('intl' is the loanword layer; 'ms' reads with Indonesian). */
export const SOURCE_LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'pt', 'ja', 'zh', 'ar', 'id', 'ms', 'intl'] as const;
export type SourceLanguage = (typeof SOURCE_LANGUAGES)[number];

/** Bumped when the shape changes, so an extension never reads a file of another shape. */
export const LEXICON_DATA_VERSION = 1;

export interface LexiconData {
  version: typeof LEXICON_DATA_VERSION;
  /** Each language's source; English with no `words` (they are composed from `english`). */
  sources: Record<SourceLanguage, PackSource>;
  /** Borrowed negative words by language (sources.ts borrowedNegatives); absent: none. */
  borrowed: Partial<Record<SourceLanguage, Record<string, number>>>;
  english: EnglishLists;
}

/** The data, from the list modules' own functions (at build time: wxt.config.ts). */
export function lexiconData(sources: {
  PACK_SOURCES: Readonly<Record<SourceLanguage, () => PackSource>>;
  borrowedNegatives(lang: string): Record<string, number>;
  englishWordLists(): EnglishLists;
}): LexiconData {
  const out: LexiconData = { version: LEXICON_DATA_VERSION, sources: {} as Record<SourceLanguage, PackSource>, borrowed: {}, english: sources.englishWordLists() };
  for (const lang of SOURCE_LANGUAGES) {
    const src = sources.PACK_SOURCES[lang]();
    out.sources[lang] = lang === 'en' ? { ...src, words: {} } : src;
    const borrowed = sources.borrowedNegatives(lang);
    if (Object.keys(borrowed).length > 0) out.borrowed[lang] = borrowed;
  }
  return out;
}

let installed: LexiconData | undefined;

/**
 * Installs the data from its JSON text (lexicon-data's own build output, so checked for shape and
 * version, not field by field). Installing again is a no-op.
 */
export function installLexiconData(json: string): void {
  if (installed) return;
  const data = JSON.parse(json) as Partial<LexiconData> | null;
  if (!data || typeof data !== 'object' || data.version !== LEXICON_DATA_VERSION || !data.sources || !data.borrowed || !data.english) {
    throw new Error(`not a version ${LEXICON_DATA_VERSION} language lexicon file`);
  }
  const missing = SOURCE_LANGUAGES.filter((l) => !data.sources?.[l]);
  if (missing.length) throw new Error(`the language lexicon file lacks ${missing.join(', ')}`);
  installed = data as LexiconData;
}

export function lexiconDataInstalled(): boolean {
  return installed !== undefined;
}

/** The installed data; a named error, not an empty pack, when a context forgot to install it. */
export function installedLexiconData(): LexiconData {
  if (!installed) throw new Error('the language lexicons are not installed (runtime/analyser-data.ts)');
  return installed;
}
