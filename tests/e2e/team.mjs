/**
 * Team workspace e2e (issue 12): TWO instances of the built extension (two Chromium profiles, two
 * agents) against one CouchDB-compatible server on this machine's loopback (pouchdb-server, in
 * memory, on a free port: tests/team-server.mjs). Each browser reaches the server through its own
 * small TCP relay, so one agent can be taken offline (the relay drops every connection and
 * refuses new ones) while the other keeps working.
 *
 * Checked, through the real options page, side panel and background:
 * - server down at start, then a wrong password, are said in words; the right one connects;
 * - flagged mentions one agent captured reach the other's inbox;
 * - both agents claim the same mention at once: one wins, the other sees who has it within seconds;
 * - a 50 MB document the server refuses (413): said so, kept on the device, replication goes on;
 * - one agent offline changes statuses, comes back: both inboxes converge (latest by the clock);
 * - the database deleted: said so; created again by the admin, it is filled from the replicas.
 *
 * The oversized document is written through the e2e build's hook (entrypoints/background/
 * e2e-hooks.ts `debug/team-put-raw`): nothing the extension itself writes can be that large
 * (lib/team/doc-size.ts refuses it first), which is the point of the check. The host permission
 * for http://127.0.0.1 is granted in a copy of the build's manifest: headless Chromium cannot
 * answer the permission prompt (the options page still asks; a held permission resolves at once).
 *
 * Ends with `e2e-team: N passed, M failed` (scripts/test-all.mjs reads it). Exit 1 on failure.
 *
 *   node tests/e2e/team.mjs [--build]     (--build: run `wxt build --mode e2e` first)
 */
/* global chrome -- inside page.evaluate, which runs in the extension page */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startTeamServer } from '../team-server.mjs';
import * as h from './harness.mjs';
import { createSuite } from './runner.mjs';

const E2E_BUILD = path.join(h.ROOT, '.output/chrome-mv3-e2e');
const USERS = { ana: 'pw-ana-2026', ben: 'pw-ben-2026' };
/** "Within seconds" (the issue): generous for a loaded 2-core machine, still far under a minute. */
const CLAIM_SEEN_WITHIN_MS = 15_000;
const HUGE_BYTES = 50 * 1024 * 1024;

const suite = createSuite('e2e-team', { testTimeoutMs: 120_000, suiteTimeoutMs: 600_000 });
const { test } = suite;
const figures = [];

