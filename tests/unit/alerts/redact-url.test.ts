import { describe, expect, test } from 'vitest';
import { hasUrlCredentials, redactDetail, redactUrl, redactUrlsIn } from '../../../lib/redact-url.ts';

describe('redactUrl', () => {
  test.each([
    ['credentials and a query token', 'https://bob:hunter22@hooks.example.com/in?token=s3cret&channel=ops', 'https://hooks.example.com/in?token=…&channel=…'],
    ['a Slack path token', 'https://hooks.slack.com/services/T0AAA/B0BBB/XXXXsecretXXXX', 'https://hooks.slack.com/services/…'],
    ['a Discord path token', 'https://discord.com/api/webhooks/123456/tokenABC_def', 'https://discord.com/api/webhooks/…'],
    ['a token as the first segment', 'https://webhook.site/0b8d2c1e-8a9e-4f7b-9d1e-3c2b1a0f9e8d', 'https://webhook.site/…'],
    ['a fragment', 'https://example.com/hook#key=abc', 'https://example.com/hook'],
    ['a bare origin', 'https://example.com', 'https://example.com/'],
    ['not a URL', 'no url here', '[URL …]'],
  ])('%s', (_name, url, redacted) => {
    expect(redactUrl(url)).toBe(redacted);
  });
});

describe('redactUrlsIn', () => {
  test("fetch's refusal quotes the URL with its credentials: neither the password nor the token survives", () => {
    const url = 'https://bob:hunter22@hooks.example.com/in?token=s3cret';
    const error = `TypeError: Failed to execute 'fetch' on 'WorkerGlobalScope': Request cannot be constructed from a URL that includes credentials: ${url}`;
    const out = redactUrlsIn(error, [url]);
    expect(out).toBe("TypeError: Failed to execute 'fetch' on 'WorkerGlobalScope': Request cannot be constructed from a URL that includes credentials: https://hooks.example.com/in?token=…");
    for (const secret of ['bob', 'hunter22', 's3cret']) expect(out).not.toContain(secret);
  });

  test('URLs nobody told us about, trailing punctuation, and user:password@ without a scheme', () => {
    expect(redactUrlsIn('could not reach https://h.example/x?api_key=abc123. Try again (see https://h.example/y?k=v).')).toBe(
      'could not reach https://h.example/x?api_key=…. Try again (see https://h.example/y?k=…).',
    );
    expect(redactUrlsIn('bad host in bob:hunter22@h.example')).toBe('bad host in …@h.example');
  });

  test('secrets of a known URL are blanked wherever they appear, also percent-decoded', () => {
    const url = 'https://h.example/hook?token=a%2Fb%3Dsecret';
    expect(redactUrlsIn('server said: token a/b=secret is invalid', [url])).toBe('server said: token … is invalid');
  });

  test('text without URLs is left alone; redacting twice changes nothing', () => {
    expect(redactUrlsIn('HTTP 500')).toBe('HTTP 500');
    const once = redactUrlsIn('see https://bob:pw12@h.example/a/b?x=1');
    expect(redactUrlsIn(once)).toBe(once);
  });

  test('log details: errors and strings redacted, other values as they are', () => {
    expect(redactDetail(new TypeError('failed https://h.example/x?t=zzzz'))).toBe('TypeError: failed https://h.example/x?t=…');
    expect(redactDetail({ n: 1 })).toEqual({ n: 1 });
    expect(redactDetail(undefined)).toBeUndefined();
  });
});

test.each([
  ['https://bob:pw@h.example/', true],
  ['https://bob@h.example/', true],
  ['https://h.example/?user=bob&password=pw', false],
  ['not a url', false],
])('hasUrlCredentials(%s) = %s', (url, has) => {
  expect(hasUrlCredentials(url)).toBe(has);
});
