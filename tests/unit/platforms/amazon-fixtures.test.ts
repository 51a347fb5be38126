/**
 * The Amazon adapter against every saved real page in tests/fixtures/amazon (see SOURCE.md):
 * exact item counts, exact per-selector match counts, exact fields of named reviews.
 *
 * Pages are parsed by a happy-dom Window of our own rather than the happy-dom test environment:
 * the environment's window logs an error to the test console for every iframe and stylesheet in
 * a saved page (loading them is disabled), and the adapter needs no DOM globals anyway.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MentionSchema, type Mention } from '../../../lib/schema.ts';
import { AMAZON_ITEM_SELECTORS, amazonAdapter } from '../../../lib/platforms/amazon.ts';
import { scanPage } from '../../../lib/platforms/scan.ts';

const window = new Window({ settings: { handleDisabledFileLoadingAsSuccess: true } });
afterAll(() => window.happyDOM.close());

const pages = new Map<string, Document>();

/** Parsed once per file: the tests here only read the pages. */
function loadPage(file: string): Document {
  const cached = pages.get(file);
  if (cached) return cached;
  const html = readFileSync(join(import.meta.dirname, '../../fixtures/amazon', file), 'utf8');
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  pages.set(file, doc);
  return doc;
}

/** A Mention's fields except `text`, which is checked by its start (`textStart`). */
type Expected = Omit<Mention, 'platform' | 'text' | 'pageUrl' | 'pageType'> & { textStart: string };

interface Page {
  file: string;
  /** The page's canonical URL (plus its paging query where it shows one). */
  url: string;
  pageType: string;
  ids: string[];
  /** Match count of each AMAZON_ITEM_SELECTORS alternative, in order. */
  perSelector: [number, number, number, number, number];
  verified: boolean[];
  reviews: Expected[];
}

