/**
 * The X (x.com / twitter.com) platform adapter: selectors as data plus small pure functions.
 *
 * Exports:
 * - `xAdapter`: the `PlatformAdapter` (isPage, pageType, expectsItems, itemSelectors, findItems,
 *   itemId, extract).
 * - `X_ITEM_SELECTORS`, `X_TEXT_SELECTORS`, `X_USER_NAME_SELECTORS`, `X_TIME_SELECTORS`,
 *   `X_SOCIAL_CONTEXT_SELECTORS`: the selector alternatives (data, one note each), re-exported
 *   from `x-selectors.ts` for tests and the health view.
 * - `extractXPost(el, ctx)`: the adapter's `extract`.
 *
 * Decisions (see `shared/research/dom-selectors.md` section 2 and `shared/fixtures/real/README.md`):
 * - id: `x:<status id>` from the `a[href*="/status/"]` around the post's own `time` (not the
 *   quoted post's, not the photo/analytics links). Ids stay strings (64-bit).
 * - permalink: always `https://x.com/<handle>/status/<id>`, also on twitter.com pages: twitter.com
 *   redirects to x.com since 2024-05 and the id is the same on both, so one post has one link.
 * - ads: a post with an author but no time of its own is promoted (the 3 "Ad" posts in the
 *   2024-11 fixture; the label itself is localised). `placementTracking` is NOT an ad marker: in
 *   the fixtures it wraps video players of ordinary posts (5 of them) and no ad has one.
 * - kind, first match wins: 'repost' (social-context structure, see `repostOf`), 'reply' (a
 *   "Replying to" line, a thread line joining it to the post above, or on a status page a place
 *   after the focal post, see `conversationPlace`), 'quote' (a quoted-post block), else 'post'.
 *   A reposted reply is a 'repost' (the 2025-10 fixture has one): the timeline shows it because
 *   of the repost, and the original's own capture elsewhere keeps the same id.
 * - text: the post's own text element read node by node (emoji `<img alt>` kept, "Show more" left
 *   out, a prettifier's newline+indent read as one space), cut to MAX_TEXT_CHARS with `truncated`.
 */
import { cutText } from '../text-limit.ts';
import type { Mention, XPostKind } from '../schema.ts';
import { checkMention } from './check-mention.ts';
import type { ExtractContext, ExtractOutcome, PlatformAdapter } from './types.ts';
import { isXPage, statusIdFromUrl, xExpectsItems, xPageType } from './x-pages.ts';
import {
  authorOf,
  conversationPlace,
  hasReplyingTo,
  hasThreadLineAbove,
  outerTime,
  ownTextElement,
  parseStatusHref,
  postStatusId,
  quoteBlock,
  quotedTextElement,
  readPostText,
  repostOf,
  timeLink,
  userNameElement,
} from './x-post.ts';
import {
  POST_SELECTORS,
  SOCIAL_CONTEXT_SELECTORS,
  TEXT_SELECTORS,
  TIME_SELECTORS,
  USER_NAME_SELECTORS,
  joinSelectors,
} from './x-selectors.ts';

export {
  POST_SELECTORS as X_ITEM_SELECTORS,
  SOCIAL_CONTEXT_SELECTORS as X_SOCIAL_CONTEXT_SELECTORS,
  TEXT_SELECTORS as X_TEXT_SELECTORS,
  TIME_SELECTORS as X_TIME_SELECTORS,
  USER_NAME_SELECTORS as X_USER_NAME_SELECTORS,
};

const POST = joinSelectors(POST_SELECTORS);
const ELEMENT = 1;

/** X's `lang` values that name no language: undetermined, no linguistic content, and the
 * q-codes for media-only (qme), mentions-only (qam), hashtags-only (qht), cashtags-only (qct) and
 * too-short (qst) posts. ISO 639-2 reserves qaa-qtz for local use, so every q-code is dropped. */
const NO_LANGUAGE = new Set(['und', 'zxx', 'mul', 'mis']);

function langHintOf(raw: string | null): string | undefined {
  const v = raw?.trim();
  if (!v || v.length > 20) return undefined;
  const primary = v.toLowerCase().split(/[-_]/)[0] ?? '';
  if (NO_LANGUAGE.has(primary) || /^q[a-t][a-z]$/.test(primary)) return undefined;
  return /^[a-z]{2,3}$/.test(primary) ? v : undefined;
}


