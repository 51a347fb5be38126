/**
 * Which X pages we read, and what kind of page a URL is.
 *
 * Exports:
 * - `X_HOSTS`: the hosts the X adapter reads (x.com, twitter.com and their www./mobile. forms).
 * - `isXPage(url)`: true for those hosts.
 * - `XPageType` and `xPageType(url)`: 'home' | 'profile' | 'search' | 'status' | 'quotes' | 'list' |
 *   'notifications' | 'other', from the path alone.
 * - `xExpectsItems(url)`: whether a loaded page of that type must contain post articles (health check).
 * - `statusIdFromUrl(url)`: the status id of a `/<handle>/status/<id>` (or `/i/web/status/<id>`) URL.
 */

/** twitter.com still serves the same app (it redirects to x.com since 2024-05, but old tabs and
 * links keep the old host); mobile.* is the same app for small screens. */
export const X_HOSTS: ReadonlySet<string> = new Set([
  'x.com',
  'www.x.com',
  'mobile.x.com',
  'twitter.com',
  'www.twitter.com',
  'mobile.twitter.com',
]);

export type XPageType = 'home' | 'profile' | 'search' | 'status' | 'quotes' | 'list' | 'notifications' | 'other';

/** X handles: 1-15 letters, digits or underscores (X's signup rule). */
export const HANDLE_RE = /^[A-Za-z0-9_]{1,15}$/;

/** First path segments that are app routes, never handles (X does not allow these as names).
 * Anything here that is not given its own page type below is 'other'. */
const RESERVED = new Set([
  'home',
  'search',
  'hashtag',
  'explore',
  'notifications',
  'messages',
  'settings',
  'compose',
  'i',
  'login',
  'logout',
  'signup',
  'account',
  'intent',
  'share',
  'tos',
  'privacy',
  'jobs',
  'search-advanced',
  'download',
  'lists',
  'bookmarks',
  'communities',
  'premium',
  'jf',
]);

/** Profile tabs that list posts as articles. Followers/following/lists tabs list user cells. */
const PROFILE_TABS = new Set(['', 'with_replies', 'media', 'likes', 'highlights', 'articles', 'superfollows']);

export function isXPage(url: URL): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && X_HOSTS.has(url.hostname.toLowerCase());
}

function segments(url: URL): string[] {
  return url.pathname.split('/').filter((s) => s !== '');
}

export function xPageType(url: URL): XPageType {
  if (!isXPage(url)) return 'other';
  const segs = segments(url);
  const first = (segs[0] ?? '').toLowerCase();
  const second = (segs[1] ?? '').toLowerCase();
  if (first === '') return 'other'; // the logged-out landing page, or a redirect to /home
  if (first === 'home') return segs.length === 1 ? 'home' : 'other';
  // /hashtag/<tag> renders the same results list as /search?q=%23<tag>.
  if (first === 'search' || (first === 'hashtag' && segs.length === 2)) return 'search';
  if (first === 'notifications') return 'notifications';
  if (first === 'i') {
    // /i/lists/<id> is a list timeline; /i/lists/<id>/members etc. list users.
    if (second === 'lists' && segs.length === 3 && /^\d+$/.test(segs[2] ?? '')) return 'list';
    if (second === 'web' && (segs[2] ?? '').toLowerCase() === 'status' && /^\d+$/.test(segs[3] ?? '')) return 'status';
    return 'other';
  }
  if (RESERVED.has(first) || !HANDLE_RE.test(segs[0] ?? '')) return 'other';
  if (second === 'status' && /^\d+$/.test(segs[2] ?? '')) {
    const rest = (segs[3] ?? '').toLowerCase();
    // /photo/1 and /video/1 open a media viewer over the status page, which stays mounted.
    if (rest === '' || rest === 'photo' || rest === 'video') return 'status';
    if (rest === 'quotes') return 'quotes';
    return 'other'; // /retweets, /likes, /analytics: user lists or charts
  }
  if (segs.length <= 2 && PROFILE_TABS.has(second)) return 'profile';
  return 'other';
}

export function xExpectsItems(url: URL): boolean {
  const type = xPageType(url);
  if (type === 'profile') {
    // The Media tab renders a photo grid, not post articles (reported for the 2024 redesign; no
    // saved page to check it against), so an empty article count there is not a broken selector.
    return (segments(url)[1] ?? '').toLowerCase() !== 'media';
  }
  return type === 'home' || type === 'search' || type === 'status' || type === 'quotes' || type === 'list';
}

export function statusIdFromUrl(url: URL): string | undefined {
  const m = /\/status\/(\d{1,25})(?:\/|$)/.exec(url.pathname);
  return m?.[1];
}