const PAGES: Page[] = [
  {
    file: 'com-product-reviews-2026-03-B0F83YCWRH-loggedin.html',
    url: 'https://www.amazon.com/Qiinogow-Motorola-Edge-Fusion-Black/product-reviews/B0F83YCWRH?ie=UTF8&sortBy=recent&pageNumber=4',
    pageType: 'product-reviews',
    ids: [
      'R3NDV1ER0MDK8U', 'R3AMBGXHNDZ1Y5', 'R36DMDC1IQZ1JW', 'R38F5F03FTBQG5', 'RKRH2JCXNRUS8',
      'R1BQ3HGIOVJM4E', 'REC6XH2JNXT31', 'R1D4SZF5QQM17J', 'R24Y4EFTGAMUL9', 'R1U3MEYOEMZCYJ',
    ],
    perSelector: [10, 0, 0, 0, 10],
    verified: Array<boolean>(10).fill(true),
    reviews: [
      {
        id: 'amazon:R3NDV1ER0MDK8U',
        permalink: 'https://www.amazon.com/gp/customer-reviews/R3NDV1ER0MDK8U',
        authorName: 'Melanie',
        langHint: 'en',
        postedAt: '2025-06-05T00:00:00.000Z',
        rating: 5,
        // the star icon sits inside the title link here; its "5.0 out of 5 stars" must not leak in
        title: 'Case',
        productId: 'B0F83YCWRH',
        marketplace: 'amazon.com',
        verified: true,
        textStart: 'Daughter loves this, fits as to be expected. Cheaper than in store cases.',
      },
      {
        id: 'amazon:R1BQ3HGIOVJM4E',
        permalink: 'https://www.amazon.com/gp/customer-reviews/R1BQ3HGIOVJM4E',
        authorName: 'Amazon Customer',
        langHint: 'en',
        postedAt: '2025-04-14T00:00:00.000Z',
        rating: 1,
        title: 'Poor quality does not fit',
        productId: 'B0F83YCWRH',
        marketplace: 'amazon.com',
        verified: true,
        textStart: 'Does not fits 21 plus',
      },
      {
        // Spanish review shown machine-translated: we keep the reviewer's own words and their `lang`
        id: 'amazon:R24Y4EFTGAMUL9',
        permalink: 'https://www.amazon.com/gp/customer-reviews/R24Y4EFTGAMUL9',
        authorName: 'Cliente de Amazon',
        langHint: 'es',
        postedAt: '2025-02-08T00:00:00.000Z',
        rating: 5,
        title: 'Buen ajuste',
        productId: 'B0F83YCWRH',
        marketplace: 'amazon.com',
        verified: true,
        textStart: 'Encaja perfecto.',
      },
    ],
  },
  {
    file: 'com-product-reviews-2024-05-B09PZG4R17.html',
    url: 'https://www.amazon.com/Razer-BlackShark-V2-Gaming-Headset/product-reviews/B09PZG4R17',
    pageType: 'product-reviews',
    ids: [
      'R11EAQM2MPD6LS', 'R38GKMMGH72NU7', 'RS2U2UVSM4FGR', 'R29NF0EHJIOX8K', 'R24NQQHOOO0L76',
      'RGE30045NUNYY', 'R1QVXY5ZY3VP6A', 'R2B967FCTP4CZC', 'R10L6PDHJF5N3R', 'R3FO6NSM0XAVLJ',
    ],
    perSelector: [10, 0, 0, 0, 10],
    verified: Array<boolean>(10).fill(true),
    reviews: [
      {
        id: 'amazon:R11EAQM2MPD6LS',
        permalink: 'https://www.amazon.com/gp/customer-reviews/R11EAQM2MPD6LS',
        authorName: 'Hasan Shaik',
        langHint: 'en',
        postedAt: '2024-03-18T00:00:00.000Z',
        rating: 5,
        title: 'For the price, there aren’t many as good as this.',
        productId: 'B09PZG4R17',
        marketplace: 'amazon.com',
        verified: true,
        textStart: 'I never was a huge Razer fan but these are incredible for the money.\nThey sound solid',
      },
      {
        id: 'amazon:RS2U2UVSM4FGR',
        permalink: 'https://www.amazon.com/gp/customer-reviews/RS2U2UVSM4FGR',
        authorName: 'ThatOneRandomGuy',
        langHint: 'en',
        postedAt: '2024-05-14T00:00:00.000Z',
        rating: 4,
        title: 'Not the most comfortable, but pretty good all around and a great value.',
        productId: 'B09PZG4R17',
        marketplace: 'amazon.com',
        verified: true,
        textStart: 'Bought this to replace a Plantronics Rig wired headset.',
      },
    ],
  },
  {
    file: 'co-uk-product-reviews-2024-06-B086X5XDD3-p10-multilang.html',
    url: 'https://www.amazon.co.uk/Duerer-Inflatable-Swimming-Backyard-Outdoor/product-reviews/B086X5XDD3?pageNumber=10',
    pageType: 'product-reviews',
    ids: [
      'RVSUCWZO21X9W', 'R2VHT9DT5KU004', 'RYJBD0NLT85NT', 'RFH77SILCMEEY', 'R3BYGVW7RSQ0T9',
      'R98Z9SFN9MGA', 'R1PZ19QMJ4N7R9', 'R1LNHT1810B08F', 'R2OXVAVSG3ZO2', 'R14WB6SXDGHMO3',
    ],
    perSelector: [10, 0, 0, 0, 10],
    verified: Array<boolean>(10).fill(true),
    reviews: [
      {
        // international review: title is a span, rating is `cmps-review-star-rating`
        id: 'amazon:RVSUCWZO21X9W',
        permalink: 'https://www.amazon.co.uk/gp/customer-reviews/RVSUCWZO21X9W',
        authorName: 'faustino pietro',
        langHint: 'it', // "Reviewed in Italy on 16 July 2022"
        postedAt: '2022-07-16T00:00:00.000Z',
        rating: 3,
        title: 'Ordinata 241per 141 in realtà esterna misura 130 per 229una bella differenzaJ una',
        productId: 'B086X5XDD3',
        marketplace: 'amazon.co.uk',
        verified: true,
        textStart: 'Misure molto più piccole',
      },
      {
        // the one review with an empty body: its title is its text (see amazon.ts), and "Reviewed
        // in Canada" names a bilingual country, so there is no language hint
        id: 'amazon:RYJBD0NLT85NT',
        permalink: 'https://www.amazon.co.uk/gp/customer-reviews/RYJBD0NLT85NT',
        authorName: 'adlene',
        postedAt: '2022-07-03T00:00:00.000Z',
        rating: 5,
        title: 'Bon produit',
        productId: 'B086X5XDD3',
        marketplace: 'amazon.co.uk',
        verified: true,
        textStart: 'Bon produit',
      },
      {
        id: 'amazon:R3BYGVW7RSQ0T9',
        permalink: 'https://www.amazon.co.uk/gp/customer-reviews/R3BYGVW7RSQ0T9',
        authorName: 'Slaeng',
        langHint: 'fr',
        postedAt: '2022-06-06T00:00:00.000Z',
        rating: 2,
        title: 'Arrivée trouée',
        productId: 'B086X5XDD3',
        marketplace: 'amazon.co.uk',
        verified: true,
        textStart: 'Dès le 2ème jour, sans avoir été utilisée, le boudin du haut se dégonfle.',
      },
      {
        id: 'amazon:R1PZ19QMJ4N7R9',
        permalink: 'https://www.amazon.co.uk/gp/customer-reviews/R1PZ19QMJ4N7R9',
        authorName: 'Tanabor',
        langHint: 'de',
        postedAt: '2021-06-20T00:00:00.000Z',
        rating: 3,
        title: 'Falsche Maße',
        productId: 'B086X5XDD3',
        marketplace: 'amazon.co.uk',
        verified: true,
        textStart: 'Das wichtigste Argument für dieses Becken war die Höhe von 56 cm.',
      },
      {
        // "Reviewed in the United States": another country, same language
        id: 'amazon:R1LNHT1810B08F',
        permalink: 'https://www.amazon.co.uk/gp/customer-reviews/R1LNHT1810B08F',
        authorName: 'Tracy Anderson',
        langHint: 'en',
        postedAt: '2022-08-17T00:00:00.000Z',
        rating: 2,
        title: 'Disappointed',
        productId: 'B086X5XDD3',
        marketplace: 'amazon.co.uk',
        verified: true,
        textStart: 'Both the original pool and the replacement had the same issue. After only 2 uses',
      },
    ],
  },
  {
    file: 'de-product-page-2022-04-000004458X.html',
    url: 'https://www.amazon.de/Old-Spice-Rasur-Creme-original/dp/000004458X',
    pageType: 'product-page',
    ids: [
      'R2ADHXBSU827RJ', 'R171OXWSRSADKR', 'R31ZLE55APC1C1', 'R2L0HR9WKL3SHB', // local list
      'R2Z8HELMVDRDF', 'RTVH5M55Z3HHQ', 'R1IFGNISEG085K', 'R320QC9N5AGW2I', 'R22MD0QF26406O', // global list
    ],
    perSelector: [0, 4, 5, 0, 9],
    verified: Array<boolean>(9).fill(true), // all `avp-badge-linkless` ("Verifizierter Kauf")
    reviews: [
      {
        id: 'amazon:R2ADHXBSU827RJ',
        permalink: 'https://www.amazon.de/gp/customer-reviews/R2ADHXBSU827RJ',
        authorName: 'Sturmkind',
        langHint: 'de',
        postedAt: '2021-04-12T00:00:00.000Z', // "Rezension aus Deutschland vom 12. April 2021"
        rating: 4, // "4,0 von 5 Sternen"
        title: 'Begeisterung sieht anders aus.',
        productId: '000004458X',
        marketplace: 'amazon.de',
        verified: true,
        textStart:
          'Den Geruch und das Frische Erlebnis der Old Spice Rasurcreme habe ich anders im Gedächtnis.\nAlles im allen kann die gelieferte Ware nur zu 60% überzeugen.',
      },
      {
        id: 'amazon:R2Z8HELMVDRDF',
        permalink: 'https://www.amazon.de/gp/customer-reviews/R2Z8HELMVDRDF',
        authorName: 'Amazon カスタマー',
        langHint: 'ja', // "Rezension aus Japan vom 13. Mai 2020"
        postedAt: '2020-05-13T00:00:00.000Z',
        rating: 5,
        title: 'もっと早く',
        productId: '000004458X',
        marketplace: 'amazon.de',
        verified: true,
        textStart: '今まで石鹸で髭剃りしてましたが、これを使ったら剃り上がりよく',
      },
      {
        id: 'amazon:RTVH5M55Z3HHQ',
        permalink: 'https://www.amazon.de/gp/customer-reviews/RTVH5M55Z3HHQ',
        authorName: 'Married and happy',
        langHint: 'en', // "Rezension aus den Vereinigten Staaten vom 12. März 2018"
        postedAt: '2018-03-12T00:00:00.000Z',
        rating: 5,
        title: 'Excellent replacement for the Old Spice shaving soap bars',
        productId: '000004458X',
        marketplace: 'amazon.de',
        verified: true,
        textStart: 'I have used Old Spice shaving cream for over 40 years.',
      },
    ],
  },
  {
    file: 'co-jp-product-page-2022-02-B07WXL5YPW-ja-reviews.html',
    url: 'https://www.amazon.co.jp/-/en/dp/B07WXL5YPW',
    pageType: 'product-page',
    ids: [
      'RCRH2I4PEBA3F', 'R2F6MX7FOM1GTA', 'R1OMZXKEY2LEQR', 'R29K49NAUVB7RN',
      'R2SPPUBZ33ZRGT', 'R2XDO33CKOJBXC', 'R2471GP6T1BAFZ', 'R1WPMVX247I64Y',
    ],
    perSelector: [0, 8, 0, 0, 8],
    verified: [false, false, false, true, false, true, true, true],
    reviews: [
      {
        id: 'amazon:RCRH2I4PEBA3F',
        permalink: 'https://www.amazon.co.jp/gp/customer-reviews/RCRH2I4PEBA3F',
        authorName: 'いぐいぐらぷた',
        langHint: 'ja',
        postedAt: '2019-09-20T00:00:00.000Z', // "Reviewed in Japan on September 20, 2019" (English UI)
        rating: 3,
        title: 'SWITCHしないSwitch 軽くて液晶がキレイ でも意外とお子様向けではないかも',
        productId: 'B07WXL5YPW',
        marketplace: 'amazon.co.jp',
        verified: false,
        // the saved page hard-wraps "SWITCH\n   Lite" inside a text node: that is a space on screen
        textStart: '【総評】\n\n総評から先に。タイトルの通り、このSWITCHはスイッチしません。\nいやでもSWITCH Liteなんだから',
      },
      {
        id: 'amazon:R29K49NAUVB7RN',
        permalink: 'https://www.amazon.co.jp/gp/customer-reviews/R29K49NAUVB7RN',
        authorName: '井上洋介',
        langHint: 'ja',
        postedAt: '2020-03-20T00:00:00.000Z',
        rating: 1,
        title: '中古整備品を新品価格で売りつける詐欺',
        productId: 'B07WXL5YPW',
        marketplace: 'amazon.co.jp',
        verified: true,
        textStart: 'え、本当に新品なんですか…？\nなんで画面に指紋後が付いていて',
      },
    ],
  },
  {
    file: 'in-product-page-2026-05-B0CS5XW6TN-new-review-cards.html',
    url: 'https://www.amazon.in/Samsung-Galaxy-Smartphone-Titanium-Storage/dp/B0CS5XW6TN',
    pageType: 'product-page',
    ids: [
      'R11CF7KJUIHYZZ', 'R1OGVXMS7UYKOF', 'R3NERTZAYDDAWR', 'R14A7KG591B7MN',
      'R1PWFYSC0F637M', 'R133J0OXUPRJOO', 'R2UH8VD5NKIOT2', 'R3PRGVTBBJ2QM9',
    ],
    perSelector: [0, 0, 0, 8, 8],
    verified: Array<boolean>(8).fill(true),
    reviews: [
      {
        id: 'amazon:R11CF7KJUIHYZZ',
        permalink: 'https://www.amazon.in/review/R11CF7KJUIHYZZ',
        authorName: 'Chandan', // "Chandan " in the page
        langHint: 'en', // lang="en-IN" on the text
        postedAt: '2025-07-24T00:00:00.000Z',
        rating: 5, // "5 out of 5 stars"
        title: 'A Masterpiece of Mobile Technology - Absolutely Blown Away! My Dream Phone at an Unbeatable Price!',
        productId: 'B0CS5XW6TN',
        marketplace: 'amazon.in',
        verified: true,
        textStart:
          'I recently purchased the Samsung Galaxy S24 Ultra during the Amazon Prime Day sales, and I can confidently say it\'s the best smartphone I\'ve ever owned. From the moment I unboxed it, I was completely captivated, and it continues to impress me daily.\n\nAs a long-time Samsung fan',
      },
      {
        id: 'amazon:R14A7KG591B7MN',
        permalink: 'https://www.amazon.in/review/R14A7KG591B7MN',
        authorName: 'Reeth',
        langHint: 'en',
        postedAt: '2025-10-12T00:00:00.000Z',
        rating: 4,
        title: 'Best phone in the market for AI features and camera',
        productId: 'B0CS5XW6TN',
        marketplace: 'amazon.in',
        verified: true,
        textStart: "I'm writing this review after a month of purchase.",
      },
      {
        id: 'amazon:R133J0OXUPRJOO',
        permalink: 'https://www.amazon.in/review/R133J0OXUPRJOO',
        authorName: 'Kunal yadav',
        langHint: 'en',
        postedAt: '2025-10-07T00:00:00.000Z',
        rating: 5,
        title: 'Best Android Phone of the Year – Totally Worth It!',
        productId: 'B0CS5XW6TN',
        marketplace: 'amazon.in',
        verified: true,
        textStart: 'I’ve been using the Galaxy S24 Ultra for a while now, and I’m honestly blown away.',
      },
    ],
  },
];

