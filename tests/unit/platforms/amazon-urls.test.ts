import { describe, expect, test } from 'vitest';
import { amazonAdapter, amazonPageType, asinFromUrl, parseAmazonRating } from '../../../lib/platforms/amazon.ts';
import {
  AMAZON_MARKETS,
  amazonLocaleFor,
  amazonMarketFor,
  languageOfCountry,
  marketplaceOf,
} from '../../../lib/platforms/amazon-markets.ts';

describe('amazon page types', () => {
  test.each([
    // review lists
    ['https://www.amazon.com/product-reviews/B09PZG4R17', 'product-reviews', 'B09PZG4R17'],
    ['https://www.amazon.com/Razer-BlackShark-V2-Gaming-Headset/product-reviews/B09PZG4R17', 'product-reviews', 'B09PZG4R17'],
    ['https://www.amazon.co.uk/Duerer-Pool/product-reviews/B086X5XDD3?pageNumber=10', 'product-reviews', 'B086X5XDD3'],
    ['https://www.amazon.de/product-reviews/000004458X/ref=cm_cr_dp_d_show_all_btm?ie=UTF8', 'product-reviews', '000004458X'],
    ['https://www.amazon.co.jp/-/en/product-reviews/B07WXL5YPW/', 'product-reviews', 'B07WXL5YPW'],
    ['https://www.amazon.com.mx/product-reviews/B07WXL5YPW', 'product-reviews', 'B07WXL5YPW'],
    // product pages
    ['https://www.amazon.de/Old-Spice-Rasur-Creme-original/dp/000004458X', 'product-page', '000004458X'],
    ['https://www.amazon.co.jp/-/en/dp/B07WXL5YPW', 'product-page', 'B07WXL5YPW'],
    ['https://www.amazon.in/dp/B0CS5XW6TN?th=1', 'product-page', 'B0CS5XW6TN'],
    ['https://www.amazon.fr/gp/product/B0CS5XW6TN/ref=ppx_yo_dt_b_asin_title', 'product-page', 'B0CS5XW6TN'],
    ['https://www.amazon.es/dp/b0cs5xw6tn', 'product-page', 'B0CS5XW6TN'],
    ['https://www.amazon.it/gp/aw/d/B0CS5XW6TN', 'product-page', 'B0CS5XW6TN'],
    ['https://amazon.ca/dp/B0CS5XW6TN#customerReviews', 'product-page', 'B0CS5XW6TN'],
    ['https://www.amazon.com.au/Some-Slug/dp/B0CS5XW6TN', 'product-page', 'B0CS5XW6TN'],
    ['https://www.amazon.nl/dp/B0CS5XW6TN', 'product-page', 'B0CS5XW6TN'],
    ['https://www.amazon.se/dp/B0CS5XW6TN', 'product-page', 'B0CS5XW6TN'],
    ['https://www.amazon.pl/dp/B0CS5XW6TN', 'product-page', 'B0CS5XW6TN'],
    ['https://www.amazon.com.br/dp/B0CS5XW6TN', 'product-page', 'B0CS5XW6TN'],
    ['https://www.amazon.com.tr/dp/B0CS5XW6TN', 'product-page', 'B0CS5XW6TN'],
    ['https://www.amazon.sg/dp/B0CS5XW6TN', 'product-page', 'B0CS5XW6TN'],
    ['https://www.amazon.ae/dp/B0CS5XW6TN', 'product-page', 'B0CS5XW6TN'],
    ['https://www.amazon.sa/dp/B0CS5XW6TN', 'product-page', 'B0CS5XW6TN'],
    ['https://www.amazon.eg/dp/B0CS5XW6TN', 'product-page', 'B0CS5XW6TN'],
    ['https://www.amazon.com.be/dp/B0CS5XW6TN', 'product-page', 'B0CS5XW6TN'],
    // review permalinks: no ASIN in the URL
    ['https://www.amazon.com/gp/customer-reviews/R3NDV1ER0MDK8U/ref=cm_cr_getr_d_rvw_ttl?ie=UTF8', 'review', undefined],
    ['https://www.amazon.co.jp/-/en/gp/customer-reviews/RCRH2I4PEBA3F', 'review', undefined],
    ['https://www.amazon.in/review/R11CF7KJUIHYZZ/ref=cm_cr_dp_d_rvw_ttl?ie=UTF8', 'review', undefined],
    // other Amazon pages
    ['https://www.amazon.com/', 'other', undefined],
    ['https://www.amazon.com/s?k=headset', 'other', undefined],
    ['https://www.amazon.com/review/create-review/ref=cm_cr_arp_d_wr_but_lft?asin=B09PZG4R17', 'other', undefined],
    ['https://www.amazon.com/dp/B0CS5XW6', 'other', undefined], // 8 characters is no ASIN
    ['https://www.amazon.com/gp/customer-reviews/r3ndv1er0mdk8u', 'other', undefined], // ids are upper case
    // not Amazon, or not a marketplace we read
    ['https://example.com/dp/B0CS5XW6TN', 'other', undefined],
    ['https://www.amazon.com.evil.example/dp/B0CS5XW6TN', 'other', undefined],
    ['https://x.com/amazon/status/1', 'other', undefined],
  ])('%s -> %s', (href, type, asin) => {
    const url = new URL(href);
    expect(amazonPageType(url)).toBe(type);
    expect(amazonAdapter.pageType(url)).toBe(type);
    expect(amazonAdapter.isPage(url)).toBe(type !== 'other');
    expect(amazonAdapter.expectsItems(url)).toBe(type === 'product-reviews' || type === 'review');
    if (type !== 'other') expect(asinFromUrl(url)).toBe(asin);
  });
});

