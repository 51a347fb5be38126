import { describe, expect, test } from 'vitest';
import { AMAZON_MATCHES } from '../../../lib/platforms/amazon-hosts.ts';
import { amazonAdapter } from '../../../lib/platforms/amazon.ts';

/** Chrome match-pattern semantics for `https://*.host/path*`: `*.` = any subdomain or none,
 * `*` in the path = any characters. */
function matches(pattern: string, url: URL): boolean {
  const m = /^https:\/\/\*\.([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`unexpected pattern ${pattern}`);
  const [, host, path] = m as unknown as [string, string, string];
  const hostOk = url.hostname === host || url.hostname.endsWith(`.${host}`);
  const re = new RegExp('^' + path.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return hostOk && re.test(url.pathname + url.search);
}

describe('Amazon content-script match patterns', () => {
  test.each([
    'https://www.amazon.com/product-reviews/B09PZG4R17',
    'https://www.amazon.com/Some-Slug/product-reviews/B09PZG4R17/ref=cm_cr_arp_d_paging_btm_next_2?pageNumber=2',
    'https://www.amazon.de/dp/000004458X',
    'https://amazon.de/Buch-Titel/dp/000004458X/ref=sr_1_1',
    'https://www.amazon.co.jp/-/en/dp/B07WXL5YPW',
    'https://www.amazon.co.jp/-/en/gp/customer-reviews/R1ABCDEFGHIJKL',
    'https://www.amazon.in/dp/B0CS5XW6TN',
    'https://www.amazon.co.uk/gp/product/B086X5XDD3',
    'https://www.amazon.fr/gp/customer-reviews/R1ABCDEFGHIJKL',
  ])('the content script runs where the adapter reads: %s', (href) => {
    const url = new URL(href);
    expect(amazonAdapter.isPage(url)).toBe(true);
    expect(AMAZON_MATCHES.some((p) => matches(p, url))).toBe(true);
  });

  test.each(['https://www.amazon.com/gp/cart/view.html', 'https://www.amazon.de/s?k=kopfhoerer', 'https://www.amazon.com/ap/signin'])(
    'and not on checkout, search or sign-in: %s',
    (href) => {
      expect(AMAZON_MATCHES.some((p) => matches(p, new URL(href)))).toBe(false);
    },
  );

  test('every marketplace the issue names is covered', () => {
    for (const host of ['amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.es', 'amazon.it', 'amazon.co.jp', 'amazon.ca', 'amazon.in']) {
      expect(AMAZON_MATCHES).toContain(`https://*.${host}/dp/*`);
    }
  });
});
