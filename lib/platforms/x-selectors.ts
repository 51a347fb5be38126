/**
 * X (x.com / twitter.com) selectors as data: one entry per alternative, with the markup it is for.
 * Checked against the saved pages in `shared/fixtures/real/x/` (2024-11, 2025-02, 2025-10) and
 * `shared/research/dom-selectors.md` section 2. Class names (`css-175oi2r`, `r-…`) churn and are never used.
 *
 * Exports: `POST_SELECTORS`, `TEXT_SELECTORS`, `USER_NAME_SELECTORS`, `AVATAR_SELECTORS`,
 * `TIME_SELECTORS`, `SOCIAL_CONTEXT_SELECTORS`, `SHOW_MORE_SELECTORS`, `QUOTE_SELECTORS`,
 * `CELL_SELECTOR`, `REPOST_ICON_PATHS`, `PIN_ICON_PATHS`, and `joinSelectors(alts)`.
 */
import type { SelectorAlt } from './types.ts';

export { joinSelectors } from './selector-alts.ts';

/** Post containers. Every alternative is mapped to `closest('article') ?? el`, so the old markup
 * and the new one both yield the article. */
export const POST_SELECTORS: readonly SelectorAlt[] = [
  {
    selector: 'article[data-testid="tweet"]',
    note: 'current markup (2022 onwards; all 2024-11/2025-02/2025-10 fixtures): one article per post inside a cellInnerDiv',
  },
  {
    selector: '[data-testid="tweet"]',
    note: '2021 markup put data-testid="tweet" on a div inside article[role="article"]; mapped to closest("article"). TODO(2026-11): drop once no held-out page uses it',
  },
];

/** The post's own text. A quote tweet has a second one inside the quoted block; media-only posts have none. */
export const TEXT_SELECTORS: readonly SelectorAlt[] = [
  { selector: '[data-testid="tweetText"]', note: 'current markup: div with lang and dir="auto"' },
  {
    selector: 'div[lang]',
    note: '2021 markup had no tweetText testid; the text div carried lang. Used only when no tweetText is present. TODO(2026-11): drop with the 2021 post selector',
  },
];

/** Display name link (first `a`) and `@handle` link (`a[tabindex="-1"]`). */
export const USER_NAME_SELECTORS: readonly SelectorAlt[] = [
  { selector: '[data-testid="User-Name"]', note: 'current markup (2022 onwards); the quoted post has its own, with divs instead of links' },
];

/** The avatar container names the handle in its testid suffix: a fallback when User-Name is gone. */
export const AVATAR_SELECTORS: readonly SelectorAlt[] = [
  { selector: '[data-testid^="UserAvatar-Container-"]', note: 'suffix is the handle (all fixtures 2024-11..2025-10)' },
];

/** The post time; its closest `a[href*="/status/"]` is the permalink. Ads have none. */
export const TIME_SELECTORS: readonly SelectorAlt[] = [
  { selector: 'time[datetime]', note: 'ISO 8601 UTC in every fixture; visible text is relative/localised ("7h", "10月28日")' },
];

/** "X reposted" / "Pinned" / "已转帖" line above a post. Localised, so read its structure, not its words. */
export const SOCIAL_CONTEXT_SELECTORS: readonly SelectorAlt[] = [
  {
    selector: '[data-testid="socialContext"]',
    note: 'a span inside a[href="/<reposter>"] for reposts (2024-11, 2025-10 fixtures); a div with no link for Pinned (2023 capture)',
  },
];

/** "Show more" under a long post's clipped text: never part of the text. */
export const SHOW_MORE_SELECTORS: readonly SelectorAlt[] = [
  { selector: '[data-testid="tweet-text-show-more-link"]', note: 'div[role="link"] after tweetText (2024-11, 2025-02, 2025-10 fixtures)' },
];

/** The quoted post inside a quote tweet: a clickable div holding its own User-Name, time and text.
 * Other `div[role="link"]`s (the show-more link, the affiliate badge inside User-Name) hold none of those. */
export const QUOTE_SELECTORS: readonly SelectorAlt[] = [
  { selector: 'div[role="link"]', note: 'quote block (2024-11 and 2025-10 fixtures); only one that contains a User-Name, time or tweetText counts' },
];

/** A timeline row; status pages list the focal post and its replies as sibling cells. */
export const CELL_SELECTOR = '[data-testid="cellInnerDiv"]';

/** SVG path data of the icon beside the social-context line. Same glyph in the 2024-11 (en) and
 * 2025-10 (zh) fixtures; Twitter UI Customizer (TUIC) keys its repost/pin relabelling on the same
 * two paths. Compared by prefix so a trailing precision change does not matter. */
export const REPOST_ICON_PATHS: readonly string[] = ['M4.75 3.79l4.603 4.3-1.706 1.82L6 8.38v7.37'];
export const PIN_ICON_PATHS: readonly string[] = ['M7 4.5C7 3.12 8.12 2 9.5 2h5C15.88 2 17 3.12 17 4.5v5.26'];
