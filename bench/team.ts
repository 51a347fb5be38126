/**
 * `npm run bench`, team workspace (issue 12), against a CouchDB-compatible server on loopback
 * (pouchdb-server 4.2.0, in memory: tests/team-server.mjs) — figures, not pass/fail:
 *
 * 1. convergence: 20 simulated agents (each its own cookie session and in-memory PouchDB replica,
 *    all in this process, live two-way replication exactly as the extension runs it:
 *    lib/team/sync.ts) make 1,000 status changes each on 50 shared mentions, as fast as they can.
 *    Time from the first change until every replica holds all 20,000 events and every agent's
 *    fold (lib/team/fold.ts) gives the same status for every mention; documents per second are
 *    the copies that moved (each event to the server once and to the 19 other agents).
 * 2. initial sync: a new agent joins a database holding 100,000 flagged mentions: pulling them
 *    into an empty replica (PouchDB's replication, one shot), then bringing them into the inbox
 *    (lib/team/workspace.ts mapping, fake-indexeddb: a browser's IndexedDB is faster).
 *
 *   npx tsx bench/team.ts          (bench/run.ts prints the same)
 */
import 'fake-indexeddb/auto';
import { randomBytes } from 'node:crypto';
import { IDBFactory } from 'fake-indexeddb';
import { countInbox } from '../lib/db/mentions.ts';
import { openCrisisDb } from '../lib/db/open.ts';
import { applyTeamRows } from '../lib/db/team-rows.ts';
import type { TeamStatus } from '../lib/schema.ts';
import { EventDocSchema, eventDoc, mentionDoc, type EventDoc } from '../lib/team/docs.ts';
import { foldMention } from '../lib/team/fold.ts';
import type { PouchDatabase } from '../lib/team/pouch.ts';
import { signIn } from '../lib/team/session.ts';
import { startSync, type TeamSync } from '../lib/team/sync.ts';
import { createWorkspace } from '../lib/team/workspace.ts';
import { startTeamServer, type TeamServer } from '../tests/team-server.mjs';
import { T0, dbUrlOf } from '../tests/unit/team/agents.ts';
import { sharedRow, storedRow } from '../tests/unit/team/fixtures.ts';
import { PouchDB, cookieFetch, memoryReplica, remoteDb } from '../tests/unit/team/node-pouch.ts';

const AGENTS = 20;
const CHANGES_PER_AGENT = 1_000;
const MENTIONS = 50;
const INITIAL_MENTIONS = 100_000;
const STATUSES: TeamStatus[] = ['replied', 'handled', 'dismissed', 'escalated', 'open'];

export interface TeamBench {
  convergence: { agents: number; changes: number; seconds: number; copiesPerSecond: number; eventsPerSecond: number; agreed: boolean };
  initialSync: { mentions: number; pullSeconds: number; pullDocsPerSecond: number; mapSeconds: number; mapRowsPerSecond: number; rows: number };
}

/** A deterministic stream of small numbers (xorshift32): the same changes every run. */
function rng(seed: number) {
  let x = seed || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x1_0000_0000;
  };
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function countEvents(db: PouchDatabase): Promise<number> {
  const res = await db.allDocs({ startkey: 'event:', endkey: 'event:\uffff' });
  return res.rows.length;
}

async function convergence(server: TeamServer): Promise<TeamBench['convergence']> {
  const url = dbUrlOf(server.dbUrl);
  const agents = await Promise.all(
    Array.from({ length: AGENTS }, async (_, i) => {
      const name = `agent${String(i).padStart(2, '0')}`;
      const fetch = cookieFetch();
      const signed = await signIn(fetch, url, name, `pw-${name}`);
      if (!signed.ok) throw new Error(`${name}: ${signed.problem.code}`);
      return { name, local: memoryReplica(name), remote: remoteDb(url.dbUrl, fetch) };
    }),
  );
  // The shared mentions, captured by the first agent and on the server before the clock starts.
  const seed = agents[0]!;
  await seed.local.bulkDocs(Array.from({ length: MENTIONS }, (_, i) => mentionDoc(sharedRow(storedRow(`x:${7000 + i}`)), seed.name, new Date(T0).toISOString()) as never));
  const syncs: TeamSync[] = agents.map((a) =>
    startSync({ local: a.local, remote: a.remote, replicate: PouchDB.replicate.bind(PouchDB), now: () => new Date(), events: { state: () => undefined, pulled: () => undefined, refused: () => undefined, log: () => undefined } }),
  );
  await until(async () => (await Promise.all(agents.map(async (a) => (await a.local.info()).doc_count >= MENTIONS))).every(Boolean), 120_000, 'the shared mentions everywhere');

  const total = AGENTS * CHANGES_PER_AGENT;
  const started = performance.now();
  await Promise.all(
    agents.map(async (a, i) => {
      const next = rng(i + 1);
      // Writes in small bursts, as agents click, while replication runs.
      for (let k = 0; k < CHANGES_PER_AGENT; k += 20) {
        const docs: EventDoc[] = [];
        for (let j = k; j < k + 20; j++) {
          const mentionId = `x:${7000 + Math.floor(next() * MENTIONS)}`;
          // Clocks interleave across agents (ms apart), so ties and the name rule both occur.
          const at = new Date(T0 + j * 1_000 + Math.floor(next() * 3)).toISOString();
          docs.push(eventDoc({ mentionId, by: a.name, at, action: 'status', status: STATUSES[Math.floor(next() * STATUSES.length)]! }, randomBytes(4).toString('hex')));
        }
        await a.local.bulkDocs(docs as never);
        await new Promise((r) => setImmediate(r));
      }
    }),
  );
  await until(async () => (await Promise.all(agents.map(async (a) => (await countEvents(a.local)) === total))).every(Boolean), 900_000, 'every replica to hold every event');
  const seconds = (performance.now() - started) / 1000;
  for (const s of syncs) s.stop();

  // Every agent's fold says the same for every mention.
  const verdicts = await Promise.all(
    agents.map(async (a) => {
      const res = await a.local.allDocs({ startkey: 'event:', endkey: 'event:\uffff', include_docs: true });
      const byMention = new Map<string, EventDoc[]>();
      for (const r of res.rows) {
        const e = EventDocSchema.parse(r.doc);
        byMention.set(e.mentionId, [...(byMention.get(e.mentionId) ?? []), e]);
      }
      return JSON.stringify([...byMention.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([id, evs]) => [id, foldMention(evs).status]));
    }),
  );
  await Promise.all(agents.map((a) => a.local.destroy()));
  const copies = total + total * (AGENTS - 1);
  return { agents: AGENTS, changes: total, seconds, copiesPerSecond: copies / seconds, eventsPerSecond: total / seconds, agreed: verdicts.every((v) => v === verdicts[0]) };
}

