/**
 * When Amazon changes its markup the adapter must degrade to "no text" / "no items" verdicts that
 * the adapter-health view shows, never throw or emit junk. Real pages are altered in memory;
 * edge cases that no saved page has (truncation, invalid records, missing fields) use small cards
 * built from the real pages' classic markup.
 *
 * Parsed with a happy-dom Window of our own (see amazon-fixtures.test.ts for why).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, test } from 'vitest';
import { AdapterHealthSchema, MAX_TEXT_CHARS } from '../../../lib/schema.ts';
import { amazonAdapter } from '../../../lib/platforms/amazon.ts';
import { judgeHealth, scanPage, type ScanResult } from '../../../lib/platforms/scan.ts';

const window = new Window({ settings: { handleDisabledFileLoadingAsSuccess: true } });
afterAll(() => window.happyDOM.close());

function parse(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** A fresh copy each time: these tests mutate the page. */
function loadPage(file: string): Document {
  return parse(readFileSync(join(import.meta.dirname, '../../fixtures/amazon', file), 'utf8'));
}

const NOW = new Date('2026-06-01T12:00:00.000Z');
const COM_2024 = 'com-product-reviews-2024-05-B09PZG4R17.html';
const COM_2024_URL = new URL('https://www.amazon.com/Razer-BlackShark-V2-Gaming-Headset/product-reviews/B09PZG4R17');
const IN_2026 = 'in-product-page-2026-05-B0CS5XW6TN-new-review-cards.html';
const IN_2026_URL = new URL('https://www.amazon.in/Samsung-Galaxy-Smartphone-Titanium-Storage/dp/B0CS5XW6TN');

function health(url: URL, scan: ScanResult) {
  return judgeHealth(
    amazonAdapter,
    url,
    {
      containers: scan.containers,
      extracted: scan.mentions.length,
      noText: scan.skipped['no-text'] ?? 0,
      errors: scan.errors.length,
      lastError: scan.errors.at(-1),
    },
    NOW,
  );
}

function renameHook(doc: Document, from: string, to: string): number {
  const els = Array.from(doc.querySelectorAll(`[data-hook="${from}"]`));
  for (const el of els) el.setAttribute('data-hook', to);
  return els.length;
}

