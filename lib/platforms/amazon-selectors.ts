/**
 * Amazon review selectors as data: one entry per alternative, with the markup it is for. Checked
 * against every saved page in tests/fixtures/amazon (SOURCE.md) with exact match counts in
 * tests/unit/platforms/amazon-selectors.test.ts, and against `shared/research/dom-selectors.md` §1.
 *
 * Two markups are live side by side (dom-selectors.md §1.3): classic (2017–2026, `review-body`,
 * `review-title`, …) and the new review cards (amazon.in 2026-05, `reviewTitle`,
 * `reviewRichContentContainer`, …). Class names of the new cards (`_Y3Itd_…`) are hashed and never
 * used; `data-hook` attributes first, then Amazon's stable `a-*` classes.
 *
 * Field groups are read with `firstMatch` (selector-alts.ts): the alternatives in order, the first
 * that matches inside the review wins. In the saved pages two alternatives of one group match the
 * same review only where the later one is a fallback, and no fallback wins in any saved review;
 * the test's table says so per page.
 *
 * Exports: `AMAZON_ITEM_SELECTORS`, `AMAZON_BODY_SELECTORS`, `AMAZON_TITLE_SELECTORS`,
 * `AMAZON_RATING_SELECTORS`, `AMAZON_DATE_SELECTORS`, `AMAZON_AUTHOR_SELECTORS`,
 * `AMAZON_VERIFIED_SELECTORS`, `AMAZON_ORIGINAL_TEXT_SELECTORS`, `AMAZON_TEXT_SKIP_SELECTORS`,
 * `AMAZON_BADGE_ANCHOR_SELECTORS`.
 */
import type { SelectorAlt } from './types.ts';

/** Review containers. Every alternative ends at `[data-hook="review"]`, whose `id` is the review
 * id in every saved page 2022–2026, all locales, both layouts; the list prefixes say where.
 * Joined into one list (document order, no duplicates), not ranked. */
export const AMAZON_ITEM_SELECTORS: readonly SelectorAlt[] = [
  {
    selector: '#cm_cr-review_list [data-hook="review"]',
    note: '/product-reviews/ list: div items 2022–2024, li items since 2025 (so no tag in the selector)',
  },
  {
    selector: '#cm-cr-dp-review-list [data-hook="review"]',
    note: 'product page, classic "Top reviews from <country>" (local) list',
  },
  {
    selector: '#cm-cr-global-review-list [data-hook="review"]',
    note: 'product page, classic "Top reviews from other countries" (international) list',
  },
  {
    selector: '#cr-top-reviews #localTopReviewsList [data-hook="reviewContainer"] > [data-hook="review"]',
    note: 'product page, new review cards (first seen on amazon.in 2026-05)',
  },
  {
    selector: '[data-hook="review"]',
    note: 'any other review container: review permalink pages, or a list whose id changed (keeps us reading while the list selectors above are fixed)',
  },
];

/** The review text. */
export const AMAZON_BODY_SELECTORS: readonly SelectorAlt[] = [
  {
    selector: '[data-hook="reviewRichContentContainer"]',
    note: 'new cards (amazon.in 2026-05): paragraphs, with `lang`; read instead of reviewText, which adds a11y lines',
  },
  {
    selector: '[data-hook="review-body"]',
    note: 'classic (every classic page 2022–2026); holds the product-page expander and the translation spans',
  },
  {
    selector: '[data-hook="reviewText"]',
    note: 'new cards, the block around the rich container: used only should that be renamed (its a11y lines are cleaned out); no saved page needs it',
  },
];

/** The review title. */
export const AMAZON_TITLE_SELECTORS: readonly SelectorAlt[] = [
  { selector: '[data-hook="reviewTitle"]', note: 'new cards: h5 with `lang`, inside a /review/<id> link' },
  {
    selector: '[data-hook="review-title"]',
    note: 'classic: a link for local reviews, a span for international ones; on /product-reviews/ 2024+ it holds the star icon (skipped as text chrome)',
  },
];

/** The star rating: the icon's alt text ("4,0 von 5 Sternen"), else its `a-star-N` class. */
export const AMAZON_RATING_SELECTORS: readonly SelectorAlt[] = [
  { selector: '[data-hook="review-star-rating"]', note: 'classic local reviews and the new cards' },
  {
    selector: '[data-hook="cmps-review-star-rating"]',
    note: 'classic international reviews ("Reviewed in Italy…": co.uk 2024, the de 2022 global list)',
  },
  {
    selector: 'i[class*="a-star-"]',
    note: 'fallback should both hooks be renamed: the star icon by its class (`a-star-4`, `a-star-medium-4` on older markup); no saved page needs it',
  },
];

