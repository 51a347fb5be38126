/**
 * Amazon customer reviews: where they are (URLs, selectors as data) and how to read one review
 * container into a Mention. Field hooks and their history: shared research `dom-selectors.md` §1
 * and the saved pages in tests/fixtures/amazon (SOURCE.md).
 *
 * Exports:
 * - `amazonAdapter`: the PlatformAdapter (registry.ts).
 * - `AMAZON_ITEM_SELECTORS`: the review-container selectors, one alternative per markup
 *   (re-exported from amazon-selectors.ts, where every selector the adapter uses is data).
 * - `amazonPageType(url)`, `asinFromUrl(url)`, `reviewIdOf(el)`, `parseAmazonRating(s, className?)`:
 *   the small readers the adapter is built from, for the content script and tests.
 * Marketplace facts are in amazon-markets.ts, the date line parser in amazon-dates.ts, the
 * field selectors (with the markups they are for) in amazon-selectors.ts.
 *
 * Markup supported side by side (both are live in 2026, see dom-selectors.md §1.3):
 * - classic (2017–2026): `review-title`, `review-body`, `review-star-rating`, `/gp/customer-reviews/<id>`;
 *   international reviews add `cmps-review-star-rating` and `.cr-original-review-content`;
 * - new cards (amazon.in, 2026-05): `reviewTitle`, `reviewRichContentContainer`, `/review/<id>`.
 */
import { cutText } from '../text-limit.ts';
import type { Mention } from '../schema.ts';
import { checkMention } from './check-mention.ts';
import { parseAmazonReviewDate } from './amazon-dates.ts';
import { amazonLocaleFor, amazonMarketFor, languageOfCountry, marketplaceOf } from './amazon-markets.ts';
import {
  AMAZON_AUTHOR_SELECTORS,
  AMAZON_BODY_SELECTORS,
  AMAZON_DATE_SELECTORS,
  AMAZON_ITEM_SELECTORS,
  AMAZON_ORIGINAL_TEXT_SELECTORS,
  AMAZON_RATING_SELECTORS,
  AMAZON_TEXT_SKIP_SELECTORS,
  AMAZON_TITLE_SELECTORS,
  AMAZON_VERIFIED_SELECTORS,
} from './amazon-selectors.ts';
import { firstMatch, joinSelectors } from './selector-alts.ts';
import { normalizeText, readLine, type ReadTextOptions } from './text.ts';
import type { ExtractContext, ExtractOutcome, PlatformAdapter } from './types.ts';

export { AMAZON_ITEM_SELECTORS };

export type AmazonPageType = 'product-reviews' | 'product-page' | 'review' | 'other';

const ITEM_SELECTOR = joinSelectors(AMAZON_ITEM_SELECTORS);

/** Review ids are R + 12–14 upper-case alphanumerics in current pages; older reviews (2022 and
 * before) have shorter ones such as R98Z9SFN9MGA (R + 11), so accept R + 9–19 (the schema's bounds). */
const REVIEW_ID_RE = /^R[0-9A-Z]{9,19}$/;
const ASIN_RE = /^[A-Z0-9]{10}$/;

