/**
 * Every saved page in tests/fixtures/{amazon,x} with the URL the tests read it at, for tests that
 * go over all of them (selector counts, permalink origins). A test checks that this list names
 * every .html file there, so a newly saved page is covered by those tests too.
 *
 * URLs: Amazon pages at their `<link rel="canonical">` plus the paging query the page shows
 * (amazon/SOURCE.md); X pages at the URLs x-fixtures.test.ts uses (x/SOURCE.md).
 *
 * Pages are parsed by a happy-dom Window of our own (see amazon-fixtures.test.ts for why); call
 * `closeSavedPages()` in `afterAll`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { Platform } from '../../../lib/schema.ts';

export interface SavedPage {
  platform: Platform;
  /** Short name for table columns. */
  label: string;
  /** File name in tests/fixtures/<platform>/. */
  file: string;
  url: string;
}

export const FIXTURES_DIR = join(import.meta.dirname, '../../fixtures');

export const SAVED_AMAZON_PAGES: readonly SavedPage[] = [
  {
    platform: 'amazon',
    label: 'com-2026',
    file: 'com-product-reviews-2026-03-B0F83YCWRH-loggedin.html',
    url: 'https://www.amazon.com/Qiinogow-Motorola-Edge-Fusion-Black/product-reviews/B0F83YCWRH?ie=UTF8&sortBy=recent&pageNumber=4',
  },
  {
    platform: 'amazon',
    label: 'com-2024',
    file: 'com-product-reviews-2024-05-B09PZG4R17.html',
    url: 'https://www.amazon.com/Razer-BlackShark-V2-Gaming-Headset/product-reviews/B09PZG4R17',
  },
  {
    platform: 'amazon',
    label: 'co.uk-2024',
    file: 'co-uk-product-reviews-2024-06-B086X5XDD3-p10-multilang.html',
    url: 'https://www.amazon.co.uk/Duerer-Inflatable-Swimming-Backyard-Outdoor/product-reviews/B086X5XDD3?pageNumber=10',
  },
  {
    platform: 'amazon',
    label: 'de-2022',
    file: 'de-product-page-2022-04-000004458X.html',
    url: 'https://www.amazon.de/Old-Spice-Rasur-Creme-original/dp/000004458X',
  },
  {
    platform: 'amazon',
    label: 'co.jp-2022',
    file: 'co-jp-product-page-2022-02-B07WXL5YPW-ja-reviews.html',
    url: 'https://www.amazon.co.jp/-/en/dp/B07WXL5YPW',
  },
  {
    platform: 'amazon',
    label: 'in-2026',
    file: 'in-product-page-2026-05-B0CS5XW6TN-new-review-cards.html',
    url: 'https://www.amazon.in/Samsung-Galaxy-Smartphone-Titanium-Storage/dp/B0CS5XW6TN',
  },
];

export const SAVED_X_PAGES: readonly SavedPage[] = [
  { platform: 'x', label: 'home-2024-11', file: 'home-2024-11-loggedin-prettified-14tweets.html', url: 'https://x.com/home' },
  { platform: 'x', label: 'home-2025-02', file: 'home-2025-02-loggedin-x.com.html', url: 'https://x.com/home' },
  { platform: 'x', label: 'profile-2025-10', file: 'profile-2025-10-loggedin-zh-ui-ja-tweets.html', url: 'https://x.com/skiinfomation' },
  { platform: 'x', label: 'quote-2025-10', file: 'tweet-article-quote-2025-10-outerhtml.html', url: 'https://x.com/home' },
  {
    platform: 'x',
    label: 'status-constructed',
    file: 'status-constructed-2024-11-glaciisnow.html',
    url: 'https://x.com/glaciisnow/status/1861597350789288128',
  },
  {
    platform: 'x',
    label: 'search-constructed',
    file: 'search-constructed-2025-10-ski.html',
    url: 'https://x.com/search?q=%E3%82%B9%E3%82%AD%E3%83%BC&src=typed_query&f=live',
  },
];

export const SAVED_PAGES: readonly SavedPage[] = [...SAVED_AMAZON_PAGES, ...SAVED_X_PAGES];

let window: Window | undefined;
const parsed = new Map<string, Document>();

/** Parsed once per test file: callers only read the pages. */
export function loadSavedPage(page: SavedPage): Document {
  const key = `${page.platform}/${page.file}`;
  const cached = parsed.get(key);
  if (cached) return cached;
  window ??= new Window({ settings: { handleDisabledFileLoadingAsSuccess: true } });
  const html = readFileSync(join(FIXTURES_DIR, page.platform, page.file), 'utf8');
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  parsed.set(key, doc);
  return doc;
}

export async function closeSavedPages(): Promise<void> {
  parsed.clear();
  await window?.happyDOM.close();
  window = undefined;
}
