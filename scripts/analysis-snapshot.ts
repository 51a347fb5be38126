/**
 * A snapshot of the analyser's full output over a large, varied corpus: one JSON line per call
 * (the input and the whole Analysis). Run it before and after a change that must not change any
 * result (a speed-up, a refactor) and compare the two files byte for byte.
 *
 *   npx tsx scripts/analysis-snapshot.ts /tmp/snap-before.jsonl
 *   ... change lib/analysis ...
 *   npx tsx scripts/analysis-snapshot.ts /tmp/snap-after.jsonl
 *   cmp /tmp/snap-before.jsonl /tmp/snap-after.jsonl
 *
 * Options: `--save-cases FILE` writes the inputs it built, `--cases FILE` reads them back instead
 * of building them, so a parallel edit of the platform adapters (which extract the fixture
 * mentions) cannot make two runs differ for reasons outside lib/analysis. Like the snapshot
 * itself (evidence quotes the texts), the cases file holds shared texts: keep both under /tmp.
 *
 * Inputs: the bench corpus (bench/corpus.ts) and every mention of the saved pages in
 * tests/fixtures, plus, when present, every line of ../shared/data/lang/*.txt,
 * ../shared/data/sentiment/*.txt, ../shared/data/sentiment-multi/*.tsv and the mentions of
 * ../shared/fixtures/real (read-only, evaluation-only data: it prints "../shared not found" and
 * goes on without them; nothing of them is written anywhere but the output file you name, which
 * must stay outside the repository). Each text is analysed without options, with the team's
 * languages, with its gold language as a hint and with an unrelated hint; every 13th also in
 * variants that reach the rarer paths (upper case, zero-width characters, full-width letters,
 * a cut surrogate pair, a text past MAX_ANALYSED_CHARS). Not part of `npm test`.
 */
import { createWriteStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { fixtureMentionTexts } from '../bench/corpus.ts';
import { analyzeMention, analyzeText, MAX_ANALYSED_CHARS, type AnalyzeOptions, type AnalyzeTextInput } from '../lib/analysis/index.ts';
import { adapterFor } from '../lib/platforms/registry.ts';
import { scanPage } from '../lib/platforms/scan.ts';
import { DEFAULT_SETTINGS, type Mention, type Platform } from '../lib/schema.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, process.env.SHARED_DIR ?? '../shared');
const TEAM = DEFAULT_SETTINGS.languages;
/** Hints as platforms send them, cycled through for the "unrelated hint" call. */
const OTHER_HINTS = ['en', 'de-DE', 'ja', 'pt_BR', 'in', 'und', 'fr', 'zh-Hant', 'ru', 'ar', 'ms', 'it'];

type Case =
  | { src: string; kind: 'text'; input: AnalyzeTextInput; opts: AnalyzeOptions }
  | { src: string; kind: 'mention'; input: Mention; opts: AnalyzeOptions };

function textCases(src: string, text: string, gold: string | undefined, n: number, out: Case[]): void {
  const add = (variant: string, input: AnalyzeTextInput, opts: AnalyzeOptions = {}) => out.push({ src: `${src}#${n}:${variant}`, kind: 'text', input, opts });
  add('plain', { text });
  add('team', { text }, { languages: TEAM });
  if (gold) add('gold-hint', { text, langHint: gold }, { languages: TEAM });
  add('other-hint', { text, langHint: OTHER_HINTS[n % OTHER_HINTS.length] });
  if (n % 13 !== 0) return;
  add('upper', { text: text.toUpperCase() }, { languages: TEAM });
  add('zero-width', { text: text.replace(/ /g, (s, at: number) => (at % 3 === 0 ? '\u200b ' : s)) }, { languages: TEAM });
  add('full-width', { text: text.replace(/[!-~]/g, (c) => (c.charCodeAt(0) % 2 === 0 ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)) });
  add('cut-surrogate', { text: `${text.slice(0, 20)}\ud83d${text.slice(20)}\ude21` });
  add('long', { text: `${text}\n`.repeat(Math.ceil((MAX_ANALYSED_CHARS + 50) / (text.length + 1))) });
}

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.length > 0);
}