/** Chrome that must never reach a mention's text or title. */
const CHROME = [
  'Read more',
  'Lesen Sie weiter',
  'Brief content visible',
  'Full content visible',
  'double tap',
  'out of 5 stars',
  'von 5 Sternen',
  'Translate review',
  'Translated from',
  'See original',
  'Helpful',
];

describe.each(PAGES)('$file', (page) => {
  let doc: Document;
  let mentions: Mention[];
  const url = new URL(page.url);

  beforeAll(() => {
    doc = loadPage(page.file);
    const scan = scanPage(amazonAdapter, doc, url);
    expect(scan.errors).toEqual([]);
    expect(scan.skipped).toEqual({});
    mentions = scan.mentions;
  });

  test('page type', () => {
    expect(amazonAdapter.isPage(url)).toBe(true);
    expect(amazonAdapter.pageType(url)).toBe(page.pageType);
  });

  test(`findItems returns ${page.ids.length} reviews in document order, and all extract`, () => {
    const items = amazonAdapter.findItems(doc);
    expect(items.map((el) => el.id)).toEqual(page.ids);
    expect(mentions.map((m) => m.id)).toEqual(page.ids.map((id) => `amazon:${id}`));
  });

  test('each selector alternative matches exactly', () => {
    expect(AMAZON_ITEM_SELECTORS.map((s) => doc.querySelectorAll(s.selector).length)).toEqual(page.perSelector);
  });

  test('itemId agrees with extract', () => {
    const items = amazonAdapter.findItems(doc);
    expect(items.map((el) => amazonAdapter.itemId(el, { pageUrl: url }))).toEqual(mentions.map((m) => m.id));
  });

  test('verified badges', () => {
    expect(mentions.map((m) => m.verified)).toEqual(page.verified);
  });

  test('every mention is schema-valid, dated, rated, attributed, with clean text', () => {
    for (const m of mentions) {
      expect(MentionSchema.safeParse(m).success).toBe(true);
      expect(m.platform).toBe('amazon');
      expect(m.pageUrl).toBe(url.href);
      expect(m.pageType).toBe(page.pageType);
      expect(m.postedAt).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
      expect(m.rating).toBeGreaterThanOrEqual(1);
      expect(m.authorName).toBeTruthy();
      expect(m.title).toBeTruthy();
      expect(m.text.length).toBeGreaterThan(0);
      expect(m.truncated).toBeUndefined();
      expect(m.productId).toBe(page.reviews[0]?.productId);
      expect(m.text).toBe(m.text.trim());
      for (const chrome of CHROME) {
        expect(m.text, `${m.id} text`).not.toContain(chrome);
        expect(m.title, `${m.id} title`).not.toContain(chrome);
      }
    }
  });

  test.each(page.reviews)('$id', ({ textStart, ...expected }) => {
    const m = mentions.find((x) => x.id === expected.id);
    expect(m).toBeDefined();
    const { text, platform, pageUrl, pageType, ...rest } = m as Mention;
    expect(rest).toEqual(expected);
    expect(text.startsWith(textStart), `text starts: ${JSON.stringify(text.slice(0, 120))}`).toBe(true);
    expect({ platform, pageUrl, pageType }).toEqual({ platform: 'amazon', pageUrl: url.href, pageType: page.pageType });
  });

  test('on a review permalink URL (no ASIN in it) the product id comes from the page', () => {
    const reviewId = page.ids[0] as string;
    const permalinkUrl = new URL(`https://${url.host}/gp/customer-reviews/${reviewId}`);
    const el = doc.getElementById(reviewId) as Element;
    const out = amazonAdapter.extract(el, { pageUrl: permalinkUrl });
    expect(out.ok && out.mention.productId).toBe(page.reviews[0]?.productId);
    expect(out.ok && out.mention.pageType).toBe('review');
  });
});

