/**
 * The page the Chromium export benches run in: an https origin of its own (so IndexedDB is that
 * origin's, as an extension's is its own), a strict script CSP like an extension page's, and the
 * bench bundle served as /bench.js. Nothing reaches the network: every request is answered here.
 */
import type { Page } from 'puppeteer-core';

export const BENCH_ORIGIN = 'https://export-bench.example/';

/** Serves `code` as /bench.js after `body` and opens the page. */
export async function openBenchPage(page: Page, code: string, body = ''): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.url().endsWith('/bench.js')) return void req.respond({ status: 200, contentType: 'text/javascript', body: code });
    void req.respond({
      status: 200,
      contentType: 'text/html',
      headers: { 'content-security-policy': "script-src 'self'" },
      body: `<!doctype html><meta charset="utf-8">${body}<script src="/bench.js"></script>`,
    });
  });
  await page.goto(BENCH_ORIGIN, { waitUntil: 'load' });
}