describe('markup changes on a real page', () => {
  test('unchanged page: healthy', () => {
    const scan = scanPage(amazonAdapter, loadPage(COM_2024), COM_2024_URL);
    const report = health(COM_2024_URL, scan);
    expect(report).toMatchObject({ problem: 'ok', containers: 10, extracted: 10, pageType: 'product-reviews' });
  });

  test('renamed body and title hooks: every review is no-text, and health says so', () => {
    const doc = loadPage(COM_2024);
    expect(renameHook(doc, 'review-body', 'review-content-v2')).toBe(10);
    // 10 review titles + 2 in the "Top positive / Top critical review" summary, which is no review container
    expect(renameHook(doc, 'review-title', 'review-heading-v2')).toBe(12);
    const scan = scanPage(amazonAdapter, doc, COM_2024_URL);
    expect(scan).toMatchObject({ containers: 10, mentions: [], skipped: { 'no-text': 10 }, errors: [] });
    const report = health(COM_2024_URL, scan);
    expect(report.problem).toBe('no-text');
    expect(report.detail).toBe('10 items, none with text');
    expect(report.selector).toContain('#cm_cr-review_list [data-hook="review"]');
    expect(AdapterHealthSchema.safeParse(report).success).toBe(true);
  });

  test('text nodes removed from bodies and titles: no-text with the review id', () => {
    const doc = loadPage(COM_2024);
    for (const el of doc.querySelectorAll('[data-hook="review-body"], [data-hook="review-title"]')) el.textContent = '';
    const [first] = amazonAdapter.findItems(doc);
    expect(amazonAdapter.extract(first as Element, { pageUrl: COM_2024_URL })).toEqual({
      ok: false,
      reason: 'no-text',
      id: 'amazon:R11EAQM2MPD6LS',
    });
    expect(health(COM_2024_URL, scanPage(amazonAdapter, doc, COM_2024_URL)).problem).toBe('no-text');
  });

  test('only the body gone: the title carries the review (same rule as the body-less co.uk review)', () => {
    const doc = loadPage(COM_2024);
    renameHook(doc, 'review-body', 'review-content-v2');
    const out = amazonAdapter.extract(doc.getElementById('RS2U2UVSM4FGR') as Element, { pageUrl: COM_2024_URL });
    expect(out.ok && [out.mention.text, out.mention.title]).toEqual([
      'Not the most comfortable, but pretty good all around and a great value.',
      'Not the most comfortable, but pretty good all around and a great value.',
    ]);
  });

  test('renamed container hook: zero items; a review list reports no-items, a product page stays ok', () => {
    const doc = loadPage(COM_2024);
    expect(renameHook(doc, 'review', 'review-card-v2')).toBe(10);
    const scan = scanPage(amazonAdapter, doc, COM_2024_URL);
    expect(scan).toMatchObject({ containers: 0, mentions: [], errors: [] });
    expect(health(COM_2024_URL, scan)).toMatchObject({ problem: 'no-items', containers: 0 });
    // a product can have no reviews at all, so an empty product page is not an error
    const productUrl = new URL('https://www.amazon.com/dp/B09PZG4R17');
    expect(health(productUrl, scanPage(amazonAdapter, doc, productUrl)).problem).toBe('ok');
  });

  test('list containers renamed: the catch-all alternative still finds every review', () => {
    const doc = loadPage(COM_2024);
    const list = doc.getElementById('cm_cr-review_list') as Element;
    list.id = 'cm_cr-review_list_v2';
    expect(doc.querySelectorAll('#cm_cr-review_list [data-hook="review"]')).toHaveLength(0);
    expect(scanPage(amazonAdapter, doc, COM_2024_URL).mentions).toHaveLength(10);
  });

  test('new cards: rich text container renamed, reviewText fallback still drops the a11y strings', () => {
    const doc = loadPage(IN_2026);
    const before = scanPage(amazonAdapter, doc, IN_2026_URL).mentions.map((m) => m.text);
    expect(renameHook(doc, 'reviewRichContentContainer', 'reviewRichContent-v2')).toBe(8);
    const after = scanPage(amazonAdapter, doc, IN_2026_URL).mentions.map((m) => m.text);
    expect(after).toEqual(before);
  });

  test('new cards: even with the a11y classes renamed, the strings are dropped by text', () => {
    const doc = loadPage(IN_2026);
    const before = scanPage(amazonAdapter, doc, IN_2026_URL).mentions.map((m) => m.text);
    renameHook(doc, 'reviewRichContentContainer', 'reviewRichContent-v2');
    renameHook(doc, 'reviewExpandButtonContainer', 'reviewExpandButtons-v2');
    for (const el of doc.querySelectorAll('.a-teaser-describedby-collapsed, .a-teaser-describedby-expanded')) {
      el.className = 'a-hidden';
    }
    const after = scanPage(amazonAdapter, doc, IN_2026_URL).mentions.map((m) => m.text);
    expect(after).toEqual(before);
    for (const t of after) {
      expect(t).not.toContain('double tap');
      expect(t).not.toContain('Read less');
    }
  });

  test('review ids missing: no-id, and itemId gives nothing', () => {
    const doc = loadPage(COM_2024);
    const [first] = amazonAdapter.findItems(doc) as [Element];
    first.removeAttribute('id');
    first.querySelector('[id^="customer_review-"]')?.removeAttribute('id');
    expect(amazonAdapter.itemId(first, { pageUrl: COM_2024_URL })).toBeUndefined();
    expect(amazonAdapter.extract(first, { pageUrl: COM_2024_URL })).toEqual({ ok: false, reason: 'no-id' });
  });

  test('container id missing but the inner customer_review-<id> block is there: id still found', () => {
    const doc = loadPage(COM_2024);
    const [first] = amazonAdapter.findItems(doc) as [Element];
    first.removeAttribute('id');
    expect(amazonAdapter.itemId(first, { pageUrl: COM_2024_URL })).toBe('amazon:R11EAQM2MPD6LS');
  });
});