function pageMentions(dir: string, platform: Platform): Mention[] {
  if (!existsSync(dir)) return [];
  const out: Mention[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.html')).sort()) {
    try {
      const { document } = parseHTML(readFileSync(join(dir, f), 'utf8'));
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const url = new URL(platform === 'amazon' ? (canonical ?? 'https://www.amazon.com/') : 'https://x.com/home');
      out.push(...scanPage(adapterFor(platform), document, url).mentions);
    } catch (err) {
      console.log(`${f}: not scanned (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  return out;
}

function mentionCases(src: string, mentions: readonly Mention[], out: Case[]): void {
  mentions.forEach((m, n) => {
    out.push({ src: `${src}#${n}:mention`, kind: 'mention', input: m, opts: {} });
    out.push({ src: `${src}#${n}:mention-team`, kind: 'mention', input: m, opts: { languages: TEAM } });
  });
}

/** Odd strings from tests/unit/analysis/robustness.test.ts and a few more. */
const EDGE_CASES = [
  '', ' \n\t\r ', 'https://t.co/xyz @acme @acme_help', '📦📦📦', 'bad \ud83d product', '\ude00 terrible',
  '\ud800\udc00\ud800\ud800\udfff', 'ter\u200brible service', '\u200b\u200c\u200d\u2060\ufeff', '\u202bالخدمة سيئة\u202c 😡',
  'המוצר הגיע broken', 'iPhone 最高 👍 Доставка', 'bad\u0000\u0007\u001b[31m product', 'de\u0301c\u0327u pas content',
  'ＴＥＲＲＩＢＬＥ', 'The product is fine. '.repeat(5_000), 'a'.repeat(100_000), '😡'.repeat(50_000),
  "don’t buy :( xD T_T ^^ </3 <3 10:30 x3 ;_; :-) ):", 'NOT GOOD AT ALL!!! 👎🏽 #fail #EpicFail @support',
  'www.example.com/refund?id=1 is it good? no. but fine.', 'ｶﾀｶﾅ ﬁne ligature ①②③', '届かない。最悪です！返品したい',
  '还没收到货，但是客服很好', 'ไม่ดีเลย ของแตก', 'Это ужасно, не работает', 'Це жахливо, не працює', 'Ελληνικά καλό',
  'বাংলা খারাপ', 'n\'est pas l’article qu’il faut', 'Tidak bisa dipakai, kecewa banget', 'Tak boleh guna, kecewa',
];

function buildCases(): Case[] {
  const cases: Case[] = [];
  EDGE_CASES.forEach((t, n) => textCases('edge', t, undefined, n, cases));
  fixtureMentionTexts().forEach((t, n) => textCases('bench', t, undefined, n, cases));
  mentionCases('tests/fixtures/x', pageMentions(join(ROOT, 'tests/fixtures/x'), 'x'), cases);
  mentionCases('tests/fixtures/amazon', pageMentions(join(ROOT, 'tests/fixtures/amazon'), 'amazon'), cases);
  if (!existsSync(SHARED)) {
    console.log('../shared not found: repository fixtures only');
    return cases;
  }
  const langDir = join(SHARED, 'data/lang');
  if (existsSync(langDir)) {
    for (const f of readdirSync(langDir).filter((n) => n.endsWith('.txt')).sort()) {
      readLines(join(langDir, f)).forEach((l, n) => {
        const tab = l.indexOf('\t');
        textCases(`lang/${f}`, l.slice(tab + 1), l.slice(0, tab), n, cases);
      });
    }
  }
  const sentDir = join(SHARED, 'data/sentiment');
  if (existsSync(sentDir)) {
    for (const f of readdirSync(sentDir).filter((n) => n.endsWith('.txt')).sort()) {
      readLines(join(sentDir, f)).forEach((l, n) => textCases(`sentiment/${f}`, l.split('\t').slice(2).join('\t'), 'en', n, cases));
    }
  }
  const multiDir = join(SHARED, 'data/sentiment-multi');
  if (existsSync(multiDir)) {
    for (const f of readdirSync(multiDir).filter((n) => n.endsWith('.tsv')).sort()) {
      const lang = f.replace(/\.tsv$/, '');
      readLines(join(multiDir, f)).forEach((l, n) => textCases(`sentiment-multi/${f}`, l.split('\t').slice(2).join(' '), lang, n, cases));
    }
  }
  mentionCases('real/x', pageMentions(join(SHARED, 'fixtures/real/x'), 'x'), cases);
  mentionCases('real/amazon', pageMentions(join(SHARED, 'fixtures/real/amazon'), 'amazon'), cases);
  return cases;
}

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const at = args.indexOf(name);
    if (at < 0) return undefined;
    const value = args[at + 1];
    args.splice(at, 2);
    return value;
  };
  const saveCases = flag('--save-cases');
  const casesFile = flag('--cases');
  const outFile = args[0];
  if (!outFile) {
    console.log('usage: npx tsx scripts/analysis-snapshot.ts OUT.jsonl [--save-cases FILE | --cases FILE]');
    process.exitCode = 2;
    return;
  }
  const cases = casesFile ? (JSON.parse(readFileSync(casesFile, 'utf8')) as Case[]) : buildCases();
  if (saveCases) writeFileSync(saveCases, JSON.stringify(cases));
  const out = createWriteStream(outFile);
  const t0 = performance.now();
  for (const c of cases) {
    const result = c.kind === 'text' ? analyzeText(c.input, c.opts) : analyzeMention(c.input, c.opts);
    // The input's text is left out (the source and line number name it): the output stays small.
    out.write(`${JSON.stringify({ src: c.src, result })}\n`);
  }
  out.end();
  console.log(`${cases.length} records -> ${outFile} (${((performance.now() - t0) / 1000).toFixed(1)} s of analysis and writing)`);
}

main();