/** "Reviewed in Germany on 12 April 2021" / "Rezension aus Deutschland vom …": date and country. */
export const AMAZON_DATE_SELECTORS: readonly SelectorAlt[] = [
  { selector: '[data-hook="review-date"]', note: 'both markups; inside review-by-line on the new cards' },
];

/** The reviewer's public name. */
export const AMAZON_AUTHOR_SELECTORS: readonly SelectorAlt[] = [
  { selector: '[data-hook="genome-widget"] .a-profile-name', note: 'both markups (every saved page)' },
  {
    selector: '.a-profile-name',
    note: 'fallback should the genome-widget hook be renamed; first profile name in the review',
  },
];

/** "Verified Purchase": present or not. */
export const AMAZON_VERIFIED_SELECTORS: readonly SelectorAlt[] = [
  { selector: '[data-hook="avp-badge"]', note: 'a link to the help page: /product-reviews/ 2024–2026 and the new cards' },
  {
    selector: '[data-hook="avp-badge-linkless"]',
    note: 'plain text, only on the 2022 product pages (de, co.jp). TODO(2027-06): drop once a classic product page saved in 2026 shows it is gone',
  },
];

/** Inside a title or body: the reviewer's own words, where Amazon shows a translation of them or
 * offers one (international reviews, reviews in another language than the UI). */
export const AMAZON_ORIGINAL_TEXT_SELECTORS: readonly SelectorAlt[] = [
  {
    selector: '.cr-original-review-content',
    note: 'classic: co.uk 2024, com 2026 (two translated Spanish reviews), de 2022 global list, co.jp 2022 English UI',
  },
];

/** Chrome inside review titles and bodies, never text: expander prompts ("Read more", "Lesen Sie
 * weiter"), the new cards' a11y teaser strings, Amazon's machine translation (we keep the
 * reviewer's own words) and its "Translate review" links, and the star icon inside the 2024+
 * title link. Every alternative names a class or a data-hook: amazon.ts only tests elements that
 * have one (a test checks this). */
export const AMAZON_TEXT_SKIP_SELECTORS: readonly SelectorAlt[] = [
  { selector: '.a-expander-header', note: 'classic product pages: the expander around a long body' },
  { selector: '.a-expander-prompt', note: 'classic product pages: "Read more" / "Lesen Sie weiter"' },
  { selector: '[data-hook="expand-collapse-read-more-less"]', note: 'classic product pages (de, co.jp 2022): the read-more link' },
  { selector: '[data-hook="reviewExpandButtonContainer"]', note: 'new cards: the read-more button' },
  { selector: '.a-cardui-expand-control-footer', note: 'new cards: the "Read more / Read less" button' },
  { selector: '.a-see-more', note: 'new cards: the "Read more / Read less" labels inside that button' },
  { selector: '.a-teaser-describedby-collapsed', note: 'new cards: "Brief content visible, double tap…" a11y string' },
  { selector: '.a-teaser-describedby-expanded', note: 'new cards: "Full content visible, double tap…" a11y string' },
  { selector: '[data-hook="translationSpinner"]', note: 'new cards: the translation loading spinner' },
  { selector: '.cr-translated-review-content', note: "classic: Amazon's machine translation (hidden and empty until asked for)" },
  { selector: '.cr-translate-this-review-section', note: 'classic: the "Translate review to English" block' },
  { selector: '[data-hook="cr-translate-this-review-link"]', note: 'classic: the "Translate review" link' },
  { selector: 'i.a-icon', note: 'icons: the star icon inside the /product-reviews/ 2024+ title link' },
  { selector: '.a-icon-alt', note: 'icon alt text ("5.0 out of 5 stars") outside an icon' },
];

/** Where the in-page badge goes (runtime/badge.ts): next to the title or the author, where agents
 * look first. Ranked; the review itself when none matches. */
export const AMAZON_BADGE_ANCHOR_SELECTORS: readonly SelectorAlt[] = [
  { selector: '[data-hook="review-title"]', note: 'classic: after the title' },
  { selector: '[data-hook="reviewTitle"]', note: 'new cards: after the title' },
  { selector: '[data-hook="genome-widget"]', note: 'both markups: after the author, should the title hooks be renamed' },
];
