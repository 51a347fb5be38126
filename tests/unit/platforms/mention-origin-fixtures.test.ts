/**
 * Real captures must pass the origin check the background applies (mention-origin.ts): every
 * mention the adapters extract from every saved page, sent from that page, both at the URL the
 * unit tests read it at and at the URL the e2e suite serves it at (tests/e2e/harness.mjs PAGES
 * and the two pages run.mjs adds), since there the background checks the real sender.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkMentionOrigin } from '../../../lib/platforms/mention-origin.ts';
import { ADAPTER_BY_PLATFORM } from '../../../lib/platforms/registry.ts';
import { scanPage } from '../../../lib/platforms/scan.ts';
import { FIXTURES_DIR, SAVED_PAGES, closeSavedPages, loadSavedPage, type SavedPage } from './saved-pages.ts';

afterAll(closeSavedPages);

/** Where tests/e2e serves saved pages (harness.mjs PAGES; run.mjs adds the search and amazon.in pages). */
const E2E_URLS: Record<string, string[]> = {
  'x/home-2025-02-loggedin-x.com.html': ['https://x.com/home', 'https://x.com/search?q=crisis%20desk&src=typed_query'],
  'x/home-2024-11-loggedin-prettified-14tweets.html': ['https://twitter.com/home'],
  'x/profile-2025-10-loggedin-zh-ui-ja-tweets.html': ['https://x.com/skiinfomation'],
  'amazon/com-product-reviews-2024-05-B09PZG4R17.html': ['https://www.amazon.com/product-reviews/B09PZG4R17'],
  'amazon/de-product-page-2022-04-000004458X.html': ['https://www.amazon.de/dp/000004458X'],
  'amazon/co-jp-product-page-2022-02-B07WXL5YPW-ja-reviews.html': ['https://www.amazon.co.jp/-/en/dp/B07WXL5YPW'],
  'amazon/in-product-page-2026-05-B0CS5XW6TN-new-review-cards.html': ['https://www.amazon.in/dp/B0CS5XW6TN'],
};

const key = (p: SavedPage) => `${p.platform}/${p.file}`;

const CASES = SAVED_PAGES.flatMap((page) =>
  [page.url, ...(E2E_URLS[key(page)] ?? [])].map((url) => ({ page, url, name: `${key(page)} at ${url}` })),
);

test('saved-pages.ts lists every saved page, and the e2e list names only saved pages', () => {
  const onDisk = ['amazon', 'x'].flatMap((dir) =>
    readdirSync(join(FIXTURES_DIR, dir))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `${dir}/${f}`),
  );
  expect(SAVED_PAGES.map(key).sort()).toEqual(onDisk.sort());
  for (const file of Object.keys(E2E_URLS)) expect(onDisk).toContain(file);
});

describe.each(CASES)('$name', ({ page, url }) => {
  test('every extracted mention passes the origin check, sent from that page', () => {
    const scan = scanPage(ADAPTER_BY_PLATFORM[page.platform], loadSavedPage(page), new URL(url));
    expect(scan.errors).toEqual([]);
    expect(scan.mentions.length).toBeGreaterThan(0);
    const problems = scan.mentions
      .map((m) => ({ id: m.id, out: checkMentionOrigin(m, url) }))
      .filter(({ out }) => !out.ok);
    expect(problems).toEqual([]);
  });
});
