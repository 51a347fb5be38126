/**
 * The team's CouchDB database URL: what is accepted, and what is derived from it.
 *
 * - https only: the session cookie and every status travel over it. Plain http only on this
 *   machine's loopback (a CouchDB in docker on the laptop, the tests' pouchdb-server), where
 *   nothing crosses a network. The manifest's optional host permissions say the same (wxt.config.ts).
 * - no `user:password@`: the password is never stored (the cookie session is the credential),
 *   and fetch refuses such URLs anyway.
 * - no query or fragment: CouchDB reads neither from a database URL.
 * - the last path segment is the database; what comes before it is the server (a reverse proxy
 *   may put CouchDB under a path, e.g. `https://example.com/couch/acme-care`).
 *
 * Database names follow CouchDB's rule (docs.couchdb.org, "PUT /{db}"): a lower-case letter,
 * then lower-case letters, digits and `_ $ ( ) + - /` (a `/` written as %2F in the URL).
 */

export type TeamUrlProblem = 'not-url' | 'scheme' | 'credentials' | 'query' | 'no-database' | 'bad-database';

export interface TeamDbUrl {
  /** Normalised database URL, no trailing slash: what PouchDB opens. */
  dbUrl: string;
  /** The server's root URL with a trailing slash: `_session` lives there. */
  serverUrl: string;
  dbName: string;
  /** `https://host/*`: the host permission to request (ports are not part of match patterns). */
  originPattern: string;
  /** The origin, for messages. */
  origin: string;
}

const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;
/** Exactly the loopback hosts the manifest may be granted (wxt.config.ts OPTIONAL_HOSTS). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}

export type TeamUrlCheck = { ok: true; url: TeamDbUrl } | { ok: false; problem: TeamUrlProblem };

export function checkTeamDbUrl(raw: string): TeamUrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, problem: 'not-url' };
  }
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return { ok: false, problem: 'scheme' };
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  if (url.search || url.hash) return { ok: false, problem: 'query' };
  const segments = url.pathname.split('/').filter(Boolean);
  const last = segments.pop();
  if (last === undefined) return { ok: false, problem: 'no-database' };
  let dbName: string;
  try {
    dbName = decodeURIComponent(last);
  } catch {
    return { ok: false, problem: 'bad-database' };
  }
  if (!DB_NAME.test(dbName)) return { ok: false, problem: 'bad-database' };
  const prefix = segments.length ? `/${segments.join('/')}` : '';
  const serverUrl = `${url.origin}${prefix}/`;
  return {
    ok: true,
    url: {
      dbUrl: `${serverUrl}${encodeURIComponent(dbName)}`,
      serverUrl,
      dbName,
      // Match patterns have no port: `http://127.0.0.1/*` covers every port of the loopback.
      originPattern: `${url.protocol}//${url.hostname}/*`,
      origin: url.origin,
    },
  };
}

/** The same database, whatever the spelling (a trailing slash, %2F or /): for "is this the
 * workspace we already have?". Undefined when the URL is not acceptable. */
export function sameDatabaseKey(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const checked = checkTeamDbUrl(raw);
  return checked.ok ? checked.url.dbUrl : undefined;
}
