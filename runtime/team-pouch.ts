/**
 * PouchDB for the team workspace, in the background only (neither the content scripts nor the
 * side panel carry it).
 *
 * A static import: the background is an ES module service worker (entrypoints/background/index.ts),
 * and a service worker may not use dynamic import(). It used to be loaded on first use, so solo
 * users never evaluated it; now every worker start evaluates its ~120 KB (bench/cold-start.ts
 * measures the start).
 *
 * The replica's IndexedDB database is PouchDB's own (`_pouch_crisis-desk-team-<hash>`), never the
 * inbox's `crisis-desk`: one replica per team database URL, so joining another team starts clean
 * and coming back to the first resumes from its checkpoints.
 */
import PouchDB from 'pouchdb-browser';
import type { PouchDatabase, PouchStatic } from '../lib/team/pouch.ts';
import { withTimeout } from '../lib/team/fetch-timeout.ts';
import type { TeamDbUrl } from '../lib/team/url.ts';

/** FNV-1a, 32 bits, hex: a short stable name for a URL (not a secret, not a security measure). */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function replicaName(url: TeamDbUrl): string {
  return `crisis-desk-team-${shortHash(url.dbUrl)}`;
}

export async function openTeamDbs(url: TeamDbUrl): Promise<{ local: PouchDatabase; remote: PouchDatabase; PouchDB: PouchStatic }> {
  return {
    PouchDB,
    local: new PouchDB(replicaName(url), { auto_compaction: true }),
    remote: new PouchDB(url.dbUrl, { skip_setup: true, fetch: withTimeout((u, init) => fetch(u, init)) }),
  };
}
