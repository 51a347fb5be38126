/**
 * Where a mention may come from. The background runs this on every mention a content script
 * sends, with the URL of the page that sent it (handle-message.ts -> ingestBatch): a mention of
 * platform P must link to P's own hosts (`permalink`, and `pageUrl` when it has one), and the
 * sending page must be one of P's too. So a content script on amazon.de cannot store X mentions,
 * a page cannot plant a `javascript:` or look-alike link in the inbox, and a renderer that is
 * not X's cannot speak for X.
 *
 * Exports: `checkMentionOrigin(mention, senderUrl)`, `isPlatformUrl(platform, url)`, and the
 * result types.
 *
 * The rules, and why:
 * - http: or https: only. Content scripts only run on https pages, but an http link names the
 *   same host (both platforms answer http with a redirect to https), so it is not refused.
 * - the host, as the URL parser reads it (lower case, punycode, `x.com@evil.tld` -> evil.tld),
 *   must be one of the platform's exactly: X_HOSTS (x-pages.ts) for X, a marketplace of
 *   AMAZON_MARKETS with or without `www.`/`smile.` for Amazon — the same hosts the adapters
 *   read (`isPage`). A trailing dot (`x.com.`) is another origin to the browser, so it is refused.
 * - no user name or password, no port other than the scheme's own: neither platform uses them,
 *   and userinfo exists mainly to make a link look like it goes somewhere it does not.
 * - the scheme and host written as the URL parser writes them (any letter case), then `/`, `?`,
 *   `#` or the end. Browsers forgive `https://x.com\@evil.tld/`, `https://ｘ.com/`, tabs and
 *   `x%2Ecom` and land on x.com, but a stored permalink is also exported and read by other
 *   parsers, some of which would see another host; our adapters never write such forms.
 * - the sender: `undefined` (the browser did not say) skips that check; an extension page
 *   (`chrome-extension:`, `moz-extension:`, `safari-web-extension:`) is one of our own — the
 *   router has already refused senders with another extension id — and may send mentions of
 *   any platform (the e2e harness replays mentions from the side panel).
 */
import type { Mention, Platform } from '../schema.ts';
import { amazonMarketFor } from './amazon-markets.ts';
import { X_HOSTS } from './x-pages.ts';

export type OriginField = 'permalink' | 'pageUrl' | 'sender';

export type OriginReason =
  | 'not-a-url' // not an absolute URL
  | 'not-web' // a scheme other than http: / https: (javascript:, data:, blob:, ftp:, …)
  | 'credentials' // a user name or password before the host
  | 'port' // a port other than the scheme's default
  | 'foreign-host' // not one of the platform's hosts
  | 'not-canonical'; // on the platform's host, but not written the way the URL parser writes it

export type OriginCheck = { ok: true } | { ok: false; field: OriginField; reason: OriginReason; message: string };

/** Each platform's hosts. A record over Platform, so a new platform must say where it lives. */
const PLATFORM_HOSTS: { readonly [P in Platform]: { name: string; has(host: string): boolean } } = {
  x: { name: 'X', has: (host) => X_HOSTS.has(host) },
  amazon: { name: 'Amazon', has: (host) => amazonMarketFor(host) !== undefined },
};

/** Schemes of extension pages (ours: see the file comment). */
const EXTENSION_PAGE = /^(?:chrome-extension|moz-extension|safari-web-extension):/i;

const MAX_HOST_IN_MESSAGE = 100;

type UrlProblem = { reason: OriginReason; problem: string };

function parse(s: string): URL | undefined {
  try {
    return new URL(s);
  } catch {
    return undefined;
  }
}

function urlProblem(platform: Platform, raw: string): UrlProblem | undefined {
  const url = parse(raw);
  if (!url) return { reason: 'not-a-url', problem: 'not an absolute URL' };
  // `protocol` is lower case and bounded ([a-z][a-z0-9+.-]*:), safe to show.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { reason: 'not-web', problem: `${url.protocol} is not http(s)` };
  if (url.username !== '' || url.password !== '') return { reason: 'credentials', problem: 'has a user name or password' };
  if (url.port !== '') return { reason: 'port', problem: `has port ${url.port}` };
  const hosts = PLATFORM_HOSTS[platform];
  if (!hosts.has(url.hostname)) {
    return { reason: 'foreign-host', problem: `${url.hostname.slice(0, MAX_HOST_IN_MESSAGE)} is not an ${hosts.name} host` };
  }
  const origin = `${url.protocol}//${url.host}`;
  const rest = raw.slice(origin.length);
  if (raw.slice(0, origin.length).toLowerCase() !== origin || !(rest === '' || /^[/?#]/.test(rest))) {
    return { reason: 'not-canonical', problem: `not written as ${origin}/…` };
  }
  return undefined;
}

/** True when `url` is an http(s) URL on one of the platform's own hosts (the rules above). */
export function isPlatformUrl(platform: Platform, url: string): boolean {
  return urlProblem(platform, url) === undefined;
}

/**
 * `{ ok: true }` when the mention's links and the page that sent it are all on the mention's
 * platform, else the first problem found, as `field: problem` in `message` (the shape of the
 * ingest reply's `rejected[].error`), e.g. "sender: www.amazon.de is not an X host".
 */
export function checkMentionOrigin(mention: Mention, senderUrl: string | undefined): OriginCheck {
  const fields: [OriginField, string | undefined][] = [
    ['permalink', mention.permalink],
    ['pageUrl', mention.pageUrl],
    ['sender', senderUrl !== undefined && !EXTENSION_PAGE.test(senderUrl) ? senderUrl : undefined],
  ];
  for (const [field, value] of fields) {
    if (value === undefined) continue;
    const found = urlProblem(mention.platform, value);
    if (found) return { ok: false, field, reason: found.reason, message: `${field}: ${found.problem}` };
  }
  return { ok: true };
}