describe('page-specific details', () => {
  test('co.uk: the body-less international review really has an empty body in the page', () => {
    const doc = loadPage('co-uk-product-reviews-2024-06-B086X5XDD3-p10-multilang.html');
    const el = doc.getElementById('RYJBD0NLT85NT') as Element;
    expect(el.querySelector('[data-hook="review-body"]')?.textContent).toBe('');
    // every other review on the page has a body of its own
    const withBody = amazonAdapter
      .findItems(doc)
      .filter((item) => (item.querySelector('[data-hook="review-body"]')?.textContent ?? '').trim() !== '');
    expect(withBody).toHaveLength(9);
  });

  test('amazon.in new cards: the raw reviewText holds a11y strings, the mention does not', () => {
    const doc = loadPage('in-product-page-2026-05-B0CS5XW6TN-new-review-cards.html');
    const url = new URL(PAGES[5]?.url as string);
    for (const el of amazonAdapter.findItems(doc)) {
      expect(el.querySelector('[data-hook="reviewText"]')?.textContent).toContain(
        'Brief content visible, double tap to read full content.',
      );
      const out = amazonAdapter.extract(el, { pageUrl: url });
      expect(out.ok).toBe(true);
      if (out.ok) expect(out.mention.text).not.toContain('Brief content visible');
    }
  });

  test('amazon.in new cards: emoji stay characters', () => {
    const doc = loadPage('in-product-page-2026-05-B0CS5XW6TN-new-review-cards.html');
    const out = amazonAdapter.extract(doc.getElementById('R133J0OXUPRJOO') as Element, {
      pageUrl: new URL(PAGES[5]?.url as string),
    });
    expect(out.ok && out.mention.text.endsWith('Totally worth 5 stars! 💯📱')).toBe(true);
  });

  test('amazon.de: the expander prompt "Lesen Sie weiter" is in the page but not in the text', () => {
    const doc = loadPage('de-product-page-2022-04-000004458X.html');
    const el = doc.getElementById('R2ADHXBSU827RJ') as Element;
    expect(el.querySelector('[data-hook="review-body"]')?.textContent).toContain('Lesen Sie weiter');
    const out = amazonAdapter.extract(el, { pageUrl: new URL(PAGES[3]?.url as string) });
    expect(out.ok && out.mention.text).toBe(
      'Den Geruch und das Frische Erlebnis der Old Spice Rasurcreme habe ich anders im Gedächtnis.\nAlles im allen kann die gelieferte Ware nur zu 60% überzeugen.',
    );
  });
});