function isoOf(datetime: string | null): string | undefined {
  if (!datetime) return undefined;
  const d = new Date(datetime);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

function articleOf(el: Element): Element {
  return el.closest('article') ?? el;
}

function kindOf(article: Element, ctx: ExtractContext, parts: {
  pageType: string;
  quote: Element | null;
  userName: Element | null;
  textEl: Element;
  repost: { by?: string } | undefined;
}): XPostKind {
  if (parts.repost) return 'repost';
  if (hasReplyingTo(article, parts.quote, parts.userName, parts.textEl) || hasThreadLineAbove(article)) return 'reply';
  if (parts.pageType === 'status') {
    const focalId = statusIdFromUrl(ctx.pageUrl);
    const place = focalId ? conversationPlace(article, focalId) : 'detached';
    // 'unknown': the focal cell was unmounted by the virtualised list; the user has scrolled
    // down into the replies (the thread above the focal post is short and loads first).
    if (place === 'after-focal' || place === 'unknown') return 'reply';
  }
  return parts.quote ? 'quote' : 'post';
}

export function extractXPost(el: Element, ctx: ExtractContext): ExtractOutcome {
  const article = articleOf(el);
  const quote = quoteBlock(article);
  const time = outerTime(article, quote);
  const userName = userNameElement(article, quote);
  if (!time) {
    const id = postStatusId(article);
    const withId = id ? { id: `x:${id}` } : {};
    // An author but no time of its own: a promoted post. Neither: a placeholder or module.
    if (userName) return { ok: false, reason: 'ad', ...withId };
    return { ok: false, reason: 'no-id', ...withId, detail: 'no time and no author' };
  }
  const link = timeLink(article, time);
  const ref = parseStatusHref(link?.getAttribute('href'));
  if (!ref) return { ok: false, reason: 'no-id', detail: 'time without a status link' };
  const id = `x:${ref.id}`;

  const textEl = ownTextElement(article, quote);
  const own = textEl ? readPostText(textEl) : '';
  if (!textEl || !own) return { ok: false, reason: 'no-text', id };
  const { text, truncated } = cutText(own);

  const author = authorOf(article, quote);
  const handle = ref.handle ?? author.handle;
  const repost = repostOf(article, quote);
  const quotedEl = quote ? quotedTextElement(quote) : null;
  const quoted = quotedEl ? cutText(readPostText(quotedEl)).text : '';
  const postedAt = isoOf(time.getAttribute('datetime'));
  const langHint = langHintOf(textEl.getAttribute('lang'));
  const pageType = xPageType(ctx.pageUrl);

  const candidate: Mention = {
    id,
    platform: 'x',
    permalink: handle ? `https://x.com/${handle}/status/${ref.id}` : `https://x.com/i/web/status/${ref.id}`,
    text,
    kind: kindOf(article, ctx, { pageType, quote, userName, textEl, repost }),
    pageUrl: ctx.pageUrl.href,
    pageType,
  };
  if (handle) candidate.authorHandle = handle;
  if (author.name) candidate.authorName = author.name;
  if (truncated) candidate.truncated = true;
  if (langHint) candidate.langHint = langHint;
  if (postedAt) candidate.postedAt = postedAt;
  if (repost?.by) candidate.repostedBy = repost.by;
  if (quoted) candidate.quotedText = quoted;

  const problem = checkMention(candidate);
  if (problem) return { ok: false, reason: 'invalid', id, detail: problem };
  return { ok: true, mention: candidate };
}

export const xAdapter: PlatformAdapter<'x'> = {
  platform: 'x',
  isPage: isXPage,
  pageType: xPageType,
  expectsItems: xExpectsItems,
  itemSelectors: POST_SELECTORS,
  findItems(root) {
    // One selector list keeps document order; every match maps to its article (the 2021 markup
    // matched an inner div) and each article is kept once. A root that is a post, or lies inside
    // one (a subtree X re-rendered in place), yields that post first: it precedes its subtree.
    const items: Element[] = [];
    const kept = new Set<Element>();
    const keep = (el: Element): void => {
      const article = articleOf(el);
      if (kept.has(article)) return;
      kept.add(article);
      items.push(article);
    };
    if ((root as Node).nodeType === ELEMENT) {
      const own = (root as Element).closest(POST);
      if (own) keep(own);
    }
    for (const el of root.querySelectorAll(POST)) keep(el);
    return items;
  },
  itemId(el) {
    const id = postStatusId(articleOf(el));
    return id ? `x:${id}` : undefined;
  },
  extract: extractXPost,
};
