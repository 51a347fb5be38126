/**
 * `npm run bench`: figures, not pass/fail. Prints the machine's load next to every figure because
 * this 2-core machine is noisy; ratios against a baseline measured in the same run mean more than
 * absolute times.
 *
 * - extraction: ms per item in Debian Chromium on every saved page (target < 0.2 ms)
 * - analysis: mentions per second on tweet-length text, beside franc (default and limited) alone
 * - db: 50,000 mentions in fake-indexeddb: inbox page, filtered page, counts, prune
 */
import { franc } from 'franc';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeText } from '../lib/analysis/index.ts';
import { adapterForUrl } from '../lib/platforms/registry.ts';
import { scanPage } from '../lib/platforms/scan.ts';
import { benchDb } from './db.ts';
import { BENCH_PAGES, benchExtraction } from './extraction.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const load = () => `load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} on ${os.cpus().length} cores`;

function section(title: string): void {
  console.log(`\n## ${title} (${load()})`);
}

/** Real mention texts from the saved pages in the repo (the corpus every clone has), cut or
 * cycled to tweet length (~80–280 chars). */
function tweetCorpus(): string[] {
  const texts: string[] = [];
  for (const p of BENCH_PAGES) {
    const { document } = parseHTML(readFileSync(path.join(ROOT, 'tests/fixtures', p.file), 'utf8'));
    const url = new URL(p.url);
    const adapter = adapterForUrl(url);
    if (!adapter) continue;
    for (const m of scanPage(adapter, document, url).mentions) {
      const t = m.text.slice(0, 280);
      if (t.length >= 10) texts.push(t);
    }
  }
  return texts;
}

function rate(texts: string[], fn: (t: string) => unknown, minMs = 1_500): number {
  for (let i = 0; i < 200; i++) fn(texts[i % texts.length]!); // warm-up
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    for (let i = 0; i < 100; i++) fn(texts[n++ % texts.length]!);
    t = performance.now();
  }
  return (n / (t - t0)) * 1000;
}

const FRANC_ONLY = ['eng', 'spa', 'por', 'fra', 'deu', 'ita', 'nld', 'pol', 'swe', 'tur', 'rus', 'arb', 'heb', 'jpn', 'cmn', 'kor', 'tha', 'vie', 'ind', 'hin'];

async function main(): Promise<void> {
  console.log(`# crisis-desk bench — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}`);

  section('extraction in Chromium (target < 0.2 ms per item)');
  try {
    const figs = await benchExtraction();
    console.log('| page | bytes | items | extracted | extract ms/item | findItems ms/scan | whole scan ms/item |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const f of figs) {
      console.log(
        `| ${f.file} | ${f.bytes} | ${f.items} | ${f.extracted} | ${f.msExtractPerItem.toFixed(4)} | ${f.msFindItems.toFixed(4)} | ${f.msPerItem.toFixed(4)} |`,
      );
    }
    const largest = figs.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const worst = figs.reduce((a, b) => (b.msExtractPerItem > a.msExtractPerItem ? b : a));
    console.log(`largest page (${largest.file}): ${largest.msExtractPerItem.toFixed(4)} ms per item extracted`);
    console.log(`slowest page (${worst.file}): ${worst.msExtractPerItem.toFixed(4)} ms per item extracted`);
  } catch (err) {
    console.log(`skipped: could not run Chromium (${err instanceof Error ? err.message : String(err)})`);
  }

  section('analysis rate, tweet-length text, one thread');
  const texts = tweetCorpus();
  const avg = texts.reduce((s, t) => s + t.length, 0) / Math.max(1, texts.length);
  console.log(`corpus: ${texts.length} real mention texts from tests/fixtures, average ${avg.toFixed(0)} chars`);
  const ours = rate(texts, (t) => analyzeText({ text: t }));
  const francDefault = rate(texts, (t) => franc(t));
  const francLimited = rate(texts, (t) => franc(t, { only: FRANC_ONLY }));
  console.log('| analyser | mentions/s | vs franc limited |');
  console.log('|---|---:|---:|');
  for (const [name, r] of [
    ['crisis-desk analyzeText (language + sentiment + complaints)', ours],
    ['franc default (language only)', francDefault],
    ['franc limited to 20 languages (language only)', francLimited],
  ] as const) {
    console.log(`| ${name} | ${Math.round(r)} | ${(r / francLimited).toFixed(2)}× |`);
  }

  section('IndexedDB (fake-indexeddb in Node; a browser is faster), 50,000 mentions');
  const db = await benchDb();
  for (const [k, v] of Object.entries(db)) console.log(`${k}: ${typeof v === 'number' ? v.toFixed(2) : v}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
