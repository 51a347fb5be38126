/**
 * The language packs' word lists as plain data: what the extension ships as `/lexicons.gz`
 * instead of bundling the list modules (sources.ts, sources.packed.ts, wxt.config.ts), and what
 * the extension context installs before its first analysis (runtime/analyser-data.ts).
 */
import type { PackSource } from '../pack.ts';
import { composeEnglishWords, type EnglishLists } from './english-words.ts';

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
  /** English's words composed from `english` with every part (composeEnglishWords), when the
   * file carries them (lexiconDataParts does): read instead of composing them again. */
  englishWords?: Record<string, number>;
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

/** The header line of lexiconDataParts' text. */
export const LEXICON_PARTS_FORMAT = 'crisis-desk.lexicon-parts/1';

/**
 * The data as one JSON text per part (a language's source, a language's borrowed words, the
 * English lists), each on a line of its own as `name<TAB>json` after a header line: what the CLI
 * ships as dist/lexicons.json (scripts/build-cli.mjs). Installed with installLexiconDataParts, a
 * part is parsed the first time it is read, so an analysis of German text parses four of the 20
 * parts (parsing the whole JSON was a tenth of the CLI's time to its first answer, profile
 * 2026-12-07).
 * JSON.stringify never writes a raw line break, so the lines are the parts.
 */
export function lexiconDataParts(data: LexiconData): string {
  const lines = [JSON.stringify({ format: LEXICON_PARTS_FORMAT, version: data.version })];
  for (const lang of SOURCE_LANGUAGES) lines.push(`sources.${lang}\t${JSON.stringify(data.sources[lang])}`);
  for (const lang of SOURCE_LANGUAGES) if (data.borrowed[lang]) lines.push(`borrowed.${lang}\t${JSON.stringify(data.borrowed[lang])}`);
  lines.push(`english\t${JSON.stringify(data.english)}`);
  // Composed ahead: reading them costs less than the lists and their composition (the lists
  // are then read only for an evaluation that leaves a part out).
  lines.push(`english.words\t${JSON.stringify(data.englishWords ?? composeEnglishWords(data.english))}`);
  return lines.join('\n') + '\n';
}

/**
 * Installs lexiconDataParts' text, each part parsed when first read. Checked here: the header, a
 * last line ended (a cut-short copy), every language's source and the English lists present, and
 * each part one JSON object in form ({...}); a part whose inside is damaged says so, by name, when
 * it is read. Installing again is a no-op.
 */
export function installLexiconDataParts(text: string): void {
  if (installed) return;
  const headerEnd = text.indexOf('\n');
  let header: unknown;
  try {
    header = JSON.parse(headerEnd < 0 ? text : text.slice(0, headerEnd));
  } catch {
    header = undefined;
  }
  const h = header as { format?: unknown; version?: unknown } | null | undefined;
  if (!h || typeof h !== 'object' || h.format !== LEXICON_PARTS_FORMAT || h.version !== LEXICON_DATA_VERSION) {
    throw new Error(`not a version ${LEXICON_DATA_VERSION} language lexicon file in parts`);
  }
  if (!text.endsWith('\n')) throw new Error('the language lexicon file is cut short');
  const parts = new Map<string, string>();
  for (let at = headerEnd + 1; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const tab = text.indexOf('\t', at);
    if (tab < 0 || tab > end || text[tab + 1] !== '{' || text[end - 1] !== '}') throw new Error(`the language lexicon file has a damaged line after ${parts.size} parts`);
    parts.set(text.slice(at, tab), text.slice(tab + 1, end));
    at = end + 1;
  }
  const missing = [...SOURCE_LANGUAGES.filter((l) => !parts.has(`sources.${l}`)), ...(parts.has('english') ? [] : ['english'])];
  if (missing.length) throw new Error(`the language lexicon file lacks ${missing.join(', ')}`);
  const lazy = <T>(name: string): (() => T) => {
    let value: T | undefined;
    return () => {
      if (value === undefined) {
        try {
          value = JSON.parse(parts.get(name) ?? '') as T;
        } catch (err) {
          throw new Error(`the language lexicon file's part ${name} is damaged (${err instanceof Error ? err.message : String(err)})`, { cause: err });
        }
      }
      return value;
    };
  };
  const sources = {} as Record<SourceLanguage, PackSource>;
  const borrowed: Partial<Record<SourceLanguage, Record<string, number>>> = {};
  for (const lang of SOURCE_LANGUAGES) {
    Object.defineProperty(sources, lang, { get: lazy<PackSource>(`sources.${lang}`), enumerable: true });
    if (parts.has(`borrowed.${lang}`)) Object.defineProperty(borrowed, lang, { get: lazy<Record<string, number>>(`borrowed.${lang}`), enumerable: true });
  }
  const english = lazy<EnglishLists>('english');
  const englishWords = parts.has('english.words') ? lazy<Record<string, number>>('english.words') : undefined;
  installed = {
    version: LEXICON_DATA_VERSION,
    sources,
    borrowed,
    get english() {
      return english();
    },
    get englishWords() {
      return englishWords?.();
    },
  };
}

export function lexiconDataInstalled(): boolean {
  return installed !== undefined;
}

/** The installed data; a named error, not an empty pack, when a context forgot to install it. */
export function installedLexiconData(): LexiconData {
  if (!installed) throw new Error('the language lexicons are not installed (runtime/analyser-data.ts)');
  return installed;
}