describe('amazon ratings', () => {
  test.each([
    ['5.0 out of 5 stars', '', 5],
    ['5 out of 5 stars', '', 5], // amazon.in 2026, no decimal
    ['3.0 out of 5 stars', 'a-icon a-icon-star a-star-3 review-rating', 3],
    ['4,0 von 5 Sternen', '', 4],
    ['4,5 sur 5 étoiles', '', 4.5],
    ['4,6 na 5 gwiazdek', '', 4.6],
    ['5つ星のうち4.0', '', 4],
    ['5つ星のうち3.5', '', 3.5],
    ['5 yıldız üzerinden 2,0', '', 2],
    ['', 'a-icon a-icon-star a-star-2 review-rating', 2], // alt text missing: the class still says it
    ['', 'a-icon a-icon-star a-star-4-5', 4.5],
    ['', 'a-icon a-icon-star-medium a-star-medium-1', 1],
    ['', 'a-icon a-icon-star', undefined],
    ['Kundenrezensionen', '', undefined],
    ['9 out of 10', '', undefined],
  ])('%j %j -> %s', (alt, className, rating) => {
    expect(parseAmazonRating(alt, className)).toBe(rating);
  });
});

describe('amazon marketplaces', () => {
  test.each([
    ['www.amazon.com', 'amazon.com', 'US', 'en'],
    ['www.amazon.co.uk', 'amazon.co.uk', 'GB', 'en'],
    ['www.amazon.de', 'amazon.de', 'DE', 'de'],
    ['www.amazon.fr', 'amazon.fr', 'FR', 'fr'],
    ['www.amazon.es', 'amazon.es', 'ES', 'es'],
    ['www.amazon.it', 'amazon.it', 'IT', 'it'],
    ['www.amazon.co.jp', 'amazon.co.jp', 'JP', 'ja'],
    ['www.amazon.ca', 'amazon.ca', 'CA', 'en'],
    ['www.amazon.in', 'amazon.in', 'IN', 'en'],
    ['www.amazon.com.mx', 'amazon.com.mx', 'MX', 'es'],
    ['www.amazon.com.br', 'amazon.com.br', 'BR', 'pt'],
    ['www.amazon.nl', 'amazon.nl', 'NL', 'nl'],
    ['www.amazon.se', 'amazon.se', 'SE', 'sv'],
    ['www.amazon.pl', 'amazon.pl', 'PL', 'pl'],
    ['www.amazon.com.tr', 'amazon.com.tr', 'TR', 'tr'],
    ['www.amazon.com.be', 'amazon.com.be', 'BE', undefined], // fr/nl/en: no hint
    ['www.amazon.ae', 'amazon.ae', 'AE', undefined], // ar/en: no hint
    ['smile.amazon.com', 'amazon.com', 'US', 'en'],
    ['AMAZON.DE', 'amazon.de', 'DE', 'de'],
  ])('%s', (host, marketplace, country, lang) => {
    expect(marketplaceOf(host)).toBe(marketplace);
    expect(amazonMarketFor(host)?.country).toBe(country);
    expect(amazonLocaleFor(host)).toBe(lang);
  });

  test('unknown hosts have no market', () => {
    expect(amazonMarketFor('www.amazon.cn')).toBeUndefined();
    expect(amazonLocaleFor('example.com')).toBeUndefined();
    expect(marketplaceOf('www.example.com')).toBe('example.com');
  });

  test('a country\'s review language is its marketplace\'s, except bilingual Canada (amazon.ca defaults to English)', () => {
    for (const m of AMAZON_MARKETS) {
      expect(languageOfCountry(m.country), m.host).toBe(m.country === 'CA' ? undefined : m.lang);
    }
  });
});
