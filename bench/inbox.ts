/**
 * Inbox benchmark (issue 14): 50,000 mentions in Chromium's own IndexedDB (not fake-indexeddb),
 * the first page, a sort change, searches, a bulk action on 1,000 rows and incremental brigade
 * grouping. The in-page half (bench/inbox-page.ts) is bundled with esbuild and run in a page
 * served at https://bench.crisis-desk.test/ (request interception; nothing leaves the machine).
 * Targets: first page < 50 ms, sort and search < 100 ms, bulk < 1 s.
 */
import { build } from 'esbuild';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const ORIGIN = 'https://bench.crisis-desk.test/';

export async function benchInbox(): Promise<Record<string, number | string>> {
  const bundle = await build({
    stdin: {
      contents: `import { runInboxBench } from './bench/inbox-page.ts'; globalThis.__crisisDeskInboxBench = runInboxBench;`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    minify: true,
  });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--proxy-server=http://127.0.0.1:9', '--host-resolver-rules=MAP * ~NOTFOUND'],
  });
  try {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (req) => void req.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>inbox bench</title>' }));
    await page.goto(ORIGIN);
    await page.evaluate(bundle.outputFiles[0]!.text);
    page.setDefaultTimeout(600_000);
    return await page.evaluate(() => (globalThis as unknown as { __crisisDeskInboxBench(): Promise<Record<string, number | string>> }).__crisisDeskInboxBench());
  } finally {
    await browser.close();
  }
}

/** `npx tsx bench/inbox.ts` runs this section alone. */
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  benchInbox().then(
    (figures) => {
      for (const [k, v] of Object.entries(figures)) console.log(`${k}: ${v}`);
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
