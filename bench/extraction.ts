/**
 * Extraction cost per item, measured where it matters: in a real browser (Debian Chromium), on the
 * saved real pages, with the same adapter code the content scripts ship. The adapters are bundled
 * to an IIFE with esbuild and run inside the page; each page is scanned repeatedly and the time is
 * divided by the number of items scanned.
 */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const ROOT = path.resolve(import.meta.dirname, '..');

export const BENCH_PAGES = [
  { url: 'https://twitter.com/home', file: 'x/home-2024-11-loggedin-prettified-14tweets.html' },
  { url: 'https://x.com/home', file: 'x/home-2025-02-loggedin-x.com.html' },
  { url: 'https://x.com/skiinfomation', file: 'x/profile-2025-10-loggedin-zh-ui-ja-tweets.html' },
  { url: 'https://www.amazon.in/dp/B0CS5XW6TN', file: 'amazon/in-product-page-2026-05-B0CS5XW6TN-new-review-cards.html' },
  { url: 'https://www.amazon.co.jp/-/en/dp/B07WXL5YPW', file: 'amazon/co-jp-product-page-2022-02-B07WXL5YPW-ja-reviews.html' },
  { url: 'https://www.amazon.com/product-reviews/B0F83YCWRH', file: 'amazon/com-product-reviews-2026-03-B0F83YCWRH-loggedin.html' },
  { url: 'https://www.amazon.de/dp/000004458X', file: 'amazon/de-product-page-2022-04-000004458X.html' },
];

export interface ExtractionFigure {
  file: string;
  bytes: number;
  items: number;
  extracted: number;
  /** Median over rounds of (time for one full scan / items). */
  msPerItem: number;
  /** findItems alone (the page-wide query), per scan. */
  msFindItems: number;
  /** Extraction alone (scan minus the page-wide query), per item. */
  msExtractPerItem: number;
}

async function bundleAdapters(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `import { adapterForUrl } from './lib/platforms/registry.ts';
        import { scanItems } from './lib/platforms/scan.ts';
        globalThis.__crisisDeskBench = { adapterForUrl, scanItems };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    minify: true,
  });
  return out.outputFiles[0]!.text;
}

/** Runs inside the page, after the adapter bundle set `__crisisDeskBench`. Whole loops are timed:
 * performance.now() is coarsened in pages and one scan of ten items takes less than its
 * resolution. Median of 5 loops. */
const IN_PAGE = `function (url, rounds) {
  const { adapterForUrl, scanItems } = globalThis.__crisisDeskBench;
  const u = new URL(url);
  const adapter = adapterForUrl(u);
  const items = adapter.findItems(document);
  let extracted = 0;
  const loops = [];
  const findLoops = [];
  for (let l = 0; l < 5; l++) {
    const t0 = performance.now();
    for (let i = 0; i < rounds; i++) extracted = scanItems(adapter, adapter.findItems(document), u).mentions.length;
    const t1 = performance.now();
    for (let i = 0; i < rounds; i++) adapter.findItems(document);
    const t2 = performance.now();
    loops.push(t1 - t0);
    findLoops.push(t2 - t1);
  }
  const med = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    items: items.length,
    extracted,
    msPerItem: med(loops) / rounds / Math.max(1, items.length),
    msFindItems: med(findLoops) / rounds,
    msExtractPerItem: Math.max(0, med(loops) - med(findLoops)) / rounds / Math.max(1, items.length),
  };
}`;

export async function benchExtraction(rounds = 200): Promise<ExtractionFigure[]> {
  const bundle = await bundleAdapters();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'crisis-desk-bench-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const figures: ExtractionFigure[] = [];
  try {
    for (const p of BENCH_PAGES) {
      const html = readFileSync(path.join(ROOT, 'tests/fixtures', p.file), 'utf8');
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(true);
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        if (req.url() === p.url) void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        else void req.respond({ status: 204, body: '' });
      });
      await page.goto(p.url, { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: bundle });
      // Passed as source text: tsx/esbuild would wrap a function literal with `__name` helpers
      // that do not exist in the page.
      const r = (await page.evaluate(`(${IN_PAGE})(${JSON.stringify(p.url)}, ${rounds})`)) as Omit<ExtractionFigure, 'file' | 'bytes'>;
      figures.push({ file: p.file, bytes: Buffer.byteLength(html), ...r });
      await page.close();
    }
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return figures;
}
