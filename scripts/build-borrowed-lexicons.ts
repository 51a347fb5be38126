/**
 * Generate lib/analysis/languages/borrowed-negatives.ts: the NEGATIVE single words of two
 * human-made lexicons for languages whose hand lists are thin.
 *
 * - Italian and French from Pattern (CLiPS, University of Antwerp; Tom De Smedt & Walter
 *   Daelemans; BSD-3-Clause), it-sentiment.xml and fr-sentiment.xml, as converted to JSON in npm
 *   `natural` 8.1.1 (MIT). Polarity -1..1 is put on VADER's -4..+4 scale; words of |polarity| < 0.1
 *   are left out. (natural's German file is SentiWS, whose licence is non-commercial: not used.)
 * - French from AFINN-fr-165 (Finn Årup Nielsen's hand translation of AFINN-165, Apache-2.0 in
 *   github.com/fnielsen/afinn) as packaged in npm `sentiment-fr` 1.0.0 (MIT), rescaled x0.8 like
 *   the English AFINN list (languages/en.ts).
 *
 *   npx tsx scripts/build-borrowed-lexicons.ts
 *
 * The script fetches both packages with `npm pack` at build time (natural pulls in database
 * drivers, far too heavy for a devDependency); nothing is fetched at run time: the output is a
 * plain TypeScript table. Negatives only, for the reason given in build-afinn-translations.ts:
 * measured on the shared halves (`npm run eval`, 2026-11-23), adding their positive words as well
 * lowered negative F1 (Pattern: it 52.6 -> 49.8, fr 57.5 -> 56.8; AFINN-fr: fr 59.5 -> 54.7).
 * Nothing here reads the shared evaluation data.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NATURAL = 'natural@8.1.1';
const SENTIMENT_FR = 'sentiment-fr@1.0.0';
const PATTERN_FILES: Record<string, string> = {
  it: 'lib/natural/sentiment/Italian/pattern-sentiment-it.json',
  fr: 'lib/natural/sentiment/French/pattern-sentiment-fr.json',
};
/** Pattern's weakest negatives are everyday adjectives ("diversa" different, "piccoli" small,
 * "fine" thin) that would flag a post on their own. 0.1 / 0.25 / 0.3 measured alike (macro F1
 * 64.18 / 64.14 / 64.14): the stricter list, for text it has not seen. */
const MIN_POLARITY = 0.25;
/**
 * Entries that are common words with another, neutral meaning (our own list, from reading the
 * tables, not from any evaluation data): Italian "bassi" (low: "prezzi bassi" is praise), "peso"
 * (weight), "calamita" (magnet), "uniforme", "strane", the colours "nera" (black) and "viola"
 * (purple); AFINN-fr's untranslated English words that are also French words: "dire" (to say), "excuse", "expose", "impose", "charges" (costs), "gag"
 * (joke), "passive", "pensive", "lag", "rig", "verdict", "combat", "critique", "gun", "contender".
 */
const NOT_NEGATIVE: Record<string, readonly string[]> = {
  'pattern-it': ['bassi', 'basso', 'bassa', 'basse', 'peso', 'calamita', 'uniforme', 'strane', 'strani', 'strano', 'strana', 'nera', 'nero', 'neri', 'nere', 'viola'],
  'pattern-fr': [],
  'afinn-fr': ['dire', 'excuse', 'expose', 'impose', 'charges', 'gag', 'passive', 'pensive', 'lag', 'rig', 'verdict', 'verdicts', 'combat', 'combats', 'critique', 'gun', 'contender'],
};
/** A single word: letters (with marks), inner apostrophes or hyphens. Pattern also lists glued
 * multi-word idioms ("andareavuoto") that never occur as written; they are harmless and kept. */
const WORD = /^\p{L}[\p{L}\p{M}'’-]*$/u;

function unpack(spec: string, into: string): string {
  const file = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', into], { encoding: 'utf8' }).trim().split('\n').pop() ?? '';
  const dir = join(into, spec.replace(/[@/]/g, '_'));
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['xzf', join(into, file), '-C', dir]);
  return join(dir, 'package');
}

