/**
 * The anatomy of one X post article: where its own time, permalink, author, text and quoted post
 * are, and the markup that says it is a repost or a reply. Reads inside the article only, except
 * `conversationPlace`, which looks at neighbouring timeline cells on status pages.
 *
 * Exports:
 * - `StatusRef`, `parseStatusHref(href)`: `{handle?, id}` from `/<handle>/status/<id>` (relative or absolute).
 * - `profileHandle(href)`: the handle of a `/<handle>` profile link, else undefined.
 * - `quoteBlock(article)`: the quoted post's block, or null.
 * - `outerTime(article, quote)`, `ownTextElement(article, quote)`, `quotedTextElement(quote)`,
 *   `userNameElement(article, quote)`: the post's own parts, never the quoted post's.
 * - `postStatusId(article)`: the status id, cheaply (the `time` link; for ads, the first status link).
 * - `authorOf(article, quote)`: `{handle?, name?}`.
 * - `readPostText(el)`: visible text with emoji, without "Show more", formatter whitespace folded.
 * - `repostOf(article, quote)`: `{by?}` when the social context says reposted, else undefined.
 * - `hasReplyingTo(...)`, `hasThreadLineAbove(article)`: the two reply markers inside an article.
 * - `ConversationPlace`, `conversationPlace(article, focalId)`: where a post sits relative to the
 *   focal post of a status page.
 */
import { normalizeText } from './text.ts';
import { HANDLE_RE, X_HOSTS } from './x-pages.ts';
import {
  AVATAR_SELECTORS,
  CELL_SELECTOR,
  PIN_ICON_PATHS,
  QUOTE_SELECTORS,
  REPOST_ICON_PATHS,
  SHOW_MORE_SELECTORS,
  SOCIAL_CONTEXT_SELECTORS,
  TEXT_SELECTORS,
  TIME_SELECTORS,
  USER_NAME_SELECTORS,
  joinSelectors,
} from './x-selectors.ts';

const ELEMENT = 1;
const TEXT = 3;
/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out: `Node` is not a global in Node.js. */
const FOLLOWING = 4;

const TIME = joinSelectors(TIME_SELECTORS);
const USER_NAME = joinSelectors(USER_NAME_SELECTORS);
const AVATAR = joinSelectors(AVATAR_SELECTORS);
const SOCIAL_CONTEXT = joinSelectors(SOCIAL_CONTEXT_SELECTORS);
const SHOW_MORE = joinSelectors(SHOW_MORE_SELECTORS);
const QUOTE = joinSelectors(QUOTE_SELECTORS);
const PRIMARY_TEXT = TEXT_SELECTORS[0]?.selector ?? '[data-testid="tweetText"]';
const FALLBACK_TEXT = TEXT_SELECTORS.slice(1).map((s) => s.selector);
/** What makes a `div[role="link"]` a quoted post rather than a badge or the show-more link. */
const QUOTE_CONTENT = [USER_NAME, TIME, PRIMARY_TEXT].join(', ');

export interface StatusRef {
  /** Missing for `/i/web/status/<id>` links. */
  handle?: string;
  id: string;
}

/** Path segments of an X href, relative (`/a/status/1`) or absolute (`https://x.com/a/status/1`
 * in browser-saved pages); undefined for other sites (t.co, card links). String work only:
 * `new URL` per link was a third of the extraction time. */