async function initialSync(server: TeamServer): Promise<TeamBench['initialSync']> {
  // The team's database, filled by an admin in big batches (not measured).
  const BATCH = 5_000;
  for (let i = 0; i < INITIAL_MENTIONS; i += BATCH) {
    const docs = [];
    for (let j = i; j < Math.min(i + BATCH, INITIAL_MENTIONS); j++) {
      const row = storedRow(`x:${100_000_000 + j}`, { capturedAt: new Date(T0 - j * 1_000).toISOString(), sortAt: new Date(T0 - j * 1_000).toISOString() });
      docs.push(mentionDoc(sharedRow(row), `agent${String(j % AGENTS).padStart(2, '0')}`, new Date(T0).toISOString()));
    }
    const res = await server.admin('POST', `/${server.db}/_bulk_docs`, { docs });
    if (res.status >= 300) throw new Error(`could not fill the database: ${JSON.stringify(res.body).slice(0, 200)}`);
  }
  const url = dbUrlOf(server.dbUrl);
  const fetch = cookieFetch();
  const signed = await signIn(fetch, url, 'newcomer', 'pw-newcomer');
  if (!signed.ok) throw new Error(`newcomer: ${signed.problem.code}`);
  const local = memoryReplica('newcomer');
  const remote = remoteDb(url.dbUrl, fetch);

  let t = performance.now();
  await new Promise<void>((resolve, reject) => {
    PouchDB.replicate(remote, local, { batch_size: 500, batches_limit: 4 })
      .on('complete', () => resolve())
      .on('error', reject);
  });
  const pullSeconds = (performance.now() - t) / 1000;
  const pulled = (await local.info()).doc_count;

  const idb = await openCrisisDb(new IDBFactory());
  const ws = createWorkspace({
    agent: 'newcomer',
    local,
    remote,
    replicate: PouchDB.replicate.bind(PouchDB),
    applyRows: (ids, next) => applyTeamRows(idb, ids, next),
    now: () => new Date(T0),
    nonce: () => randomBytes(4).toString('hex'),
    status: () => undefined,
    refused: () => undefined,
    rowsChanged: () => undefined,
    log: () => undefined,
  });
  t = performance.now();
  await ws.mapPending();
  const mapSeconds = (performance.now() - t) / 1000;
  const rows = await countInbox(idb, { flaggedOnly: false });
  idb.close();
  await local.destroy();
  return { mentions: pulled, pullSeconds, pullDocsPerSecond: pulled / pullSeconds, mapSeconds, mapRowsPerSecond: rows / mapSeconds, rows };
}

export async function benchTeam(): Promise<TeamBench> {
  const users: Record<string, string> = { newcomer: 'pw-newcomer' };
  for (let i = 0; i < AGENTS; i++) users[`agent${String(i).padStart(2, '0')}`] = `pw-agent${String(i).padStart(2, '0')}`;
  const server = await startTeamServer({ users });
  try {
    return { convergence: await convergence(server), initialSync: await initialSync(server) };
  } finally {
    await server.close();
  }
}

export function formatTeamBench(b: TeamBench): string {
  const c = b.convergence;
  const s = b.initialSync;
  return [
    `convergence: ${c.agents} agents x ${c.changes / c.agents} status changes (${c.changes.toLocaleString('en')} events) on ${MENTIONS} mentions, live replication: ` +
      `every replica complete after ${c.seconds.toFixed(1)} s; ${Math.round(c.eventsPerSecond).toLocaleString('en')} events/s written and converged, ` +
      `${Math.round(c.copiesPerSecond).toLocaleString('en')} document copies/s replicated; every agent's fold agrees: ${c.agreed ? 'yes' : 'NO'}`,
    `initial sync of ${s.mentions.toLocaleString('en')} mentions: pull into an empty replica ${s.pullSeconds.toFixed(1)} s (${Math.round(s.pullDocsPerSecond).toLocaleString('en')} docs/s); ` +
      `into the inbox (fake-indexeddb) ${s.mapSeconds.toFixed(1)} s (${Math.round(s.mapRowsPerSecond).toLocaleString('en')} rows/s, ${s.rows.toLocaleString('en')} rows)`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchTeam()
    .then((b) => console.log(formatTeamBench(b)))
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
