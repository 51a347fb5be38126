/**
 * Signing in to the team's CouchDB with the agent's own user: CouchDB's cookie session
 * (docs.couchdb.org, "Cookie Authentication": `POST /_session` with name and password answers
 * with an `AuthSession` cookie, `GET /_session` says who the cookie belongs to, `DELETE
 * /_session` ends it). The browser keeps the cookie (fetch with `credentials: 'include'`, allowed
 * by the host permission); the password is sent once, here, and kept nowhere.
 *
 * `fetch` is a parameter: the extension passes the browser's, tests a cookie-keeping one.
 */
import type { TeamProblem } from './errors.ts';
import { classifyTeamError } from './errors.ts';
import type { TeamDbUrl } from './url.ts';

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export type SignInResult = { ok: true; agent: string } | { ok: false; problem: TeamProblem };

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

/** CouchDB answers JSON; a captive portal, a proxy's error page or another server does not. */
async function readJson(res: Response): Promise<Record<string, unknown> | undefined> {
  if (!/json/i.test(res.headers.get('content-type') ?? '')) return undefined;
  try {
    const body: unknown = await res.json();
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function problemOf(res: Response, body: Record<string, unknown> | undefined, context: 'sign-in' | 'sync'): TeamProblem {
  return classifyTeamError({ status: res.status, name: body?.error, reason: body?.reason ?? res.statusText }, context);
}

/**
 * Signs in, then checks the database: it exists and this user may read it. Each failure is named
 * (server down, wrong password, not a member, no such database, not a CouchDB at all).
 */
export async function signIn(fetch: Fetch, url: TeamDbUrl, name: string, password: string): Promise<SignInResult> {
  let res: Response;
  try {
    res = await fetch(`${url.serverUrl}_session`, {
      method: 'POST',
      credentials: 'include',
      headers: JSON_HEADERS,
      body: JSON.stringify({ name, password }),
    });
  } catch (err) {
    return { ok: false, problem: classifyTeamError(err, 'sign-in') };
  }
  const body = await readJson(res);
  if (!body) return { ok: false, problem: { code: 'not-couchdb', message: `HTTP ${res.status} without a CouchDB answer` } };
  if (!res.ok) return { ok: false, problem: problemOf(res, body, 'sign-in') };
  // CouchDB answers {ok, name, roles}; the name is the agent's name in the team.
  const agent = typeof body.name === 'string' && body.name ? body.name : name;
  const db = await checkDatabase(fetch, url);
  return db ? { ok: false, problem: db } : { ok: true, agent };
}

/** Undefined when the signed-in user can read the database; the problem otherwise. */
export async function checkDatabase(fetch: Fetch, url: TeamDbUrl): Promise<TeamProblem | undefined> {
  let res: Response;
  try {
    res = await fetch(url.dbUrl, { credentials: 'include', headers: JSON_HEADERS });
  } catch (err) {
    return classifyTeamError(err, 'sync');
  }
  const body = await readJson(res);
  if (!body) return { code: 'not-couchdb', message: `HTTP ${res.status} without a CouchDB answer` };
  if (res.ok) return undefined;
  // Signed in but refused: not a member (CouchDB answers 403, pouchdb-server 401).
  if (res.status === 401) return { code: 'not-member', message: String(body.reason ?? 'unauthorized').slice(0, 300) };
  return problemOf(res, body, 'sync');
}

/** Who the session cookie belongs to: a name, `null` when signed out (or the cookie expired),
 * or a problem when the server cannot say. */
export async function sessionUser(fetch: Fetch, url: TeamDbUrl): Promise<{ ok: true; name: string | null } | { ok: false; problem: TeamProblem }> {
  try {
    const res = await fetch(`${url.serverUrl}_session`, { credentials: 'include', headers: JSON_HEADERS });
    const body = await readJson(res);
    if (!body) return { ok: false, problem: { code: 'not-couchdb', message: `HTTP ${res.status} without a CouchDB answer` } };
    if (!res.ok) return { ok: false, problem: problemOf(res, body, 'sync') };
    const ctx = body.userCtx as { name?: unknown } | undefined;
    return { ok: true, name: typeof ctx?.name === 'string' && ctx.name ? ctx.name : null };
  } catch (err) {
    return { ok: false, problem: classifyTeamError(err, 'sync') };
  }
}

/** Ends the session on the server (the cookie is cleared by its answer). Failure is not an
 * error for the caller: signing out locally always works. */
export async function signOut(fetch: Fetch, url: TeamDbUrl): Promise<boolean> {
  try {
    const res = await fetch(`${url.serverUrl}_session`, { method: 'DELETE', credentials: 'include', headers: JSON_HEADERS });
    return res.ok;
  } catch {
    return false;
  }
}
