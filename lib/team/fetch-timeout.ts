/**
 * Every request to the team's server ends: one that has not answered in REQUEST_TIMEOUT_MS is
 * aborted, and PouchDB's retry takes over. Without it a connection that died silently (a laptop
 * lid closed, a Wi-Fi change, a proxy that drops idle sockets, a database deleted under a waiting
 * request) leaves a long-poll waiting for ever, and the agent never hears of teammates again.
 * The live replication's long-polls ask the server to answer within LONGPOLL_TIMEOUT_MS
 * (sync.ts), well inside this.
 */
import type { Fetch } from './session.ts';

/** CouchDB answers an idle long-poll after this (the `timeout` parameter of `_changes`). */
export const LONGPOLL_TIMEOUT_MS = 25_000;
/** A long-poll's wait plus the time a slow server and network may take. */
export const REQUEST_TIMEOUT_MS = 60_000;

export function withTimeout(fetch: Fetch, ms = REQUEST_TIMEOUT_MS): Fetch {
  return (url, init = {}) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`no answer in ${ms / 1000} s`)), ms);
    // PouchDB passes its own signal to cancel a replication: either one aborts the request.
    const outer = init.signal;
    if (outer) {
      if (outer.aborted) controller.abort(outer.reason);
      else outer.addEventListener('abort', () => controller.abort(outer.reason), { once: true });
    }
    return fetch(url, { ...init, signal: controller.signal }).finally(() => clearTimeout(timer));
  };
}