describe('findItems and scanning', () => {
  test('a subtree root finds the reviews under it; a review root finds itself', () => {
    const doc = loadPage(COM_2024);
    const list = doc.getElementById('cm_cr-review_list') as Element;
    expect(amazonAdapter.findItems(list)).toHaveLength(10);
    const one = doc.getElementById('R1QVXY5ZY3VP6A') as Element;
    expect(amazonAdapter.findItems(one)).toEqual([one]);
  });

  test('already-seen ids are skipped without extraction', () => {
    const doc = loadPage(COM_2024);
    const seen = new Set(['amazon:R11EAQM2MPD6LS', 'amazon:R38GKMMGH72NU7']);
    const scan = scanPage(amazonAdapter, doc, COM_2024_URL, { seen });
    expect(scan.mentions).toHaveLength(8);
    expect(scan.mentions.some((m) => seen.has(m.id))).toBe(false);
  });
});

/** A classic `/product-reviews/` review (2024 markup) with the parts a test wants. */
function card(parts: { id?: string; body?: string; title?: string; rating?: string; date?: string; author?: string }): string {
  const id = parts.id ?? 'R1ABCDEFGHIJKL';
  return `<div id="${id}" data-hook="review" class="a-section review aok-relative">
    ${parts.author === undefined ? '' : `<div data-hook="genome-widget"><a class="a-profile"><div class="a-profile-content"><span class="a-profile-name">${parts.author}</span></div></a></div>`}
    ${parts.title === undefined ? '' : `<a data-hook="review-title" class="review-title" href="/gp/customer-reviews/${id}/ref=cm_cr_arp_d_rvw_ttl?ie=UTF8&amp;ASIN=B09PZG4R17">${parts.rating ?? ''}<span class="a-letter-space"></span><span>${parts.title}</span></a>`}
    ${parts.date === undefined ? '' : `<span data-hook="review-date" class="review-date">${parts.date}</span>`}
    ${parts.body === undefined ? '' : `<span data-hook="review-body" class="review-text review-text-content"><span>${parts.body}</span></span>`}
  </div>`;
}

function extractCard(html: string, url = COM_2024_URL) {
  const doc = parse(`<html><body><div id="cm_cr-review_list">${html}</div></body></html>`);
  const [el] = amazonAdapter.findItems(doc);
  return amazonAdapter.extract(el as Element, { pageUrl: url });
}