function pathSegments(href: string): string[] | undefined {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]*)/i.exec(href);
  if (m && !X_HOSTS.has((m[1] ?? '').toLowerCase())) return undefined;
  const path = (m ? href.slice(m[0].length) : href).split(/[?#]/, 1)[0] ?? '';
  return path.split('/').filter((s) => s !== '');
}

export function parseStatusHref(href: string | null | undefined): StatusRef | undefined {
  if (!href) return undefined;
  const segs = pathSegments(href);
  if (!segs) return undefined;
  const at = segs.findIndex((s, i) => s === 'status' && i > 0 && /^\d+$/.test(segs[i + 1] ?? ''));
  if (at < 0) return undefined;
  const id = segs[at + 1] as string;
  const handle = at === 1 && HANDLE_RE.test(segs[0] ?? '') && segs[0] !== 'i' ? segs[0] : undefined;
  return handle ? { handle, id } : { id };
}

export function profileHandle(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const segs = pathSegments(href);
  if (!segs || segs.length !== 1) return undefined;
  const handle = segs[0] as string;
  return HANDLE_RE.test(handle) && handle !== 'i' ? handle : undefined;
}

function outside(el: Element, quote: Element | null): boolean {
  return !quote || !quote.contains(el);
}

export function quoteBlock(article: Element): Element | null {
  for (const el of article.querySelectorAll(QUOTE)) {
    if (el.querySelector(QUOTE_CONTENT)) return el;
  }
  return null;
}

export function outerTime(article: Element, quote: Element | null): Element | null {
  for (const t of article.querySelectorAll(TIME)) if (outside(t, quote)) return t;
  return null;
}

/** The `a[href*="/status/"]` around the post's own time, inside the article. */
export function timeLink(article: Element, time: Element): Element | null {
  const link = time.closest('a[href*="/status/"]');
  return link && article.contains(link) ? link : null;
}

export function postStatusId(article: Element): string | undefined {
  // Fast path, taken by every post with a time: the first time in the article is the post's own
  // (the header comes before the quoted block) and only the post's own time sits in a link.
  const time = article.querySelector(TIME);
  const link = time ? timeLink(article, time) : null;
  const fast = parseStatusHref(link?.getAttribute('href'))?.id;
  if (fast) return fast;
  // Ads have no time: their analytics/photo links still carry the id. Skip the quoted post's links.
  const quote = quoteBlock(article);
  for (const a of article.querySelectorAll('a[href*="/status/"]')) {
    if (!outside(a, quote)) continue;
    const id = parseStatusHref(a.getAttribute('href'))?.id;
    if (id) return id;
  }
  return undefined;
}

export function userNameElement(article: Element, quote: Element | null): Element | null {
  for (const el of article.querySelectorAll(USER_NAME)) if (outside(el, quote)) return el;
  return null;
}

export function ownTextElement(article: Element, quote: Element | null): Element | null {
  const primary = article.querySelectorAll(PRIMARY_TEXT);
  for (const el of primary) if (outside(el, quote)) return el;
  // Only the quoted post has text: the post itself is media-only. The fallback is for markup
  // that has no tweetText hook at all.
  if (primary.length > 0) return null;
  for (const sel of FALLBACK_TEXT) {
    for (const el of article.querySelectorAll(sel)) if (outside(el, quote)) return el;
  }
  return null;
}

export function quotedTextElement(quote: Element): Element | null {
  for (const sel of TEXT_SELECTORS) {
    const el = quote.querySelector(sel.selector);
    if (el) return el;
  }
  return null;
}

/** One line of text with every whitespace run folded (names, labels). */
function lineOf(el: Element): string {
  return readPostText(el).replace(/\s+/g, ' ').trim();
}

export function authorOf(article: Element, quote: Element | null): { handle?: string; name?: string } {
  let handle: string | undefined;
  let name: string | undefined;
  const userName = userNameElement(article, quote);
  if (userName) {
    // Display-name link first, then the `@handle` link; the time link is not a profile link.
    for (const a of userName.querySelectorAll('a[href]')) {
      const h = profileHandle(a.getAttribute('href'));
      if (!h) continue;
      if ((a.textContent ?? '').trimStart().startsWith('@')) {
        handle ??= h;
        continue;
      }
      const text = name ? '' : lineOf(a);
      if (text) {
        name = text;
        handle ??= h;
      }
    }
  }
  if (!handle) {
    const avatar = article.querySelector(AVATAR);
    const suffix = avatar?.getAttribute('data-testid')?.slice('UserAvatar-Container-'.length);
    if (suffix && HANDLE_RE.test(suffix) && outside(avatar as Element, quote)) handle = suffix;
  }
  return { handle, name };
}

/**
 * Prettified saves (an HTML formatter ran over the page) put a newline plus deep indentation
 * between words: "for\n            real..". X's own line breaks are bare "\n" (tweetText is
 * white-space: pre-wrap; see the 2025-10 fixture), so a newline followed by 4+ spaces or tabs is
 * the formatter's and reads as one space. A post line that really starts with 4 spaces loses them.
 */
function foldFormatterWhitespace(s: string): string {
  return s.replace(/[ \t]*\r?\n[ \t]{4,}/g, ' ');
}

/** Visible text of a post's text element: `<img alt>` emoji kept, the "Show more" link left out,
 * `<br>` as a newline, formatter whitespace folded, then `normalizeText`. */
export function readPostText(el: Element): string {
  const out: string[] = [];
  walk(el, out);
  return normalizeText(out.join(''));
}

function walk(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT) {
      out.push(foldFormatterWhitespace(child.nodeValue ?? ''));
    } else if (child.nodeType === ELEMENT) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
      if (el.matches(SHOW_MORE)) continue;
      if (tag === 'IMG') out.push(el.getAttribute('alt') ?? '');
      else if (tag === 'BR') out.push('\n');
      else walk(el, out);
    }
  }
}

function iconPath(socialContext: Element, article: Element): string | undefined {
  // The icon sits in a column before the text column, a few levels up. Only a path that comes
  // before the context line counts, so climbing too far cannot pick up the avatar's badge.
  let el = socialContext.parentElement;
  for (let depth = 0; el && el !== article && depth < 7; depth++, el = el.parentElement) {
    const path = el.querySelector('svg path');
    if (path && path.compareDocumentPosition(socialContext) & FOLLOWING) return path.getAttribute('d') ?? '';
  }
  return undefined;
}

