// extract's logic in-process, against a tiny hand-made page and a fake adapter, so it does not
// depend on the real adapters' selectors.
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { UsageError } from '../../../bin/args.ts';
import { extractFromHtml, pageUrlOf, summaryLine } from '../../../bin/extract.ts';
import type { PlatformAdapter } from '../../../lib/platforms/types.ts';

const fakeX: PlatformAdapter = {
  platform: 'x',
  isPage: (u) => u.hostname === 'x.com',
  pageType: () => 'home',
  expectsItems: () => true,
  itemSelectors: [{ selector: 'article.post', note: 'hand-made test markup' }],
  findItems: (root) => [...root.querySelectorAll('article.post')],
  itemId: (el) => el.getAttribute('data-id') ?? undefined,
  extract: (el, ctx) => {
    const id = el.getAttribute('data-id');
    if (!id) return { ok: false, reason: 'no-id' };
    if (el.hasAttribute('data-ad')) return { ok: false, reason: 'ad', id };
    const text = el.textContent?.trim() ?? '';
    if (!text) return { ok: false, reason: 'no-text', id };
    if (text === 'boom') throw new Error('odd markup');
    return { ok: true, mention: { id: `x:${id}`, platform: 'x', permalink: new URL(`/u/status/${id}`, ctx.pageUrl).href, text } };
  },
};
const adapters = { forPlatform: () => fakeX, forUrl: (u: URL) => (fakeX.isPage(u) ? fakeX : undefined) };

const PAGE = `<!-- saved from url=(0022)https://x.com/home -->
<html><body>
  <article class="post" data-id="101">Still no refund 😡</article>
  <article class="post" data-id="102" data-ad>Buy now</article>
  <article class="post" data-id="103"></article>
  <article class="post">spacer</article>
  <article class="post" data-id="104">boom</article>
  <article class="post" data-id="105">Love it</article>
</body></html>`;

describe('extractFromHtml', () => {
  test('finds the platform from the saved-from comment and reports every skip reason', () => {
    const o = extractFromHtml(PAGE, { adapters });
    expect(o.urlSource).toBe('saved-from');
    expect(o.result.mentions.map((m) => [m.id, m.text])).toEqual([
      ['x:101', 'Still no refund 😡'],
      ['x:105', 'Love it'],
    ]);
    expect(o.result.skipped).toEqual({ ad: 1, 'no-text': 1, 'no-id': 1 });
    expect(o.result.errors).toEqual(['odd markup']);
    expect(summaryLine(o)).toBe(
      'extract: x home page (https://x.com/home, from saved-from): 6 items found, 2 extracted, skipped: ad 1, no-text 1, no-id 1, errors: 1',
    );
  });

  test('--url wins over what the page says', () => {
    const o = extractFromHtml(PAGE, { adapters, url: 'https://x.com/search?q=acme' });
    expect(o.urlSource).toBe('option');
    expect(o.pageUrl.href).toBe('https://x.com/search?q=acme');
  });

  test('--platform without any URL uses the platform home page', () => {
    const o = extractFromHtml('<article class="post" data-id="7">hello</article>', { adapters, platform: 'x' });
    expect(o.urlSource).toBe('default');
    expect(o.pageUrl.href).toBe('https://x.com/home');
    expect(o.result.mentions).toHaveLength(1);
  });

  test('no platform and no URL is a usage error', () => {
    expect(() => extractFromHtml('<p>nothing</p>', { adapters })).toThrow(UsageError);
  });
});

describe('pageUrlOf', () => {
  test.each([
    ['<!-- saved from url=(0030)https://www.amazon.de/dp/B0000 -->', 'https://www.amazon.de/dp/B0000', 'saved-from'],
    ['<link rel="canonical" href="https://www.amazon.co.jp/dp/B07WXL5YPW">', 'https://www.amazon.co.jp/dp/B07WXL5YPW', 'canonical'],
    ['<meta property="og:url" content="https://x.com/acme/status/1">', 'https://x.com/acme/status/1', 'og:url'],
    // Relative or non-web URLs name nothing.
    ['<link rel="canonical" href="/dp/B000">', undefined, undefined],
    ['<link rel="canonical" href="javascript:alert(1)">', undefined, undefined],
    ['<p>plain</p>', undefined, undefined],
  ])('%s', (html, href, source) => {
    const found = pageUrlOf(html, parseHTML(`<html><head>${html}</head><body></body></html>`).document);
    expect(found?.url.href).toBe(href);
    expect(found?.source).toBe(source);
  });
});
