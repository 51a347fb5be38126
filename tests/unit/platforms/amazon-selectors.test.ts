/**
 * Every Amazon selector (lib/platforms/amazon-selectors.ts) against every saved Amazon page, with
 * exact counts, as refined-github pins each selector to the pages it must match and how often.
 * Adding, removing or reordering a selector fails here until its row says where it matches.
 *
 * A cell is "<matches in the page>/<reviews with a match>", and for ranked groups (read with
 * `firstMatch`: the first alternative that matches inside a review wins) "/<reviews it wins>".
 * Reviews are the adapter's `findItems`; for the item selectors the middle number counts the
 * reviews the selector itself matches. Matches outside reviews (the "Top positive review"
 * summary, carousels) show as a first number larger than the second.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { amazonAdapter } from '../../../lib/platforms/amazon.ts';
import {
  AMAZON_AUTHOR_SELECTORS,
  AMAZON_BADGE_ANCHOR_SELECTORS,
  AMAZON_BODY_SELECTORS,
  AMAZON_DATE_SELECTORS,
  AMAZON_ITEM_SELECTORS,
  AMAZON_ORIGINAL_TEXT_SELECTORS,
  AMAZON_RATING_SELECTORS,
  AMAZON_TEXT_SKIP_SELECTORS,
  AMAZON_TITLE_SELECTORS,
  AMAZON_VERIFIED_SELECTORS,
} from '../../../lib/platforms/amazon-selectors.ts';
import type { SelectorAlt } from '../../../lib/platforms/types.ts';
import { SAVED_AMAZON_PAGES, closeSavedPages, loadSavedPage } from './saved-pages.ts';

afterAll(closeSavedPages);

/** A selector and one cell per saved page, in COLUMNS order. */
type Row = readonly [selector: string, ...cells: string[]];

const COLUMNS = ['com-2026', 'com-2024', 'co.uk-2024', 'de-2022', 'co.jp-2022', 'in-2026'];

interface Group {
  name: string;
  alts: readonly SelectorAlt[];
  /** Read with firstMatch (cells have a third number) rather than joined into one list. */
  ranked: boolean;
  rows: Row[];
}

