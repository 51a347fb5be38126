/**
 * What went wrong with the team's server, as a code the options page and the panel translate
 * (lib/i18n: `team.error.<code>`), from whatever PouchDB, fetch or CouchDB threw. The text kept
 * beside the code is for the curious and the logs: short, and never a credential (a URL with a
 * password is refused before it is used, lib/team/url.ts, and the password is never in an error).
 */
import type { TeamErrorCode } from '../schema.ts';

export interface TeamProblem {
  code: TeamErrorCode;
  message: string;
}

/** Where the error happened: a 401 while signing in is a wrong password, during sync an expired
 * (or revoked) session. */
export type TeamErrorContext = 'sign-in' | 'sync';

const MESSAGE_CHARS = 300;

function field(err: unknown, name: string): unknown {
  return err && typeof err === 'object' ? (err as Record<string, unknown>)[name] : undefined;
}

function text(err: unknown): string {
  const parts = [field(err, 'name'), field(err, 'reason') ?? field(err, 'message')].filter((p) => typeof p === 'string' && p);
  const out = parts.length ? parts.join(': ') : String(err);
  return out.slice(0, MESSAGE_CHARS);
}

/** fetch's "the server did not answer" in browsers (TypeError: Failed to fetch / NetworkError)
 * and Node (TypeError: fetch failed, ECONNREFUSED); PouchDB passes them on without a status. */
function isNetworkError(err: unknown): boolean {
  if (err instanceof TypeError) return true;
  const s = `${String(field(err, 'message') ?? '')} ${String(field(err, 'code') ?? '')}`;
  return /failed to fetch|fetch failed|networkerror|network request failed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|socket hang up|load failed/i.test(s);
}

export function classifyTeamError(err: unknown, context: TeamErrorContext): TeamProblem {
  const status = Number(field(err, 'status'));
  const name = String(field(err, 'name') ?? field(err, 'error') ?? '');
  const message = text(err);
  if (status === 401 || name === 'unauthorized') return { code: context === 'sign-in' ? 'wrong-password' : 'session-expired', message };
  if (status === 403 || name === 'forbidden') return { code: 'not-member', message };
  if (status === 404 || name === 'not_found') return { code: 'db-missing', message };
  if (status === 413 || /too_large/.test(name)) return { code: 'too-large', message };
  if (status >= 500) return { code: 'server', message };
  if (!status && isNetworkError(err)) return { code: 'unreachable', message };
  return { code: 'server', message };
}
