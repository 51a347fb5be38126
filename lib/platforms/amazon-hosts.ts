/**
 * Where the Amazon content script runs: review surfaces only (product pages, all-reviews pages,
 * review permalinks, the mobile product page), so it never runs on checkout, account or search
 * pages. Built from the marketplace table so the two cannot drift apart. `*.` covers `www.`,
 * `smile.` and the bare host.
 */
import { AMAZON_MARKETS } from './amazon-markets.ts';

// In match patterns `*` in the path matches any characters, `/` included, so `/*/dp/*` covers
// `/<slug>/dp/<ASIN>` and `/-/en/dp/<ASIN>` (amazon.co.jp's English UI).
const PATHS = [
  '/dp/*',
  '/*/dp/*',
  '/gp/product/*',
  '/*/gp/product/*',
  '/gp/aw/d/*',
  '/product-reviews/*',
  '/*/product-reviews/*',
  '/gp/customer-reviews/*',
  '/*/gp/customer-reviews/*',
  '/review/*',
  '/*/review/*',
];

export const AMAZON_MATCHES: string[] = AMAZON_MARKETS.flatMap((m) => PATHS.map((p) => `https://*.${m.host}${p}`));