/**
 * Reposts are told apart by structure, never by the localised words ("X reposted", "已转帖"):
 * - the repost icon beside the context line -> repost (by = the linked profile, if any);
 * - the pin icon -> not a repost ("Pinned" has no profile link either);
 * - no icon we know: a context line that links to a profile is a repost. The other linked contexts
 *   ("X liked", "X follows") went away when likes became private (2024-06).
 */
export function repostOf(article: Element, quote: Element | null): { by?: string } | undefined {
  const context = article.querySelector(SOCIAL_CONTEXT);
  if (!context || !outside(context, quote)) return undefined;
  const link = context.closest('a[href]');
  const by = link && article.contains(link) ? profileHandle(link.getAttribute('href')) : undefined;
  const d = iconPath(context, article);
  if (d !== undefined && PIN_ICON_PATHS.some((p) => d.startsWith(p))) return undefined;
  if (d !== undefined && REPOST_ICON_PATHS.some((p) => d.startsWith(p))) return by ? { by } : {};
  return by ? { by } : undefined;
}

/**
 * The "Replying to @a and @b" line between the author row and the text ("回复 @skiinfomation" in
 * the zh-UI fixture): a link whose text is exactly `@` + the handle in its href, outside the
 * author row, the text (mentions), the quoted post and the social-context link.
 */
export function hasReplyingTo(
  article: Element,
  quote: Element | null,
  userName: Element | null,
  text: Element | null,
): boolean {
  for (const a of article.querySelectorAll('a[href]')) {
    const handle = profileHandle(a.getAttribute('href'));
    if (!handle) continue;
    if (!outside(a, quote) || userName?.contains(a) || text?.contains(a)) continue;
    if (a.querySelector(SOCIAL_CONTEXT)) continue;
    const label = (a.textContent ?? '').replace(/\s+/g, '');
    if (label.toLowerCase() === `@${handle.toLowerCase()}`) return true;
  }
  return false;
}

/**
 * The thread line that joins a post to the one above it in a conversation (timeline conversation
 * modules, status-page threads). In the 2025-02 and 2024-11 fixtures the row above the avatar row
 * holds an extra, empty column for it; a plain post or a repost has one column there.
 * Class-free: avatar column -> its row -> the row before -> its first child has 2+ columns and
 * the first is empty (no text, icon, image or link).
 */
export function hasThreadLineAbove(article: Element): boolean {
  const avatar = article.querySelector('[data-testid="Tweet-User-Avatar"]');
  const row = avatar?.parentElement?.parentElement;
  const inner = row?.previousElementSibling?.firstElementChild;
  if (!inner || inner.childElementCount < 2) return false;
  const first = inner.firstElementChild as Element;
  return (first.textContent ?? '').trim() === '' && !first.querySelector('svg, img, a');
}

/**
 * Where a post sits on a status page, from the timeline cells around it:
 * - 'focal': it is the page's post;
 * - 'after-focal': a later cell (a reply, or a reply to a reply);
 * - 'before-focal': an earlier cell (the thread the focal post answers);
 * - 'other-section': past a heading cell (the "Discover more" list X adds under the replies), with
 *   the focal post above it or no longer mounted: not part of the conversation;
 * - 'unknown': the focal post's cell is not mounted (the virtualised list dropped it);
 * - 'detached': the article is not in a timeline cell.
 */
export type ConversationPlace = 'focal' | 'after-focal' | 'before-focal' | 'other-section' | 'unknown' | 'detached';

/** Cells to look at in each direction: X keeps about 10-15 mounted (dom-selectors.md 2.4.3). */
const MAX_CELLS = 60;

export function conversationPlace(article: Element, focalId: string): ConversationPlace {
  if (postStatusId(article) === focalId) return 'focal';
  const cell = article.closest(CELL_SELECTOR);
  if (!cell) return 'detached';
  let heading = false;
  let n = 0;
  for (let s = cell.previousElementSibling; s && n < MAX_CELLS; s = s.previousElementSibling, n++) {
    const other = s.querySelector('article');
    if (other) {
      if (postStatusId(other) === focalId) return heading ? 'other-section' : 'after-focal';
    } else if (s.querySelector('h1, h2, h3, [role="heading"]')) {
      heading = true;
    }
  }
  if (heading) return 'other-section';
  n = 0;
  for (let s = cell.nextElementSibling; s && n < MAX_CELLS; s = s.nextElementSibling, n++) {
    const other = s.querySelector('article');
    if (other && postStatusId(other) === focalId) return 'before-focal';
  }
  return 'unknown';
}
