// Downloading a subscribed pack: conditional requests, and bodies that are obviously not a pack
// (HTML, huge, endless, late) refused before anyone parses them.
import { describe, expect, test } from 'vitest';
import { fetchPackText, type FetchLike } from '../../../lib/packs/index.ts';

const URL_ = 'https://packs.example.com/voltpro.json';

function respond(body: BodyInit | null, init: ResponseInit & { url?: string } = {}): FetchLike {
  return () => {
    const r = new Response(body, init);
    if (init.url) Object.defineProperty(r, 'url', { value: init.url });
    return Promise.resolve(r);
  };
}

/** A body that never ends: 64 KiB chunks on demand; counts what was pulled. */
function endless() {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulled += 65_536;
      controller.enqueue(new Uint8Array(65_536).fill(0x20));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe('fetchPackText', () => {
  test('sends If-None-Match with the stored ETag, bypasses the HTTP cache, omits credentials; 304 is "not modified"', async () => {
    let seen: RequestInit | undefined;
    const fetch: FetchLike = (_url, init) => {
      seen = init;
      return Promise.resolve(new Response(null, { status: 304 }));
    };
    expect(await fetchPackText(URL_, { fetch, etag: '"v7"' })).toEqual({ kind: 'not-modified' });
    expect(seen).toMatchObject({ headers: { 'if-none-match': '"v7"', accept: 'application/json' }, cache: 'no-store', credentials: 'omit' });
  });

  test('a body comes back with its ETag', async () => {
    const r = await fetchPackText(URL_, { fetch: respond('{"a":1}', { headers: { etag: 'W/"abc"', 'content-type': 'application/json' } }) });
    expect(r).toEqual({ kind: 'body', text: '{"a":1}', etag: 'W/"abc"' });
  });

  test.each<[string, FetchLike, Record<string, unknown>]>([
    ['404', respond('Not Found', { status: 404, statusText: 'Not Found' }), { code: 'http-status', status: 404, detail: 'HTTP 404 Not Found' }],
    ['500', respond('', { status: 500 }), { code: 'http-status', status: 500 }],
    ['a 304 without having sent an ETag', respond(null, { status: 304 }), { code: 'http-status', status: 304 }],
    ['an HTML error page (Content-Type)', respond('<!doctype html><title>Oops</title>', { headers: { 'content-type': 'text/html; charset=utf-8' } }), { code: 'html' }],
    ['an HTML page served as text/plain (body sniffed)', respond('\n  <html><body>Log in</body></html>', { headers: { 'content-type': 'text/plain' } }), { code: 'html' }],
    ['XHTML', respond('<?xml version="1.0"?>', { headers: { 'content-type': 'application/xhtml+xml' } }), { code: 'html' }],
    ['a declared Content-Length over the cap', respond('{}', { headers: { 'content-length': String(3 * 1024 * 1024) } }), { code: 'too-large', limit: 2 * 1024 * 1024 }],
    ['bytes that are not UTF-8', respond(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), { code: 'not-json' }],
    ['a redirect to http:', respond('{}', { url: 'http://packs.example.com/voltpro.json' }), { code: 'insecure-redirect' }],
    ['a network error', () => Promise.reject(new TypeError('Failed to fetch')), { code: 'network', detail: 'Failed to fetch' }],
  ])('%s → refused', async (_name, fetch, refusal) => {
    const r = await fetchPackText(URL_, { fetch });
    expect(r).toEqual({ kind: 'failed', refusal: expect.objectContaining(refusal) });
  });

  test('an endless body is cut at the cap and cancelled: memory stays bounded', async () => {
    const { stream, state } = endless();
    const r = await fetchPackText(URL_, { fetch: respond(stream), maxBytes: 1024 * 1024 });
    expect(r).toEqual({ kind: 'failed', refusal: { code: 'too-large', limit: 1024 * 1024 } });
    expect(state.cancelled).toBe(true);
    // At most one chunk past the cap, plus what the stream queued ahead (its high-water mark).
    expect(state.pulled).toBeLessThanOrEqual(1024 * 1024 + 3 * 65_536);
  });

  test('no answer in time → timeout, and the request is aborted', async () => {
    let signal: AbortSignal | undefined;
    const fetch: FetchLike = (_url, init) => {
      signal = init.signal ?? undefined;
      return new Promise(() => undefined);
    };
    const r = await fetchPackText(URL_, { fetch, timeoutMs: 50 });
    expect(r).toEqual({ kind: 'failed', refusal: expect.objectContaining({ code: 'timeout' }) });
    expect(signal?.aborted).toBe(true);
  });

  test('headers in time but a body that stalls → timeout', async () => {
    const stalled = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode('{"format":')) });
    const r = await fetchPackText(URL_, { fetch: respond(stalled), timeoutMs: 50 });
    expect(r).toEqual({ kind: 'failed', refusal: expect.objectContaining({ code: 'timeout' }) });
  });
});