function addWord(table: Map<string, number>, raw: string, valence: number): void {
  const w = raw.trim().toLowerCase().normalize('NFC');
  if (!WORD.test(w) || !(valence < 0)) return;
  // Two senses of one form: the milder one, so no word is stronger than its every use.
  const had = table.get(w);
  table.set(w, had === undefined ? valence : Math.max(had, valence));
}

function main(): void {
  const work = mkdtempSync(join(tmpdir(), 'cd-lexicons-'));
  try {
    const natural = unpack(NATURAL, work);
    const sentimentFr = unpack(SENTIMENT_FR, work);
    const tables: Record<string, Map<string, number>> = {};
    for (const [lang, path] of Object.entries(PATTERN_FILES)) {
      const data = JSON.parse(readFileSync(join(natural, path), 'utf8')) as Record<string, { form?: string; polarity?: string }>;
      const table = new Map<string, number>();
      for (const [key, entry] of Object.entries(data)) {
        const p = Number(entry.polarity);
        if (Number.isFinite(p) && Math.abs(p) >= MIN_POLARITY) addWord(table, entry.form ?? key, Math.round(p * 4 * 10) / 10);
      }
      tables[`pattern-${lang}`] = table;
    }
    const afinnFr = createRequire(import.meta.url)(join(sentimentFr, 'index.js')) as Record<string, number>;
    const fr = new Map<string, number>();
    for (const [w, v] of Object.entries(afinnFr)) if (Number.isInteger(v)) addWord(fr, w, Math.round(v * 0.8 * 10) / 10);
    tables['afinn-fr'] = fr;

    const blocks: string[] = [];
    let total = 0;
    for (const [name, table] of Object.entries(tables)) {
      for (const w of NOT_NEGATIVE[name] ?? []) table.delete(w);
      const byValence = new Map<number, string[]>();
      for (const [w, v] of table) byValence.set(v, [...(byValence.get(v) ?? []), w]);
      const body = [...byValence.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([v, ws]) => `    [${v}, '${ws.sort().join(' ').replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'],`)
        .join('\n');
      blocks.push(`  '${name}': [\n${body}\n  ],`);
      total += table.size;
    }
    const out = `/**
 * GENERATED by scripts/build-borrowed-lexicons.ts from npm ${NATURAL} and ${SENTIMENT_FR}; do not edit.
 *
 * Negative single words of:
 * - Pattern's Italian and French sentiment lexicons (CLiPS, University of Antwerp; T. De Smedt,
 *   W. Daelemans, "Pattern for Python", JMLR 13, 2012; BSD-3-Clause), as converted to JSON in npm
 *   natural (MIT License, Copyright (c) 2011, 2012 Chris Umbel, Rob Ellis, Russell Mull);
 *   polarity x4 onto VADER's scale, |polarity| >= ${MIN_POLARITY}, a few neutral homographs out.
 * - AFINN-fr-165 (Finn Årup Nielsen; Apache-2.0 in github.com/fnielsen/afinn), as packaged in npm
 *   sentiment-fr (MIT); AFINN value x0.8.
 * ${total} words, grouped by value.
 */
const GROUPS: Readonly<Record<string, readonly (readonly [number, string])[]>> = {
${blocks.join('\n')}
};

function table(name: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [v, words] of GROUPS[name] ?? []) for (const w of words.split(' ')) out[w] = v;
  return out;
}

/** Pattern's negative words (lower case, NFC) for it and fr; {} for other languages. */
export function patternNegatives(lang: string): Record<string, number> {
  return table(\`pattern-\${lang}\`);
}

/** AFINN-fr-165's negative words for fr; {} for other languages. */
export function afinnFrNegatives(lang: string): Record<string, number> {
  return lang === 'fr' ? table('afinn-fr') : {};
}
`;
    const target = resolve(ROOT, 'lib/analysis/languages/borrowed-negatives.ts');
    writeFileSync(target, out);
    console.log(`wrote ${target}: ${total} words, ${out.length} bytes`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
