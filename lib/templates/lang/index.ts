/** The languages the consistency check reads, by primary language subtag. */
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import type { LangTable } from './types.ts';
import { pt } from './pt.ts';
import { zh } from './zh.ts';

export const LANG_TABLES: Readonly<Record<string, LangTable>> = { en, de, es, fr, it, pt, ja, zh };
export const LINT_LANGUAGES = Object.keys(LANG_TABLES);
export type { LangTable } from './types.ts';