// URL shapes. ASINs are case-insensitive in Amazon URLs; review ids are always upper case, and
// `/review/create-review/` (the write-a-review form) must not look like a review permalink.
const PRODUCT_REVIEWS_PATH = /\/product-reviews\/([A-Za-z0-9]{10})(?=[/?#]|$)/;
const PRODUCT_PATH = /\/(?:dp|gp\/product|gp\/aw\/d)\/([A-Za-z0-9]{10})(?=[/?#]|$)/;
const REVIEW_PATH = /\/(?:gp\/customer-reviews|review)\/(R[0-9A-Z]{9,19})(?=[/?#]|$)/;

export function amazonPageType(url: URL): AmazonPageType {
  if (!amazonMarketFor(url.hostname)) return 'other';
  const path = url.pathname;
  if (PRODUCT_REVIEWS_PATH.test(path)) return 'product-reviews';
  if (REVIEW_PATH.test(path)) return 'review';
  if (PRODUCT_PATH.test(path)) return 'product-page';
  return 'other';
}

/** The ASIN a product or product-reviews URL names (upper-cased), if any. */
export function asinFromUrl(url: URL): string | undefined {
  const m = PRODUCT_REVIEWS_PATH.exec(url.pathname) ?? PRODUCT_PATH.exec(url.pathname);
  return m?.[1]?.toUpperCase();
}

/** The review id of a container: its own `id` (all saved pages), else the inner
 * `customer_review-<id>` block (classic), else the card wrapper's `data-reviewid` (new cards). */
export function reviewIdOf(el: Element): string | undefined {
  if (REVIEW_ID_RE.test(el.id)) return el.id;
  const inner = el.querySelector('[id^="customer_review-"]')?.id.slice('customer_review-'.length);
  if (inner && REVIEW_ID_RE.test(inner)) return inner;
  const wrapped = el.getAttribute('data-reviewid') ?? el.parentElement?.getAttribute('data-reviewid');
  return wrapped && REVIEW_ID_RE.test(wrapped) ? wrapped : undefined;
}

// ---- Ratings ----

// "5つ星のうち4.0" (ja) and "5 yıldız üzerinden 4,0" (tr) put the scale first; every other
// locale puts the rating first: "4,0 von 5 Sternen", "5 out of 5 stars", "4,6 na 5".
const SCALE_FIRST_RATING = /5\s*(?:つ星のうち|yıldız üzerinden)\s*(\d(?:[.,]\d+)?)/u;
const FIRST_NUMBER = /(\d(?:[.,]\d+)?)/;
// `a-star-4`, `a-star-4-5` (4.5), `a-star-medium-4` on older markup.
const STAR_CLASS = /(?:^|\s)a-star-(?:mini-|small-|medium-|large-)?(\d)(?:-(\d))?(?=\s|$)/;

/** A 0–5 rating from the star icon's alt text, else from its `a-star-N` class. */
export function parseAmazonRating(alt: string, className = ''): number | undefined {
  const m = SCALE_FIRST_RATING.exec(alt) ?? FIRST_NUMBER.exec(alt);
  if (m?.[1]) {
    const n = Number(m[1].replace(',', '.'));
    if (n >= 0 && n <= 5) return n;
  }
  const c = STAR_CLASS.exec(className);
  if (c?.[1]) {
    const n = Number(c[1]) + (c[2] ? Number(c[2]) / 10 : 0);
    if (n >= 0 && n <= 5) return n;
  }
  return undefined;
}

// ---- Text ----

/** Chrome inside titles and bodies (expanders, a11y strings, translations, icons): never text. */
const TEXT_SKIP = joinSelectors(AMAZON_TEXT_SKIP_SELECTORS);

/** Whole lines that are page chrome, should a renamed class let one through `TEXT_SKIP`. The a11y
 * strings are dropped anywhere; expander prompts only as the last line (a reviewer may write "Read more"). */
const A11Y_LINE = /^(?:Brief content visible, double tap to read full content\.|Full content visible, double tap to read brief content\.)$/;
const PROMPT_LINES = /(?:\n+(?:Read more|Read less|See more|See less|Lesen Sie weiter|Mehr lesen|Weniger anzeigen|Lire la suite|En lire plus|Leer más|Leggi di più|Meer lezen|Ler mais|Czytaj więcej|Läs mer|Devamını oku|続きを読む|もっと読む))+$/;

function cleanText(s: string): string {
  if (s.includes('double tap')) {
    s = s
      .split('\n')
      .filter((line) => !A11Y_LINE.test(line))
      .join('\n')
      .trim();
  }
  return s.replace(PROMPT_LINES, '').trim();
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Like text.ts `readText`, but a line break inside a text node is whitespace, as HTML renders
 * it: browser-saved pages (the co.jp fixture) hard-wrap review text ("SWITCH\n   Lite"), and only
 * `<br>` and block elements end a line on screen. */
function readBody(el: Element, opts: ReadTextOptions): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        parts.push((child.nodeValue ?? '').replace(/[\t\n\f\r ]+/g, ' '));
      } else if (child.nodeType === ELEMENT_NODE) {
        const e = child as Element;
        const tag = e.tagName.toUpperCase();
        // Every skip selector needs a class or a data-hook: test only elements that have one
        // (review paragraphs are bare <p>/<span>, so most elements skip the selector match).
        if (SKIP_TAGS.has(tag)) continue;
        if (opts.skip && (e.hasAttribute('class') || e.hasAttribute('data-hook')) && e.matches(opts.skip)) continue;
        if (tag === 'BR') parts.push('\n');
        else if (tag === 'IMG') parts.push(e.getAttribute('alt') ?? '');
        else if (BLOCK_TAGS.has(tag)) {
          parts.push('\n');
          walk(e);
          parts.push('\n');
        } else walk(e);
      }
    }
  };
  walk(el);
  return normalizeText(parts.join(''));
}

interface ReadPart {
  text: string;
  /** The `lang` attribute of the element the text came from, if it has one. */
  lang?: string;
}

/** Text of a title or body element: the reviewer's original (`.cr-original-review-content`) when
 * Amazon shows a translation or an international review, else the element minus chrome. */
function readPart(el: Element | null, line: boolean): ReadPart {
  if (!el) return { text: '' };
  const original = firstMatch(el, AMAZON_ORIGINAL_TEXT_SELECTORS);
  const read = line ? readLine : readBody;
  let text = original ? read(original, { skip: TEXT_SKIP }) : '';
  let source: Element = original ?? el;
  if (!text) {
    text = read(el, { skip: TEXT_SKIP });
    source = el;
  }
  const lang = source.getAttribute('lang') ?? el.getAttribute('lang') ?? undefined;
  return { text: cleanText(text), lang };
}

/** "en-IN" -> "en"; Amazon puts BCP 47 tags on new-card text, the schema wants ISO 639-1. */
function primaryLanguage(tag: string | undefined): string | undefined {
  const m = tag ? /^([a-z]{2})(?:[-_]|$)/i.exec(tag.trim()) : null;
  return m?.[1]?.toLowerCase();
}

// ---- Product id (ASIN) ----

const ASIN_QUERY = /[?&]asin=([A-Za-z0-9]{10})(?=[&#]|$)/i;

function asinFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const path = href.replace(/^https?:\/\/[^/]+/, '');
  const m = PRODUCT_REVIEWS_PATH.exec(path) ?? PRODUCT_PATH.exec(path) ?? ASIN_QUERY.exec(path);
  return m?.[1]?.toUpperCase();
}

/** The ASIN written on the review itself: the new card wrapper's `data-asin`, or the classic
 * title link's `?ASIN=` (not the format-strip link, which names the variant bought). */
function asinFromItem(el: Element): string | undefined {
  const attr = el.getAttribute('data-asin') ?? el.parentElement?.getAttribute('data-asin');
  if (attr && ASIN_RE.test(attr)) return attr;
  return asinFromHref(el.querySelector('a[data-hook="review-title"][href*="ASIN="]')?.getAttribute('href'));
}

/** Per-document facts, looked up once per page rather than once per review. `null` = looked, none. */
const documentAsins = new WeakMap<Document, string | null>();

/** The page's own product: `input#ASIN` (product pages), the canonical link (product-reviews and
 * product pages), or the "Write a review" link's `asin=` (every review list). Cached per Document. */
function asinFromDocument(doc: Document | null): string | undefined {
  if (!doc) return undefined;
  const cached = documentAsins.get(doc);
  if (cached !== undefined) return cached ?? undefined;
  // Only the buy box's `input#ASIN`: `name="ASIN"` inputs also sit in carousels of other products.
  const input = doc.querySelector('input#ASIN')?.getAttribute('value')?.toUpperCase();
  const asin =
    (input && ASIN_RE.test(input) ? input : undefined) ??
    asinFromHref(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    asinFromHref(doc.querySelector('a[href*="create-review"][href*="asin="]')?.getAttribute('href'));
  documentAsins.set(doc, asin ?? null);
  return asin;
}

// ---- Language hint ----

/** The review text's own `lang`; else, for a review from another country, that country's
 * language ("Reviewed in Italy on …" -> it; none for bilingual countries, since the review is
 * known not to be in the marketplace's language either); else the marketplace's language. */
function langHintFor(textLang: string | undefined, country: string | undefined, host: string): string | undefined {
  const own = primaryLanguage(textLang);
  if (own) return own;
  const market = amazonMarketFor(host);
  if (country && market && country !== market.country) return languageOfCountry(country);
  if (country && !market) return languageOfCountry(country);
  return amazonLocaleFor(host);
}

// ---- Extraction ----

function extractReview(el: Element, ctx: ExtractContext): ExtractOutcome {
  const reviewId = reviewIdOf(el);
  if (!reviewId) return { ok: false, reason: 'no-id' };
  const id = `amazon:${reviewId}`;
  const url = ctx.pageUrl;

  const body = readPart(firstMatch(el, AMAZON_BODY_SELECTORS), false);
  const title = readPart(firstMatch(el, AMAZON_TITLE_SELECTORS), true);
  if (!body.text && !title.text) return { ok: false, reason: 'no-text', id };

  const ratingEl = firstMatch(el, AMAZON_RATING_SELECTORS);
  const rating = ratingEl ? parseAmazonRating(readLine(ratingEl), ratingEl.getAttribute('class') ?? '') : undefined;
  const dateLine = readLine(firstMatch(el, AMAZON_DATE_SELECTORS));
  const { date, country } = dateLine ? parseAmazonReviewDate(dateLine) : {};
  const author = readLine(firstMatch(el, AMAZON_AUTHOR_SELECTORS));
  const productId = asinFromUrl(url) ?? asinFromItem(el) ?? asinFromDocument(el.ownerDocument);
  const newCardLink = el.querySelector(`a[href*="/review/${reviewId}"]`);
  const permalink = `https://${url.host}/${newCardLink ? 'review' : 'gp/customer-reviews'}/${reviewId}`;
  // A review with a title but no body (seen on co.uk: "Bon produit") is analysed by its title:
  // the analyser reads `text` only, and a one-line title such as "Arrived with a hole" is the
  // complaint. `title` still holds it too, so the UI can tell the two cases apart (text === title).
  const fullText = body.text || title.text;
  const text = cutText(fullText).text;
  const langHint = langHintFor(body.text ? (body.lang ?? title.lang) : title.lang, country, url.hostname);

  const mention: Mention = {
    id,
    platform: 'amazon',
    permalink,
    text,
    ...(text.length < fullText.length ? { truncated: true } : {}),
    ...(author ? { authorName: cutText(author, 500).text } : {}),
    ...(title.text ? { title: cutText(title.text, 2_000).text } : {}),
    ...(rating !== undefined ? { rating } : {}),
    ...(date ? { postedAt: `${date}T00:00:00.000Z` } : {}),
    ...(productId ? { productId } : {}),
    marketplace: marketplaceOf(url.hostname),
    verified: firstMatch(el, AMAZON_VERIFIED_SELECTORS) !== null,
    ...(langHint ? { langHint } : {}),
    pageUrl: url.href,
    pageType: amazonPageType(url),
  };
  const problem = checkMention(mention);
  if (problem) return { ok: false, reason: 'invalid', id, detail: problem };
  return { ok: true, mention };
}

export const amazonAdapter: PlatformAdapter<'amazon'> = {
  platform: 'amazon',
  isPage: (url) => amazonPageType(url) !== 'other',
  pageType: amazonPageType,
  // A product can have no reviews yet; a review list or a permalink page always has one.
  expectsItems: (url) => {
    const type = amazonPageType(url);
    return type === 'product-reviews' || type === 'review';
  },
  itemSelectors: AMAZON_ITEM_SELECTORS,
  findItems(root) {
    // One selector list: querySelectorAll returns document order without duplicates. A root that
    // is itself a review (a node added by infinite scroll) counts too.
    const items = Array.from(root.querySelectorAll(ITEM_SELECTOR));
    const self = root as Partial<Element>;
    if (typeof self.matches === 'function' && self.matches(ITEM_SELECTOR)) items.unshift(root as Element);
    return items;
  },
  itemId(el) {
    const reviewId = reviewIdOf(el);
    return reviewId ? `amazon:${reviewId}` : undefined;
  },
  extract: extractReview,
};