const GROUPS: Group[] = [
  {
    name: 'AMAZON_ITEM_SELECTORS',
    alts: AMAZON_ITEM_SELECTORS,
    ranked: false,
    rows: [
      //                                                                                        com-2026  com-2024  co.uk-2024  de-2022  co.jp-2022  in-2026
      ['#cm_cr-review_list [data-hook="review"]',                                               '10/10',  '10/10',  '10/10',    '0/0',   '0/0',      '0/0'],
      ['#cm-cr-dp-review-list [data-hook="review"]',                                            '0/0',    '0/0',    '0/0',      '4/4',   '8/8',      '0/0'],
      ['#cm-cr-global-review-list [data-hook="review"]',                                        '0/0',    '0/0',    '0/0',      '5/5',   '0/0',      '0/0'],
      ['#cr-top-reviews #localTopReviewsList [data-hook="reviewContainer"] > [data-hook="review"]', '0/0', '0/0',    '0/0',      '0/0',   '0/0',      '8/8'],
      ['[data-hook="review"]',                                                                  '10/10',  '10/10',  '10/10',    '9/9',   '8/8',      '8/8'],
    ],
  },
  {
    name: 'AMAZON_BODY_SELECTORS',
    alts: AMAZON_BODY_SELECTORS,
    ranked: true,
    rows: [
      //                                          com-2026    com-2024    co.uk-2024  de-2022  co.jp-2022  in-2026
      ['[data-hook="reviewRichContentContainer"]', '0/0/0',    '0/0/0',    '0/0/0',    '0/0/0', '0/0/0',    '8/8/8'],
      ['[data-hook="review-body"]',                '10/10/10', '10/10/10', '10/10/10', '9/9/9', '8/8/8',    '0/0/0'],
      // inside every new card, around the rich container, which wins
      ['[data-hook="reviewText"]',                 '0/0/0',    '0/0/0',    '0/0/0',    '0/0/0', '0/0/0',    '8/8/0'],
    ],
  },
  {
    name: 'AMAZON_TITLE_SELECTORS',
    alts: AMAZON_TITLE_SELECTORS,
    ranked: true,
    rows: [
      //                             com-2026    com-2024    co.uk-2024  de-2022  co.jp-2022  in-2026
      ['[data-hook="reviewTitle"]',  '0/0/0',    '0/0/0',    '0/0/0',    '0/0/0', '0/0/0',    '9/8/8'],
      // com-2024 and co.uk-2024: +2 in the "Top positive / Top critical review" summary
      ['[data-hook="review-title"]', '10/10/10', '12/10/10', '12/10/10', '9/9/9', '8/8/8',    '0/0/0'],
    ],
  },
  {
    name: 'AMAZON_RATING_SELECTORS',
    alts: AMAZON_RATING_SELECTORS,
    ranked: true,
    rows: [
      //                                       com-2026    com-2024    co.uk-2024  de-2022  co.jp-2022  in-2026
      ['[data-hook="review-star-rating"]',      '10/10/10', '10/10/10', '0/0/0',    '4/4/4', '8/8/8',    '9/8/8'],
      ['[data-hook="cmps-review-star-rating"]', '0/0/0',    '0/0/0',    '10/10/10', '5/5/5', '0/0/0',    '0/0/0'],
      // in every review, never needed
      ['i[class*="a-star-"]',                   '25/10/0',  '14/10/0',  '15/10/0',  '34/9/0', '51/8/0',  '21/8/0'],
    ],
  },
  {
    name: 'AMAZON_DATE_SELECTORS',
    alts: AMAZON_DATE_SELECTORS,
    ranked: true,
    rows: [
      //                            com-2026    com-2024    co.uk-2024  de-2022  co.jp-2022  in-2026
      ['[data-hook="review-date"]', '10/10/10', '10/10/10', '10/10/10', '9/9/9', '8/8/8',    '9/8/8'],
    ],
  },
  {
    name: 'AMAZON_AUTHOR_SELECTORS',
    alts: AMAZON_AUTHOR_SELECTORS,
    ranked: true,
    rows: [
      //                                               com-2026    com-2024    co.uk-2024  de-2022  co.jp-2022  in-2026
      ['[data-hook="genome-widget"] .a-profile-name',  '10/10/10', '12/10/10', '12/10/10', '9/9/9', '8/8/8',    '9/8/8'],
      // in every review, never needed
      ['.a-profile-name',                              '10/10/0',  '13/10/0',  '14/10/0',  '9/9/0', '14/8/0',   '12/8/0'],
    ],
  },
  {
    name: 'AMAZON_VERIFIED_SELECTORS',
    alts: AMAZON_VERIFIED_SELECTORS,
    ranked: true,
    rows: [
      //                                   com-2026    com-2024    co.uk-2024  de-2022  co.jp-2022  in-2026
      ['[data-hook="avp-badge"]',          '10/10/10', '10/10/10', '10/10/10', '0/0/0', '0/0/0',    '9/8/8'],
      ['[data-hook="avp-badge-linkless"]', '0/0/0',    '0/0/0',    '0/0/0',    '9/9/9', '4/4/4',    '0/0/0'],
    ],
  },
  {
    name: 'AMAZON_ORIGINAL_TEXT_SELECTORS',
    alts: AMAZON_ORIGINAL_TEXT_SELECTORS,
    ranked: true,
    rows: [
      //                              com-2026  com-2024  co.uk-2024  de-2022   co.jp-2022  in-2026
      ['.cr-original-review-content', '6/2/2',  '0/0/0',  '13/7/7',   '10/5/5', '16/8/8',   '0/0/0'],
    ],
  },
  {
    name: 'AMAZON_TEXT_SKIP_SELECTORS',
    alts: AMAZON_TEXT_SKIP_SELECTORS,
    ranked: false,
    rows: [
      //                                               com-2026  com-2024  co.uk-2024  de-2022  co.jp-2022  in-2026
      ['.a-expander-header',                           '22/0',   '3/0',    '3/0',      '10/9',  '9/8',      '29/0'],
      ['.a-expander-prompt',                           '22/0',   '1/0',    '1/0',      '10/9',  '9/8',      '29/0'],
      ['[data-hook="expand-collapse-read-more-less"]', '0/0',    '0/0',    '0/0',      '9/9',   '8/8',      '0/0'],
      ['[data-hook="reviewExpandButtonContainer"]',    '0/0',    '0/0',    '0/0',      '0/0',   '0/0',      '8/8'],
      ['.a-cardui-expand-control-footer',              '0/0',    '0/0',    '0/0',      '0/0',   '0/0',      '8/8'],
      ['.a-see-more',                                  '0/0',    '0/0',    '0/0',      '0/0',   '0/0',      '8/8'],
      ['.a-teaser-describedby-collapsed',              '0/0',    '0/0',    '0/0',      '0/0',   '0/0',      '9/8'],
      ['.a-teaser-describedby-expanded',               '0/0',    '0/0',    '0/0',      '0/0',   '0/0',      '9/8'],
      ['[data-hook="translationSpinner"]',             '0/0',    '0/0',    '0/0',      '0/0',   '0/0',      '8/8'],
      ['.cr-translated-review-content',                '13/2',   '0/0',    '20/7',     '15/5',  '24/8',     '0/0'],
      ['.cr-translate-this-review-section',            '2/2',    '0/0',    '7/7',      '5/5',   '8/8',      '0/0'],
      ['[data-hook="cr-translate-this-review-link"]',  '2/2',    '0/0',    '7/7',      '5/5',   '8/8',      '0/0'],
      ['i.a-icon',                                     '133/10', '68/10',  '50/10',    '119/9', '192/8',    '143/8'],
      ['.a-icon-alt',                                  '31/10',  '14/10',  '15/10',    '16/9',  '45/8',     '36/8'],
    ],
  },
  {
    name: 'AMAZON_BADGE_ANCHOR_SELECTORS',
    alts: AMAZON_BADGE_ANCHOR_SELECTORS,
    ranked: true,
    rows: [
      //                              com-2026    com-2024    co.uk-2024  de-2022  co.jp-2022  in-2026
      ['[data-hook="review-title"]',  '10/10/10', '12/10/10', '12/10/10', '9/9/9', '8/8/8',    '0/0/0'],
      ['[data-hook="reviewTitle"]',   '0/0/0',    '0/0/0',    '0/0/0',    '0/0/0', '0/0/0',    '9/8/8'],
      // in every review, never needed
      ['[data-hook="genome-widget"]', '10/10/0',  '12/10/0',  '12/10/0',  '9/9/0', '8/8/0',    '9/8/0'],
    ],
  },
];

