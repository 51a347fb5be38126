/**
 * URLs that carry secrets, made safe to log, store on a record or show: the team webhook's URL is
 * a credential (Slack, Discord and Mattermost put the token in the path, other services in the
 * query, and builds before this check accepted `user:password@` in it), and fetch's error text
 * quotes the URL it refused.
 *
 * `redactUrl` keeps what tells a reader which service it was — the origin and the leading path
 * words (`/services`, `/api/webhooks`) — and replaces every user name, password, token-like path
 * segment, query value and fragment with `…`. `redactUrlsIn` does that to every URL in a text,
 * and first blanks the secret parts of the URLs the caller knows about (the configured webhook),
 * in case an error quotes one of them without its scheme.
 */

const ELLIPSIS = '…';
/** A path word that names an endpoint, not a token: letters and hyphens only, short. */
const PATH_WORD = /^[a-z][a-z-]{0,19}$/i;
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi;
/** `user:password@host` written without a scheme. */
const USERINFO_IN_TEXT = /[^\s/:@"'<>`]+:[^\s/@"'<>`]+@(?=[a-z0-9.-]+)/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;
/** Known secrets shorter than this are not searched for in free text (they would hit ordinary words). */
const MIN_SECRET_CHARS = 4;

function parse(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

export function redactUrl(raw: string): string {
  const url = parse(raw.trim());
  if (!url) return `[URL ${ELLIPSIS}]`;
  const origin = url.origin === 'null' ? `${url.protocol}${ELLIPSIS}` : url.origin;
  const segments = url.pathname.split('/').filter(Boolean);
  const kept: string[] = [];
  for (const s of segments) {
    if (!PATH_WORD.test(s)) break;
    kept.push(s);
  }
  const path = `/${kept.join('/')}${kept.length < segments.length ? `${kept.length ? '/' : ''}${ELLIPSIS}` : ''}`;
  const keys = [...new Set(url.searchParams.keys())];
  const query = url.search ? `?${keys.length ? keys.map((k) => `${encodeURIComponent(k)}=${ELLIPSIS}`).join('&') : ELLIPSIS}` : '';
  return `${origin}${url.origin === 'null' ? '' : path}${query}`;
}

/** The parts of a URL that must never appear in a log or an error (decoded and as written). */
function secretsOf(raw: string): string[] {
  const url = parse(raw.trim());
  if (!url) return [raw];
  const out = [url.username, url.password, url.hash.slice(1), ...url.searchParams.values()];
  for (const s of url.pathname.split('/')) if (s && !PATH_WORD.test(s)) out.push(s);
  const both = out.flatMap((s) => {
    try {
      return [s, decodeURIComponent(s)];
    } catch {
      return [s];
    }
  });
  return [...new Set(both)].filter((s) => s.length >= MIN_SECRET_CHARS).sort((a, b) => b.length - a.length);
}

/** `text` with every URL redacted, and the secret parts of `known` URLs blanked wherever they appear. */
export function redactUrlsIn(text: string, known: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const k of known) {
    if (!k) continue;
    const url = parse(k.trim());
    // The whole URL first (as configured and as normalised), so it reads as one redacted URL.
    for (const form of new Set([k, k.trim(), url?.href].filter((f): f is string => !!f))) out = out.split(form).join(redactUrl(k));
    for (const secret of secretsOf(k)) out = out.split(secret).join(ELLIPSIS);
  }
  out = out.replace(URL_IN_TEXT, (match) => {
    const tail = TRAILING_PUNCTUATION.exec(match)?.[0] ?? '';
    return redactUrl(match.slice(0, match.length - tail.length)) + tail;
  });
  return out.replace(USERINFO_IN_TEXT, `${ELLIPSIS}@`);
}

/** A log call's detail made safe: errors and strings are redacted text, anything else as it is. */
export function redactDetail(detail: unknown, known: readonly (string | undefined)[] = []): unknown {
  if (detail instanceof Error) return redactUrlsIn(`${detail.name}: ${detail.message}`, known);
  if (typeof detail === 'string') return redactUrlsIn(detail, known);
  return detail;
}

/** Whether a URL names a user or password (`https://user:pass@host/`): fetch refuses those. */
export function hasUrlCredentials(raw: string): boolean {
  const url = parse(raw.trim());
  return !!url && (url.username !== '' || url.password !== '');
}
