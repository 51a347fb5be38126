/**
 * Downloading a subscribed pack, with `fetch` passed in (the background's, a test's fake). Like
 * uBlock's list updater (src/js/assets.js): a conditional request with the last ETag, and a body
 * that is obviously not the list — an HTML page (a login wall, a host's error page, a captive
 * portal) or far too large — is refused before anyone parses it.
 *
 * - `If-None-Match` with the stored ETag; `cache: 'no-store'` so the browser's HTTP cache neither
 *   answers for the server nor turns the server's 304 into a 200 (the Fetch standard does the
 *   latter for conditional requests in the default mode).
 * - HTML: refused by Content-Type (text/html, application/xhtml+xml) or, whatever the type
 *   says, by a body whose first character is `<` (a JSON file never starts with one; static hosts
 *   often serve .json as text/plain or application/octet-stream, so the type alone cannot decide).
 * - Size: Content-Length over the cap is refused before reading; the body is counted as it
 *   streams and the download cancelled at the cap, so a huge or endless body never fills memory.
 * - One timeout for headers and body; a redirect to anything but https is refused.
 */
import type { Refusal } from './accept.ts';
import { PACK_SYNC_LIMITS } from './schema.ts';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type FetchResult = { kind: 'not-modified' } | { kind: 'body'; text: string; etag?: string } | { kind: 'failed'; refusal: Refusal };

export interface FetchPackOptions {
  fetch: FetchLike;
  etag?: string;
  timeoutMs?: number;
  maxBytes?: number;
}

class TimedOut extends Error {}
class TooLarge extends Error {}

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

export async function fetchPackText(url: string, o: FetchPackOptions): Promise<FetchResult> {
  const maxBytes = o.maxBytes ?? PACK_SYNC_LIMITS.bodyBytes;
  const timeoutMs = o.timeoutMs ?? PACK_SYNC_LIMITS.timeoutMs;
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
      reject(new TimedOut());
    }, timeoutMs);
  });
  const failed = (refusal: Refusal): FetchResult => ({ kind: 'failed', refusal });
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (o.etag) headers['if-none-match'] = o.etag;
    let response: Response;
    try {
      response = await Promise.race([o.fetch(url, { method: 'GET', headers, cache: 'no-store', redirect: 'follow', credentials: 'omit', signal: controller.signal }), timeout]);
    } catch (e) {
      if (timedOut || e instanceof TimedOut) return failed({ code: 'timeout', detail: `no answer within ${Math.round(timeoutMs / 1000)} s` });
      return failed({ code: 'network', detail: (e instanceof Error ? e.message : String(e)).slice(0, 300) });
    }
    if (response.url && !response.url.startsWith('https:')) {
      void response.body?.cancel().catch(() => undefined);
      return failed({ code: 'insecure-redirect', detail: `redirected to a non-https address` });
    }
    if (response.status === 304 && o.etag) return { kind: 'not-modified' };
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return failed({ code: 'http-status', status: response.status, detail: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`.slice(0, 200) });
    }
    const type = response.headers.get('content-type') ?? '';
    if (HTML_TYPE.test(type)) {
      void response.body?.cancel().catch(() => undefined);
      return failed({ code: 'html', detail: `Content-Type: ${type.slice(0, 100)}` });
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      return failed({ code: 'too-large', limit: maxBytes, detail: `Content-Length: ${declared}` });
    }
    let bytes: Uint8Array;
    try {
      bytes = await Promise.race([readCapped(response, maxBytes), timeout]);
    } catch (e) {
      if (e instanceof TooLarge) return failed({ code: 'too-large', limit: maxBytes });
      if (timedOut || e instanceof TimedOut) return failed({ code: 'timeout', detail: `the download did not finish within ${Math.round(timeoutMs / 1000)} s` });
      return failed({ code: 'network', detail: (e instanceof Error ? e.message : String(e)).slice(0, 300) });
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return failed({ code: 'not-json', detail: 'the file is not UTF-8 text' });
    }
    const first = /\S/.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)?.[0];
    if (first === '<') return failed({ code: 'html', detail: 'the body is markup, not JSON' });
    const etag = response.headers.get('etag') ?? undefined;
    return { kind: 'body', text, ...(etag ? { etag: etag.slice(0, 500) } : {}) };
  } finally {
    clearTimeout(timer);
    // A rejection nobody awaits any more must not surface as unhandled.
    timeout.catch(() => undefined);
  }
}

/** The body's bytes, cancelling the stream as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw new TooLarge();
      chunks.push(value);
    }
  } catch (e) {
    void reader.cancel().catch(() => undefined);
    throw e;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
