/**
 * Incidents, statement versions and incident reviews through the team workspace: real PouchDB
 * replication between two agents over pouchdb-server on loopback, into each agent's own incidents
 * store (fake-indexeddb).
 *
 * The team's validation rule is installed only for the direct-write check at the end: under
 * pouchdb-server 4.2.0 (pouchdb-validation) a replicated *update* (`_bulk_docs` with
 * `new_edits: false` on a document that exists) is silently dropped when a rule is installed — the
 * request answers `[]` and the server keeps the old revision — whereas a replicated new document
 * and a plain PUT are validated and stored. Apache CouchDB validates replicated updates like any
 * write; the workspace tests of mentions run without the rule for the same reason.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTeamServer, type TeamServer } from '../../team-server.mjs';
import { putIncidents, readIncident } from '../../../lib/db/incidents.ts';
import { setChecklistItem } from '../../../lib/incident/checklist.ts';
import { createIncident, publishStatement, setIncidentStatus } from '../../../lib/incident/publish.ts';
import { IncidentFileSchema, type StoredIncident } from '../../../lib/incident/schema.ts';
import { stampReview } from '../../../lib/report/review.ts';
import { teamDesignDoc } from '../../../lib/team/design-doc.ts';
import { DOC_VERSION, statementDocId } from '../../../lib/team/docs.ts';
import { T0, eventually, makeAgent, type Agent } from './agents.ts';

const USERS = { ana: 'pw-ana', ben: 'pw-ben' };
const file = IncidentFileSchema.parse(JSON.parse(readFileSync(new URL('../../../public/examples/incident.json', import.meta.url), 'utf8')));
const min = 60_000;
let server: TeamServer;
const agents: Agent[] = [];

beforeAll(async () => {
  server = await startTeamServer({ users: USERS });
}, 90_000);
afterAll(async () => {
  for (const a of agents.splice(0)) await a.close();
  await server?.close();
});

async function agent(name: keyof typeof USERS): Promise<Agent> {
  const a = await makeAgent(server.dbUrl, name, USERS[name]);
  agents.push(a);
  return a;
}

/** What the background does when an incident is saved here: store it, then share it. */
async function save(a: Agent, incident: StoredIncident): Promise<void> {
  await putIncidents(a.idb, [incident]);
  await a.ws.shareIncident(incident);
}

async function incidentOf(a: Agent, id: string): Promise<StoredIncident | undefined> {
  const r = await readIncident(a.idb, id);
  return r.found && 'value' in r ? r.value : undefined;
}

function publish(inc: StoredIncident, by: string, at: number, en: string): StoredIncident {
  const r = publishStatement(inc, { ...inc.statement, text: { ...inc.statement.text, en } }, { by, now: at, templates: [] });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.incident;
}

const SLOW = 60_000;