/** A TCP relay from a free loopback port to the server: `down()` cuts and refuses, `up()` relays. */
async function relay(targetPort) {
  const sockets = new Set();
  let open = true;
  const server = createServer((client) => {
    if (!open) return client.destroy();
    const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    down() {
      open = false;
      for (const s of sockets) s.destroy();
    },
    up() {
      open = true;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** One agent: a browser profile with the extension, its relay, its options page and side panel. */
async function startAgent(name, extensionPath, server) {
  const link = await relay(server.port);
  const session = await h.launchWithExtension({ extensionPath, allowLoopback: true });
  const options = await session.browser.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`, { waitUntil: 'load' });
  await options.waitForSelector('[data-testid="team-settings"]');
  return {
    name,
    link,
    session,
    options,
    panel: undefined,
    dbUrl: `http://127.0.0.1:${link.port}/${server.db}`,
    async close() {
      await session.close();
      await link.close();
    },
  };
}

async function signIn(agent, password) {
  const page = agent.options;
  await page.bringToFront();
  const set = async (testId, value) => {
    const input = await page.waitForSelector(`[data-testid="${testId}"] input`);
    await input.click({ clickCount: 3 });
    await input.press('Backspace');
    await input.type(value);
  };
  await set('team-db-url', agent.dbUrl);
  await set('team-name', agent.name);
  await set('team-password', password);
  await page.click('[data-testid="team-sign-in-button"]');
}

const stateOf = (page) => page.$eval('[data-testid="team-state"]', (e) => ({ state: e.dataset.state, error: e.dataset.error ?? '', text: e.textContent }));
const send = (page, msg) => page.evaluate((m) => chrome.runtime.sendMessage(m), msg);

async function rowOf(agent, id) {
  const rows = await h.readMentions(agent.options);
  return rows.find((r) => r.id === id);
}

/** Strongly negative complaints, so they are flagged whatever the analyser's details. */
function complaints(n) {
  const texts = [
    'My order never arrived and support ignores me. Terrible service, I want a refund now!',
    'The charger caught fire last night. This is dangerous and unacceptable, awful product.',
    'Worst purchase ever: broken on arrival, refund refused, furious and disappointed.',
    'Still no parcel after three weeks, horrible experience, never buying from you again.',
    'Scam! The item is fake and customer service is useless. Terrible, terrible company.',
  ];
  return texts.slice(0, n).map((text, i) => ({
    id: `x:18904591116716565${String(10 + i)}`,
    platform: 'x',
    permalink: `https://x.com/angry_customer_${i}/status/18904591116716565${String(10 + i)}`,
    authorHandle: `angry_customer_${i}`,
    text,
    postedAt: new Date(Date.now() - (i + 1) * 60_000).toISOString(),
    langHint: 'en',
    kind: 'post',
  }));
}

const ctx = { server: undefined, ana: undefined, ben: undefined, dir: undefined, mentions: complaints(5) };
const ids = () => ctx.mentions.map((m) => m.id);

async function openPanel(agent) {
  agent.panel = await h.openSidePanel(agent.session.browser, agent.session.extensionId);
  await agent.panel.bringToFront();
  await agent.panel.waitForSelector('[data-testid="team-bar"]', { timeout: 20_000 });
  // Show what teammates are on: this test watches every row.
  await agent.panel.click('[data-testid="team-show-teammates"]');
}

/**
 * Click a row's button once it can be clicked: the inbox re-renders a row when the team's state
 * changes (sync state, a replicated claim), and a click that lands while its node is being
 * replaced fails with "not clickable". Retried for a few seconds; any other error is thrown.
 */
async function clickRow(page, selector) {
  await page.waitForSelector(selector, { visible: true, timeout: 15_000 });
  for (let tries = 0; ; tries++) {
    try {
      return await page.click(selector);
    } catch (err) {
      if (tries >= 20 || !/not clickable|detached/i.test(String(err?.message))) throw err;
      await h.sleep(250);
    }
  }
}

const rowSel = (id) => `[data-testid="mention-row"][data-mention-id="${id}"]`;

// ---------------------------------------------------------------------------------------------

test('server down at start: the sign-in says the server does not answer', async () => {
  ctx.ana.link.down();
  await signIn(ctx.ana, USERS.ana);
  const error = await ctx.ana.options.waitForSelector('[data-testid="team-error"]', { timeout: 20_000 });
  assert.match(await error.evaluate((e) => e.textContent), /The server does not answer/);
  ctx.ana.link.up();
});

test('a wrong password is said in words; the right one connects both agents', async () => {
  await signIn(ctx.ana, 'not-the-password');
  await h.until(async () => /Wrong user name or password/.test(await ctx.ana.options.$eval('[data-testid="team-error"]', (e) => e.textContent).catch(() => '')), {
    timeout: 20_000,
    what: 'the wrong-password message',
  });
  await signIn(ctx.ana, USERS.ana);
  await signIn(ctx.ben, USERS.ben);
  for (const agent of [ctx.ana, ctx.ben]) {
    await h.until(async () => (await stateOf(agent.options).catch(() => ({}))).state === 'live', { timeout: 30_000, what: `${agent.name} up to date` });
    const signed = await agent.options.$eval('[data-testid="team-signed-in"]', (e) => e.textContent);
    assert.equal(signed, `Signed in as ${agent.name} to 127.0.0.1:${agent.link.port}/${ctx.server.db}`);
  }
  // The password is kept nowhere the extension can read.
  const stored = JSON.stringify(await ctx.ana.options.evaluate(() => chrome.storage.local.get(null)));
  assert.ok(!stored.includes(USERS.ana), 'the password is in storage.local');
});

test('flagged mentions one agent captured reach the other agent’s inbox', async () => {
  const reply = await send(ctx.ana.options, { type: 'mentions/ingest', page: { url: 'https://x.com/search?q=acme', platform: 'x', pageType: 'search' }, mentions: ctx.mentions });
  assert.equal(reply.ok, true, JSON.stringify(reply));
  assert.ok(reply.verdicts.every((v) => v.flagged), `not all flagged: ${JSON.stringify(reply.verdicts)}`);
  const t0 = Date.now();
  await h.until(async () => (await Promise.all(ids().map((id) => rowOf(ctx.ben, id)))).every((r) => r?.team?.capturedBy === 'ana'), {
    timeout: 30_000,
    what: 'ana’s mentions in ben’s inbox',
  });
  figures.push(`mentions captured by ana in ben's inbox after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await openPanel(ctx.ana);
  await openPanel(ctx.ben);
  await ctx.ben.panel.waitForSelector(`${rowSel(ids()[0])} [data-testid="team-claim"]`, { timeout: 20_000 });
});

test('an incident one agent saves reaches the other, and so does its review', async () => {
  const file = await ctx.ana.options.evaluate(async () => (await fetch(chrome.runtime.getURL('examples/incident.json'))).json());
  const saved = await send(ctx.ana.options, { type: 'incident/save-file', file, by: 'ana' });
  assert.equal(saved.ok, true, JSON.stringify(saved));
  const t0 = Date.now();
  const onBen = await h.until(async () => (await h.readStore(ctx.ben.options, 'incidents')).find((i) => i.id === file.id), { timeout: 30_000, what: 'the incident in ben’s incidents' });
  figures.push(`incident saved by ana in ben's incidents after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  assert.equal(onBen.statement.version, 1);
  assert.equal(onBen.crisisMode, false);
  // The report's review (its own storage item) travels too.
  const key = `incidentReview:${file.id}`;
  const review = { schemaVersion: 1, incidentId: file.id, whatWorked: 'Holding statement out in 20 minutes.', challenges: '', teamSupportNote: '', channels: '', updatedAt: new Date().toISOString(), updatedBy: 'ana' };
  await ctx.ana.options.evaluate((k, v) => chrome.storage.local.set({ [k]: v }), key, review);
  await h.until(async () => (await ctx.ben.options.evaluate((k) => chrome.storage.local.get(k), key))[key]?.whatWorked === review.whatWorked, { timeout: 30_000, what: 'ana’s review in ben’s storage' });
});

test('both claim the same mention at once: one wins, the other sees who has it within seconds', async () => {
  const id = ids()[0];
  await ctx.ana.panel.waitForSelector(`${rowSel(id)} [data-testid="team-claim"]`, { timeout: 20_000 });
  // Each panel is the front tab of its own browser.
  await Promise.all([ctx.ana.panel.bringToFront(), ctx.ben.panel.bringToFront()]);
  const t0 = Date.now();
  await Promise.all([ctx.ana.panel.click(`${rowSel(id)} [data-testid="team-claim"]`), ctx.ben.panel.click(`${rowSel(id)} [data-testid="team-claim"]`)]);
  const claimedBy = (agent) => agent.panel.$eval(rowSel(id), (e) => e.querySelector('[data-testid="team-row"]')?.getAttribute('data-claimed-by') ?? '').catch(() => '');
  let winner;
  await h.until(
    async () => {
      const [a, b] = await Promise.all([claimedBy(ctx.ana), claimedBy(ctx.ben)]);
      if (a && a === b) winner = a;
      return winner;
    },
    { timeout: CLAIM_SEEN_WITHIN_MS, what: 'both panels agreeing who has it' },
  );
  const seconds = (Date.now() - t0) / 1000;
  const loser = winner === 'ana' ? ctx.ben : ctx.ana;
  const lost = await loser.panel.waitForSelector(`${rowSel(id)} [data-testid="team-lost-claim"]`, { timeout: CLAIM_SEEN_WITHIN_MS });
  assert.match(await lost.evaluate((e) => e.textContent), new RegExp(`came second: ${winner} has it`));
  const winnerAgent = winner === 'ana' ? ctx.ana : ctx.ben;
  assert.equal(await winnerAgent.panel.$eval(`${rowSel(id)} [data-testid="team-claimed-by"]`, (e) => e.textContent), 'You are on it');
  figures.push(`simultaneous claims: ${winner} won; both panels agreed after ${seconds.toFixed(1)} s`);
});

test('a 50 MB document the server refuses: said so, kept on the device, replication goes on', async () => {
  const put = await send(ctx.ana.options, { type: 'debug/team-put-raw', id: 'incident:e2e-huge', fill: HUGE_BYTES });
  assert.equal(put.ok, true, JSON.stringify(put));
  const refused = await ctx.ana.options.waitForSelector('[data-testid="team-refused"]', { timeout: 90_000 });
  const text = await refused.evaluate((e) => e.textContent);
  assert.match(text, /incident:e2e-huge \(52\.4 MB\): the server refused it/);
  assert.equal((await ctx.server.admin('GET', `/${ctx.server.db}/incident:e2e-huge`)).status, 404);
  // Later work still goes through.
  const id = ids()[1];
  await ctx.ana.panel.bringToFront();
  await clickRow(ctx.ana.panel, `${rowSel(id)} [data-testid="team-claim"]`);
  await h.until(async () => (await rowOf(ctx.ben, id))?.team?.claimedBy === 'ana', { timeout: 30_000, what: 'ana’s next claim at ben’s' });
});

test('one agent offline changes statuses, comes back: both inboxes converge', async () => {
  const [, , m3, m4, m5] = ids();
  ctx.ben.link.down();
  await h.until(async () => ['offline', 'syncing', 'error'].includes((await stateOf(ctx.ben.options)).state), { timeout: 45_000, what: 'ben to notice he is offline' });
  // Offline, ben answers m3 and escalates m4; his inbox shows it at once.
  await ctx.ben.panel.bringToFront();
  await clickRow(ctx.ben.panel, `${rowSel(m3)} [data-testid="team-replied"]`);
  await clickRow(ctx.ben.panel, `${rowSel(m4)} [data-testid="team-escalate"]`);
  await h.until(async () => (await rowOf(ctx.ben, m4))?.team?.status === 'escalated', { timeout: 10_000, what: 'ben’s escalation in his own inbox' });
  // Online and later, ana dismisses m4 and answers m5.
  await h.sleep(50);
  await send(ctx.ana.panel, { type: 'team/set-status', id: m4, status: 'dismissed' });
  await send(ctx.ana.panel, { type: 'team/set-status', id: m5, status: 'replied' });
  const offline = await stateOf(ctx.ben.options);
  figures.push(`ben offline: his options page shows state "${offline.state}"${offline.error ? ` (${offline.error})` : ''}`);
  const t0 = Date.now();
  ctx.ben.link.up();
  const want = { [m3]: ['replied', 'ben', 'handled'], [m4]: ['dismissed', 'ana', 'dismissed'], [m5]: ['replied', 'ana', 'handled'] };
  for (const agent of [ctx.ana, ctx.ben]) {
    await h.until(
      async () => {
        for (const [id, [status, by, local]] of Object.entries(want)) {
          const r = await rowOf(agent, id);
          if (r?.team?.status !== status || r.team.statusBy !== by || r.status !== local) return false;
        }
        return true;
      },
      { timeout: 90_000, what: `${agent.name}'s inbox to converge` },
    );
  }
  figures.push(`ben back online: both inboxes converged after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
});

test('the database deleted: said so; created again, it is filled from the replicas', async () => {
  // Deleted while nobody is connected (pouchdb-server crashes on a long-poll racing a deletion:
  // tests/team-server.mjs); the browsers then meet the missing database as they would CouchDB's.
  ctx.ana.link.down();
  ctx.ben.link.down();
  await h.sleep(1_000);
  await ctx.server.deleteDb();
  ctx.ana.link.up();
  ctx.ben.link.up();
  // A tab in the background gets no frames in headless Chromium, and a click waits for one.
  await ctx.ana.options.bringToFront();
  await ctx.ana.options.click('[data-testid="team-sync-now"]');
  await h.until(async () => (await stateOf(ctx.ana.options)).error === 'db-missing', { timeout: 60_000, what: 'db-missing on ana’s options page' });
  assert.match((await stateOf(ctx.ana.options)).text, /The team database does not exist/);
  await ctx.server.createDb();
  // No click needed: the replication's next try (at most 30 s away) fills the new database.
  await h.until(
    async () => {
      const res = await ctx.server.admin('GET', `/${ctx.server.db}/_all_docs`);
      const got = new Set((res.body.rows ?? []).map((r) => r.id));
      return ids().every((id) => got.has(`mention:${id}`));
    },
    { timeout: 60_000, what: 'the mentions back on the server' },
  );
});

await suite.run({
  async setup(started) {
    if (process.argv.includes('--build')) {
      const b = spawnSync('npx', ['--no-install', 'wxt', 'build', '--mode', 'e2e'], { cwd: h.ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
      if (b.status !== 0) throw new Error('`wxt build --mode e2e` failed');
      console.log(`e2e build in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    // The build with the loopback host permission granted (see the header).
    ctx.dir = await mkdtemp(path.join(os.tmpdir(), 'crisis-desk-team-ext-'));
    try {
      await cp(E2E_BUILD, ctx.dir, { recursive: true });
    } catch (err) {
      throw new Error(`no e2e build at ${E2E_BUILD} (\`npm run build:e2e\` or pass --build): ${err.message}`, { cause: err });
    }
    const manifestPath = path.join(ctx.dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    assert.ok(manifest.optional_host_permissions?.includes('http://127.0.0.1/*'), 'the build does not offer http://127.0.0.1 as an optional host');
    manifest.host_permissions = ['http://127.0.0.1/*'];
    await writeFile(manifestPath, JSON.stringify(manifest));
    ctx.server = await startTeamServer({ users: USERS });
    console.log(`pouchdb-server on ${ctx.server.origin} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    ctx.ana = await startAgent('ana', ctx.dir, ctx.server);
    ctx.ben = await startAgent('ben', ctx.dir, ctx.server);
    return {
      async close() {
        await ctx.ana?.close().catch(() => undefined);
        await ctx.ben?.close().catch(() => undefined);
        await ctx.server?.close().catch(() => undefined);
        await rm(ctx.dir, { recursive: true, force: true });
      },
    };
  },
  after() {
    for (const f of figures) console.log(`     ${f}`);
  },
});