describe('edge cases no saved page has', () => {
  test('a body longer than MAX_TEXT_CHARS is cut, marked, and no emoji is split', () => {
    // 'a' then emoji (2 UTF-16 units each): the limit falls between the halves of an emoji
    const body = `a${'😀'.repeat(MAX_TEXT_CHARS)}`;
    const out = extractCard(card({ title: 'Long', body }));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.mention.truncated).toBe(true);
    expect(out.mention.text.length).toBe(MAX_TEXT_CHARS - 1);
    expect(out.mention.text.endsWith('😀')).toBe(true);
    expect(out.mention.text.isWellFormed()).toBe(true);
  });

  test('a body of exactly MAX_TEXT_CHARS is not marked truncated', () => {
    const out = extractCard(card({ title: 'Long', body: 'b'.repeat(MAX_TEXT_CHARS) }));
    expect(out.ok && [out.mention.text.length, out.mention.truncated]).toEqual([MAX_TEXT_CHARS, undefined]);
  });

  test('no rating, no date, no author: still a mention, without those fields', () => {
    const out = extractCard(card({ title: 'Broke in a week', body: 'The hinge snapped.' }));
    expect(out).toEqual({
      ok: true,
      mention: {
        id: 'amazon:R1ABCDEFGHIJKL',
        platform: 'amazon',
        permalink: 'https://www.amazon.com/gp/customer-reviews/R1ABCDEFGHIJKL',
        text: 'The hinge snapped.',
        title: 'Broke in a week',
        productId: 'B09PZG4R17',
        marketplace: 'amazon.com',
        verified: false,
        langHint: 'en',
        pageUrl: COM_2024_URL.href,
        pageType: 'product-reviews',
      },
    });
  });

  test('a body without a title keeps no title', () => {
    const out = extractCard(card({ body: 'Stopped charging after two days.', author: 'Kim' }));
    expect(out.ok && [out.mention.text, out.mention.title, out.mention.authorName]).toEqual([
      'Stopped charging after two days.',
      undefined,
      'Kim',
    ]);
  });

  test('the star text inside the title link never reaches the title; the rating comes from it', () => {
    const rating = '<i data-hook="review-star-rating" class="a-icon a-icon-star a-star-1 review-rating"><span class="a-icon-alt">1.0 out of 5 stars</span></i>';
    const out = extractCard(card({ title: 'Dangerous', body: 'It overheated.', rating }));
    expect(out.ok && [out.mention.title, out.mention.rating]).toEqual(['Dangerous', 1]);
  });

  test.each([
    ['a prompt line that escaped its class is dropped', 'It broke.<div>Read more</div>', 'It broke.'],
    ['several trailing prompts are dropped', 'It broke.<div>Read more</div><div>Read less</div>', 'It broke.'],
    ['German prompt', 'Kaputt.<div>Lesen Sie weiter</div>', 'Kaputt.'],
    ['"Read more" written by the reviewer mid-text stays', 'Read more<br>reviews before buying this.', 'Read more\nreviews before buying this.'],
    ['expander markup as on the amazon.de page', '<div class="a-expander-content">Kaputt.</div><div class="a-expander-header"><a><span class="a-expander-prompt">Lesen Sie weiter</span></a></div>', 'Kaputt.'],
    ['emoji images keep their alt text', 'Great <img alt="😀" src="x.png"> product', 'Great 😀 product'],
    ['hard-wrapped text node is one line', 'Stopped\n      working', 'Stopped working'],
  ])('body text: %s', (_label, body, text) => {
    const out = extractCard(card({ title: 'T', body }));
    expect(out.ok && out.mention.text).toBe(text);
  });

  test('an unreadable date line leaves postedAt out instead of guessing', () => {
    const out = extractCard(card({ title: 'x', body: 'y', date: 'Reviewed sometime last spring' }));
    expect(out.ok && 'postedAt' in out.mention).toBe(false);
  });

  test('a record that fails the schema is reported as invalid, not returned', () => {
    // a host longer than the schema's 40-character marketplace field
    const url = new URL('https://www.a-very-long-shop-name-that-is-not-amazon.example/product-reviews/B09PZG4R17');
    const out = extractCard(card({ title: 'x', body: 'y' }), url);
    expect(out).toMatchObject({ ok: false, reason: 'invalid', id: 'amazon:R1ABCDEFGHIJKL' });
    expect(!out.ok && out.detail).toMatch(/^marketplace: /);
  });

  test('the page ASIN is looked up once per document and cached', () => {
    const doc = parse(`<html><head><link rel="canonical" href="https://www.amazon.com/Thing/dp/B0TESTASIN"></head>
      <body><div id="cm_cr-review_list">${card({ id: 'R1AAAAAAAAAAAA', title: 'a', body: 'b' })}${card({ id: 'R1BBBBBBBBBBBB', title: 'c', body: 'd' })}</div></body></html>`
      .replace(/ASIN=B09PZG4R17/g, ''));
    const permalink = new URL('https://www.amazon.com/gp/customer-reviews/R1AAAAAAAAAAAA');
    const [a, b] = amazonAdapter.findItems(doc) as [Element, Element];
    const first = amazonAdapter.extract(a, { pageUrl: permalink });
    expect(first.ok && first.mention.productId).toBe('B0TESTASIN');
    doc.querySelector('link[rel="canonical"]')?.remove();
    const second = amazonAdapter.extract(b, { pageUrl: permalink });
    expect(second.ok && second.mention.productId).toBe('B0TESTASIN');
  });

  test('no ASIN anywhere: productId is left out', () => {
    const doc = parse(`<div id="cm_cr-review_list">${card({ title: 'a', body: 'b' }).replace(/ASIN=B09PZG4R17/g, '')}</div>`);
    const [el] = amazonAdapter.findItems(doc);
    const out = amazonAdapter.extract(el as Element, { pageUrl: new URL('https://www.amazon.com/gp/customer-reviews/R1ABCDEFGHIJKL') });
    expect(out.ok && 'productId' in out.mention).toBe(false);
  });
});
