/**
 * The language packs' sources: the hand-written lists (one file per language) and the borrowed
 * ones. In Node (tests, the CLI, evaluations) they are these modules. The extension build swaps
 * this module for sources.packed.ts (wxt.config.ts), which reads the same lists from
 * `/lexicons.gz`: as JavaScript they were ~0.4 MB of the background worker; as gzipped JSON they
 * are 0.18 MB (issue 10: the Chrome build within 2.5 MB; 2026-12-07).
 *
 * Each source is built on first use (a thunk): building all of them at module evaluation was
 * ~150 ms of the background worker's cold start (CPU profile of the unminified bundle, 2026-12-07).
 */
import type { PackSource } from '../pack.ts';
import { translatedAfinnNegatives } from './afinn-translated.ts';
import { afinnFrNegatives, patternNegatives } from './borrowed-negatives.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en, englishLists } from './en.ts';
import type { EnglishLists } from './english-words.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { id } from './id.ts';
import { intl } from './intl.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import type { SourceLanguage } from './lexicon-data.ts';
import { pt } from './pt.ts';
import { zh } from './zh.ts';

// Malay text reads with the Indonesian pack: the two share most evaluative words.
export const PACK_SOURCES: Readonly<Record<SourceLanguage, () => PackSource>> = { en, de, es, fr, it, pt, ja, zh, ar, id, ms: () => ({ ...id(), lang: 'ms' }), intl };

/** The borrowed negative words for a language, in rising order of trust (later ones win):
 * AFINN-fr (fr), the machine-translated AFINN negatives (ar, de, es, fr, it, pt), Pattern's
 * lexicons (it, fr); {} for a language with none. */
export function borrowedNegatives(lang: string): Record<string, number> {
  return { ...afinnFrNegatives(lang), ...translatedAfinnNegatives(lang), ...patternNegatives(lang) };
}

/** The parts the English word list is composed of (english-words.ts). */
export function englishWordLists(): EnglishLists {
  return englishLists();
}

/** The lists are in this bundle (sources.packed.ts: installed from `/lexicons.gz`). */
export const LEXICONS_BUNDLED = true;