describe('incidents in the team workspace', () => {
  test("an incident created by one agent reaches the other's incidents, crisis mode staying each browser's own", async () => {
    const ana = await agent('ana');
    const ben = await agent('ben');
    ana.ws.start();
    ben.ws.start();
    const inc = { ...createIncident(file, { by: 'ana', now: T0 }), crisisMode: true };
    await save(ana, inc);
    const got = (await eventually(() => incidentOf(ben, inc.id), 'ben to receive the incident'))!;
    expect(got.crisisMode).toBe(false);
    expect(got.statement).toEqual(inc.statement);
    expect(got.history).toEqual(inc.history);
    // Each published version is its own document too.
    expect((await ben.local.get(statementDocId(inc.id, 1))).type).toBe('statement');
    for (const a of agents.splice(0)) await a.close();
  }, SLOW);

  test('edits made on both sides while one is offline: both end with the same incident, nothing lost', async () => {
    const ana = await agent('ana');
    const ben = await agent('ben');
    const base = createIncident({ ...file, id: 'offline-case' }, { by: 'ana', now: T0 });
    ana.ws.start();
    ben.ws.start();
    await save(ana, base);
    await eventually(() => incidentOf(ben, base.id), 'ben to receive the incident');

    ben.ws.stop(); // offline: ben sets the status and ticks an item
    const benCopy = (await incidentOf(ben, base.id))!;
    await save(ben, setChecklistItem(setIncidentStatus(benCopy, 'identified', { by: 'ben', now: T0 + 5 * min }), 'brief-team', { done: true, by: 'ben' }, new Date(T0 + 6 * min)));
    // Meanwhile ana publishes version 2.
    await save(ana, publish(base, 'ana', T0 + 10 * min, 'Version two, from ana.'));

    ben.ws.start();
    const agreed = async (x: Agent) => {
      const i = await incidentOf(x, base.id);
      return i && i.statement.version === 2 && i.checklist['brief-team']?.done === true && i.status === 'identified' ? i : undefined;
    };
    // Converged: both hold both edits and the same incident (crisis mode is each browser's own).
    const shared = async (x: Agent) => {
      const i = await agreed(x);
      if (!i) return undefined;
      const { crisisMode: _c, ...rest } = i;
      return rest;
    };
    const [a] = (await eventually(async () => {
      const [x, y] = [await shared(ana), await shared(ben)];
      return x && y && JSON.stringify(x) === JSON.stringify(y) ? [x] : undefined;
    }, 'ana and ben to hold the same incident with both edits'))!;
    expect(a.updatedAt).toBe(new Date(T0 + 10 * min).toISOString());
    expect(a.history.map((h) => [h.statement.version, h.publishedBy])).toEqual([
      [1, 'ana'],
      [2, 'ana'],
    ]);
    expect(a.statement.text.en).toBe('Version two, from ana.');
    for (const x of agents.splice(0)) await x.close();
  }, SLOW);

  test("the incident review is the team's: the latest save stands on both sides", async () => {
    const ana = await agent('ana');
    const ben = await agent('ben');
    ana.ws.start();
    ben.ws.start();
    const first = stampReview({ incidentId: 'vp20k-2025-03', whatWorked: 'The holding statement went out in 20 minutes.' }, { now: T0, by: 'ana' });
    await ana.ws.shareReview(first);
    await eventually(() => ben.reviews.get('vp20k-2025-03')?.whatWorked === first.whatWorked, 'ben to see ana’s review');
    const second = stampReview({ ...first, challenges: 'Japanese replies waited for a translator.' }, { now: T0 + 60 * min, by: 'ben' });
    await ben.ws.shareReview(second);
    await eventually(() => ana.reviews.get('vp20k-2025-03')?.challenges === second.challenges, 'ana to see ben’s addition');
    // An older save arriving late does not replace the newer one.
    await ana.ws.shareReview(first);
    expect((await ana.local.get('review:vp20k-2025-03')).updatedAt).toBe(second.updatedAt);
    for (const x of agents.splice(0)) await x.close();
  }, SLOW);

  test('the validation rule takes incident, statement and review documents from any member', async () => {
    await server.admin('PUT', `/${server.db}/_design/crisis-desk`, teamDesignDoc());
    const ana = await agent('ana');
    const ben = await agent('ben');
    try {
      const at = new Date(T0).toISOString();
      const review = { _id: 'review:rule-check', type: 'review', v: DOC_VERSION, incidentId: 'rule-check', by: 'ana', updatedAt: at, review: { incidentId: 'rule-check' } };
      const first = await ana.remote.put(review);
      // A teammate saves the review next: allowed (reviews and incidents are the team's, not one agent's).
      await expect(ben.remote.put({ ...review, _rev: first.rev, by: 'ben' })).resolves.toMatchObject({ ok: true });
      await expect(ana.remote.put({ _id: 'review:bad', type: 'review', v: 2 })).rejects.toMatchObject({ status: 403 });
    } finally {
      const ddoc = (await server.admin('GET', `/${server.db}/_design/crisis-desk`)).body as { _rev: string };
      await server.admin('DELETE', `/${server.db}/_design/crisis-desk?rev=${ddoc._rev}`);
      for (const x of agents.splice(0)) await x.close();
    }
  }, SLOW);
});
