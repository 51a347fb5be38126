/**
 * Simulated agents for the team tests and bench: each has its own cookie jar, in-memory replica,
 * fake-indexeddb inbox and clock, and runs the real workspace (lib/team/workspace.ts) against a
 * real pouchdb-server (tests/team-server.mjs).
 */
import { randomBytes } from 'node:crypto';
import { IDBFactory } from 'fake-indexeddb';
import { getMentions, putMentions } from '../../../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../../../lib/db/open.ts';
import { applyTeamRows } from '../../../lib/db/team-rows.ts';
import { applyTeamIncidents } from '../../../lib/db/team-incidents.ts';
import { takesReview } from '../../../lib/team/incidents.ts';
import type { IncidentReview } from '../../../lib/report/review.ts';
import type { RefusedDoc, StoredMention, TeamSyncStatus } from '../../../lib/schema.ts';
import type { PouchDatabase } from '../../../lib/team/pouch.ts';
import { sessionUser, signIn, type SignInResult } from '../../../lib/team/session.ts';
import { checkTeamDbUrl, type TeamDbUrl } from '../../../lib/team/url.ts';
import { createWorkspace, type Workspace } from '../../../lib/team/workspace.ts';
import { PouchDB, cookieFetch, memoryReplica, remoteDb, type CookieFetch } from './node-pouch.ts';

export const T0 = Date.parse('2026-12-07T10:00:00.000Z');

export interface Agent {
  name: string;
  url: TeamDbUrl;
  fetch: CookieFetch;
  signedIn: SignInResult;
  local: PouchDatabase;
  remote: PouchDatabase;
  idb: CrisisDb;
  ws: Workspace;
  status: Partial<TeamSyncStatus>;
  states: string[];
  refused: RefusedDoc[];
  /** The agent's clock (ms); tests move it. */
  clock: { t: number };
  row(id: string): Promise<StoredMention | undefined>;
  /** Incident reviews as this browser keeps them (the extension: one storage item each). */
  reviews: Map<string, IncidentReview>;
  capture(rows: StoredMention[]): Promise<void>;
  close(): Promise<void>;
}

export function dbUrlOf(raw: string): TeamDbUrl {
  const checked = checkTeamDbUrl(raw);
  if (!checked.ok) throw new Error(`bad test URL ${raw}: ${checked.problem}`);
  return checked.url;
}

export async function makeAgent(dbUrl: string, name: string, password: string, opts: { clock?: number } = {}): Promise<Agent> {
  const url = dbUrlOf(dbUrl);
  const fetch = cookieFetch();
  const signedIn = await signIn(fetch, url, name, password);
  const local = memoryReplica(name);
  const remote = remoteDb(url.dbUrl, fetch);
  const idb = await openCrisisDb(new IDBFactory());
  const status: Partial<TeamSyncStatus> = { state: 'off' };
  const states: string[] = [];
  const refused: RefusedDoc[] = [];
  const clock = { t: opts.clock ?? T0 };
  const reviews = new Map<string, IncidentReview>();
  const ws = createWorkspace({
    agent: name,
    local,
    remote,
    replicate: PouchDB.replicate.bind(PouchDB),
    applyRows: (ids, next) => applyTeamRows(idb, ids, next),
    now: () => new Date(clock.t),
    nonce: () => randomBytes(4).toString('hex'),
    status: (p) => {
      Object.assign(status, p);
      const label = p.state ? `${p.state}${p.lastError ? `:${p.lastError.code}` : ''}` : undefined;
      if (label && states.at(-1) !== label) states.push(label);
    },
    refused: (d) => refused.push(d),
    rowsChanged: () => undefined,
    applyIncidents: async (incidents) => void (await applyTeamIncidents(idb, incidents)),
    applyReviews: async (list) => {
      for (const r of list) if (takesReview(reviews.get(r.incidentId), r)) reviews.set(r.incidentId, r);
    },
    explainUnauthorized: async () => {
      const s = await sessionUser(fetch, url);
      return s.ok ? (s.name ? 'not-member' : 'session-expired') : undefined;
    },
    log: () => undefined,
  });
  return {
    name,
    url,
    fetch,
    signedIn,
    local,
    remote,
    idb,
    ws,
    status,
    states,
    refused,
    clock,
    reviews,
    row: async (id) => (await getMentions(idb, [id]))[0],
    async capture(rows) {
      await putMentions(idb, rows);
      await ws.share(rows);
      await ws.mapPending();
    },
    async close() {
      ws.stop();
      idb.close();
      await local.destroy();
    },
  };
}

/** Polls until `check` holds (returns truthy), failing after `timeout` with `what`. */
export async function eventually<T>(check: () => Promise<T> | T, what: string, timeout = 15_000): Promise<T> {
  const start = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