const pages = SAVED_AMAZON_PAGES.map((page) => {
  const doc = loadSavedPage(page);
  return { page, doc, reviews: amazonAdapter.findItems(doc) };
});

function cell(group: Group, index: number, { doc, reviews }: (typeof pages)[number]): string {
  const { selector } = group.alts[index] as SelectorAlt;
  const inPage = doc.querySelectorAll(selector).length;
  const isItems = group.alts === AMAZON_ITEM_SELECTORS;
  const inReviews = reviews.filter((el) => (isItems ? el.matches(selector) : el.querySelector(selector) !== null)).length;
  if (!group.ranked) return `${inPage}/${inReviews}`;
  const wins = reviews.filter((el) => group.alts.findIndex((a) => el.querySelector(a.selector) !== null) === index).length;
  return `${inPage}/${inReviews}/${wins}`;
}

test('the columns are the saved Amazon pages, in order', () => {
  expect(SAVED_AMAZON_PAGES.map((p) => p.label)).toEqual(COLUMNS);
});

describe.each(GROUPS)('$name', (group) => {
  test('one row per alternative, in the same order', () => {
    expect(group.rows.map(([selector]) => selector)).toEqual(group.alts.map((a) => a.selector));
  });

  test.each(group.rows.map((row, index) => ({ selector: row[0], index, cells: row.slice(1) })))(
    '$selector',
    ({ index, cells }) => {
      expect(pages.map((p) => cell(group, index, p))).toEqual(cells);
    },
  );

  test('every alternative has a note', () => {
    for (const alt of group.alts) expect(alt.note.length, alt.selector).toBeGreaterThan(10);
  });
});

test('each ranked field is found in every saved review, by one of its alternatives', () => {
  // Date, author and rating are on every saved review; a body or a title too (co.uk has one
  // review with an empty body, but its body element is there).
  for (const alts of [AMAZON_BODY_SELECTORS, AMAZON_TITLE_SELECTORS, AMAZON_RATING_SELECTORS, AMAZON_DATE_SELECTORS, AMAZON_AUTHOR_SELECTORS, AMAZON_BADGE_ANCHOR_SELECTORS]) {
    for (const { page, reviews } of pages) {
      const missing = reviews.filter((el) => !alts.some((a) => el.querySelector(a.selector))).map((el) => el.id);
      expect(missing, `${page.label}: ${alts[0]?.selector}`).toEqual([]);
    }
  }
});

test('every text-skip selector names a class or a data-hook (amazon.ts tests only elements with one)', () => {
  for (const { selector } of AMAZON_TEXT_SKIP_SELECTORS) expect(selector).toMatch(/\.[a-z]|\[data-hook=/);
});
