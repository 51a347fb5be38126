/**
 * PouchDB in Node for the team tests and bench: pouchdb-core with the memory adapter (replicas),
 * the http adapter (the server) and replication, and a fetch that keeps cookies the way the
 * browser does for the extension (Node's fetch keeps none).
 */
import PouchCore from 'pouchdb-core';
import HttpAdapter from 'pouchdb-adapter-http';
import MemoryAdapter from 'pouchdb-adapter-memory';
import Replication from 'pouchdb-replication';
import type { PouchDatabase, PouchStatic } from '../../../lib/team/pouch.ts';
import { withTimeout } from '../../../lib/team/fetch-timeout.ts';
import type { Fetch } from '../../../lib/team/session.ts';

export const PouchDB: PouchStatic = PouchCore.plugin(MemoryAdapter).plugin(HttpAdapter).plugin(Replication);

let replicas = 0;
/** A fresh in-memory replica with a name no other test uses. */
export function memoryReplica(label: string): PouchDatabase {
  return new PouchDB(`${label}-${process.pid}-${++replicas}`, { adapter: 'memory' });
}

export interface CookieFetch extends Fetch {
  /** Forget every cookie (a browser whose cookies were cleared). */
  clear(): void;
  cookies(): string[];
  /** Requests made, for a failing test to print. */
  log: string[];
}

/** One browser's cookie jar, for one server (cookies are kept by name; path and expiry ignored). */
export function cookieFetch(): CookieFetch {
  const jar = new Map<string, string>();
  const log: string[] = [];
  const f = (async (url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers as HeadersInit | undefined);
    if (jar.size) headers.set('Cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const t0 = Date.now();
    const what = `${init.method ?? 'GET'} ${url.replace(/^http:\/\/[^/]+/, '')}`;
    if (log.length > 400) log.splice(0, 200);
    log.push(`${t0 % 100000} >> ${what}`);
    const res = await fetch(url, { ...init, headers }).catch((err: unknown) => {
      log.push(`${Date.now() % 100000} !! ${what} ${String(err)}`);
      throw err;
    });
    log.push(`${Date.now() % 100000} << ${res.status} ${what}`);
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value) jar.set(name, value);
      else jar.delete(name);
    }
    return res;
  }) as CookieFetch;
  f.clear = () => jar.clear();
  f.cookies = () => [...jar.keys()];
  f.log = log;
  return f;
}

export function remoteDb(dbUrl: string, fetch: Fetch): PouchDatabase {
  return new PouchDB(dbUrl, { skip_setup: true, fetch: withTimeout(fetch) });
}
