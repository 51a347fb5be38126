/**
 * Signed template packs e2e (issue 12), on the production build (.output/chrome-mv3): an approver
 * makes a key and signs a pack with the CLI (`crisis-desk pack keygen`, `pack sign`), the options
 * page pins the key and subscribes to the pack at an https address, and the background's pack job
 * fetches it — through request interception, so nothing leaves the machine. Then:
 *
 * - version 1 is applied (the subscription says "Up to date", version 1, what version 1 brought);
 * - version 2 (a changed text and a revoked template) arrives on "Refresh now", with
 *   If-None-Match carrying version 1's ETag, and its diff is shown;
 * - the address breaks: a tampered copy (changed after signing), then an HTML error page — each
 *   time version 2 stays in use and the subscription shows the reason; a replayed version 1 is
 *   refused as older;
 * - axe-core finds no serious or critical violation on the page in that state.
 *
 * Two things a test cannot do as a user would, and how they are bridged:
 * - The background's fetch runs in the service worker, which page interception cannot see: the
 *   test attaches to the worker over the DevTools protocol and answers its requests (Fetch domain).
 * - Chromium's permission prompt for an optional host is browser UI that no automation API can
 *   click (puppeteer#5054, devtools-protocol#76). The test loads a copy of the build whose manifest
 *   also lists the test host under host_permissions, so `permissions.request` for it resolves
 *   true at once, as after a user's "Allow"; everything else is the build as shipped.
 *
 * Ends with `e2e-packs: N passed, M failed` (the line scripts/test-all.mjs reads).
 *
 *   npx wxt build && node tests/e2e/packs.mjs
 */
/* global chrome -- inside page.evaluate, which runs in the extension page */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as h from './harness.mjs';
import { createSuite } from './runner.mjs';

const HOST = 'https://packs.crisis-desk.test';
const PACK_URL = `${HOST}/team/voltpro.json`;
const CLI = path.join(h.ROOT, 'bin/crisis-desk.js');

const suite = createSuite('e2e-packs', { testTimeoutMs: 60_000, suiteTimeoutMs: 240_000 });
const { test } = suite;
const ctx = {
  browser: undefined,
  extensionId: '',
  options: undefined,
  tmp: '',
  keyId: '',
  /** What the pack host answers now: { status, headers, body }. */
  answer: undefined,
  /** Every request the worker made to the host: { url, ifNoneMatch }. */
  requests: [],
  signed: {},
};

// ---------------------------------------------------------------------------------------------
// The approver's side: the CLI as shipped

function cli(...args) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ctx.tmp, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`crisis-desk ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** The example pack at `version`, changed by `change`, signed by the test's approver key. */
function signedPack(version, change = () => {}) {
  const pack = JSON.parse(readFileSync(path.join(h.ROOT, 'public/examples/pack.json'), 'utf8'));
  pack.version = version;
  change(pack);
  const file = path.join(ctx.tmp, `pack-v${version}.json`);
  writeFileSync(file, JSON.stringify(pack, null, 2) + '\n');
  cli('pack', 'sign', '--key', path.join(ctx.tmp, 'lena.key'), file);
  return readFileSync(file, 'utf8');
}

const json = (body, etag) => ({ status: 200, headers: { 'content-type': 'application/json', etag, 'cache-control': 'no-cache' }, body });

// ---------------------------------------------------------------------------------------------
// The pack host, answered inside the service worker

async function interceptWorker(target) {
  const cdp = await target.createCDPSession();
  cdp.on('Fetch.requestPaused', (e) => {
    const ifNoneMatch = Object.entries(e.request.headers).find(([k]) => k.toLowerCase() === 'if-none-match')?.[1];
    ctx.requests.push({ url: e.request.url, ifNoneMatch });
    const a = ctx.answer ?? { status: 404, headers: { 'content-type': 'text/plain' }, body: 'no pack here' };
    const notModified = ifNoneMatch !== undefined && ifNoneMatch === a.headers.etag;
    cdp
      .send('Fetch.fulfillRequest', {
        requestId: e.requestId,
        responseCode: notModified ? 304 : a.status,
        responseHeaders: Object.entries(a.headers).map(([name, value]) => ({ name, value })),
        ...(notModified ? {} : { body: Buffer.from(a.body, 'utf8').toString('base64') }),
      })
      .catch((err) => console.error(`pack host: ${err.message}`));
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: `${HOST}/*` }] });
}

/** A copy of the build whose manifest grants the test host (see the header for why). */
function buildWithTestHost() {
  const copy = path.join(ctx.tmp, 'extension');
  cpSync(h.CHROME_BUILD, copy, { recursive: true });
  const manifestPath = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  // https hosts are asked for when a subscription is added; plain http only on loopback (the team
  // workspace's local servers), never any other http host.
  assert.ok(manifest.optional_host_permissions.includes('https://*/*'), 'the build asks for https hosts when needed');
  assert.deepEqual(
    manifest.optional_host_permissions.filter((p) => p.startsWith('http:')).sort(),
    ['http://127.0.0.1/*', 'http://localhost/*'],
    'plain http only on loopback',
  );
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `${HOST}/*`];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return copy;
}

// ---------------------------------------------------------------------------------------------
// The options page

const SEL = {
  keyInput: '[data-testid="pack-key-input"]',
  keyLabel: '[data-testid="pack-key-label"]',
  keyPin: '[data-testid="pack-key-pin"]',
  keyPreview: '[data-testid="pack-key-preview"]',
  key: '[data-testid="pack-key"]',
  subUrl: '[data-testid="pack-sub-url"]',
  subAdd: '[data-testid="pack-sub-add"]',
  sub: '[data-testid="pack-sub"]',
  pack: '[data-testid="pack"]',
};

/** The subscription row and the pack row as the user reads them. */
async function shown() {
  return ctx.options.evaluate(() => {
    const text = (el) => el?.textContent?.trim() ?? '';
    const sub = document.querySelector('[data-testid="pack-sub"]');
    const pack = document.querySelector('[data-testid="pack"]');
    return {
      state: sub?.getAttribute('data-state'),
      stateText: text(sub?.querySelector('[data-testid="pack-sub-state"]')),
      version: text(sub?.querySelector('[data-testid="pack-sub-version"]')),
      errorCode: sub?.querySelector('[data-testid="pack-sub-last-error"]')?.getAttribute('data-code') ?? null,
      errorText: text(sub?.querySelector('[data-testid="pack-sub-last-error"]')),
      packVersion: pack?.getAttribute('data-version'),
      packInUse: pack?.getAttribute('data-in-use'),
      diffTitle: text(pack?.querySelector('[data-testid="pack-diff"] h4')),
      diffChanged: text(pack?.querySelector('[data-testid="pack-diff-changed"]')),
      diffRetired: text(pack?.querySelector('[data-testid="pack-diff-retired"]')),
      fallback: Boolean(document.querySelector('[data-testid="pack-fallback"]')),
    };
  });
}

async function waitShown(check, what) {
  let last;
  await h.until(async () => ((last = await shown()), check(last)), { timeout: 20_000, what: `${what} (last seen: ${JSON.stringify(last)})` });
  return last;
}

async function refreshNow() {
  await ctx.options.click('[data-testid="pack-sub-refresh"]');
}

/** What the replies UI will read: the stored packs, from the extension's storage. */
async function storedPacks() {
  return ctx.options.evaluate(async () => (await chrome.storage.local.get('packs')).packs ?? []);
}

test('the approver key made with the CLI is pinned in the options: its key id is shown as keygen printed it', async () => {
  assert.equal((await shown()).fallback, true, 'first run: the bundled example pack is in use');
  await ctx.options.type(SEL.keyInput, readFileSync(path.join(ctx.tmp, 'lena.pub'), 'utf8'));
  await ctx.options.waitForFunction((sel, id) => document.querySelector(sel)?.textContent === `Key id: ${id}`, { timeout: 10_000 }, SEL.keyPreview, ctx.keyId);
  await ctx.options.type(SEL.keyLabel, 'Lena Wu (Legal)');
  await ctx.options.click(SEL.keyPin);
  await ctx.options.waitForFunction((sel, id) => document.querySelector(sel)?.textContent?.includes(id), { timeout: 10_000 }, SEL.key, ctx.keyId);
  const keys = await ctx.options.evaluate(async () => (await chrome.storage.local.get('packKeys')).packKeys);
  assert.deepEqual(keys.map((k) => [k.keyId, k.label]), [[ctx.keyId, 'Lena Wu (Legal)']]);
});

test('subscribe to the signed pack at an https address: version 1 applied, up to date, what it brought', async () => {
  ctx.answer = json(ctx.signed.v1, '"v1"');
  await ctx.options.type(SEL.subUrl, PACK_URL);
  await ctx.options.click(SEL.subAdd);
  const s = await waitShown((s) => s.packVersion === '1' && s.state === 'ok', 'version 1 in use');
  assert.equal(s.version, 'Version in use: 1');
  assert.equal(s.stateText, 'Up to date');
  assert.equal(s.packInUse, 'true');
  assert.equal(s.diffTitle, 'What version 1 brought');
  assert.equal(s.fallback, false);
  assert.deepEqual(ctx.requests.map((r) => [r.url, r.ifNoneMatch]), [[PACK_URL, undefined]]);
  const [stored] = await storedPacks();
  assert.equal(stored.verifiedKeyId, ctx.keyId, 'verified by the pinned key');
});

test('version 2 arrives on "Refresh now" (If-None-Match sent): applied, its diff shows the change and the revoked template', async () => {
  ctx.answer = json(ctx.signed.v2, '"v2"');
  await refreshNow();
  const s = await waitShown((s) => s.packVersion === '2', 'version 2 in use');
  assert.equal(s.state, 'ok');
  assert.equal(s.diffTitle, 'What version 2 changed (from version 1)');
  assert.equal(s.diffChanged, 'VP-20K: holding reply (X): text (English changed)');
  assert.equal(s.diffRetired, 'Sympathy, looking into it: revoked');
  assert.equal(ctx.requests.at(-1).ifNoneMatch, '"v1"');
  // Unchanged since: the server's 304 keeps everything as it is.
  await refreshNow();
  await h.until(() => ctx.requests.length === 3, { what: 'a third request' });
  assert.equal(ctx.requests.at(-1).ifNoneMatch, '"v2"');
  await h.until(async () => (await ctx.options.evaluate(async () => (await chrome.storage.local.get('packSubscriptions')).packSubscriptions[0].lastOutcome)) === 'not-modified', { what: 'not-modified recorded' });
  assert.equal((await shown()).packVersion, '2');
});

test('break it: a tampered copy is refused (bad signature) and version 2 stays in use, with the reason shown', async () => {
  ctx.answer = json(ctx.signed.v3.replace('we can send you a free replacement', 'we can send you a free upgrade'), '"v3-tampered"');
  await refreshNow();
  const s = await waitShown((s) => s.errorCode === 'bad-signature', 'the bad signature reported');
  assert.equal(s.state, 'failing');
  assert.equal(s.stateText, 'The last check failed; the last good pack stays in use');
  assert.match(s.errorText, /The signature does not match: the pack was changed after it was signed\./);
  assert.equal(s.packVersion, '2');
  assert.equal(s.version, 'Version in use: 2');
  assert.deepEqual((await storedPacks()).map((p) => p.version), [2]);
});

test('break it again: an HTML error page, then a replayed version 1 — each refused with its reason, version 2 kept', async () => {
  ctx.answer = { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', etag: '"html"' }, body: '<!doctype html><title>503</title><h1>Service unavailable</h1>' };
  await refreshNow();
  let s = await waitShown((s) => s.errorCode === 'html', 'the HTML page reported');
  assert.match(s.errorText, /returned a web page \(HTML\), not a pack file/);
  assert.equal(s.packVersion, '2');
  ctx.answer = json(ctx.signed.v1, '"v1-again"');
  await refreshNow();
  s = await waitShown((s) => s.errorCode === 'older-version', 'the replay reported');
  assert.match(s.errorText, /Version 1 is older than version 2 in use/);
  assert.equal(s.packVersion, '2');
  assert.deepEqual((await storedPacks()).map((p) => [p.version, p.verifiedKeyId]), [[2, ctx.keyId]]);
});

test('axe-core: no serious or critical violation on the options page with keys, a failing subscription and a diff', async () => {
  const source = await readFile(path.join(h.ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await ctx.options.evaluate(source);
  const violations = await ctx.options.evaluate(async () => {
    const res = await window.axe.run(document, { resultTypes: ['violations'] });
    return res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  assert.deepEqual(violations, []);
});

await suite.run({
  async setup() {
    ctx.tmp = mkdtempSync(path.join(os.tmpdir(), 'crisis-desk-e2e-packs-'));
    if (!existsSync(path.join(h.ROOT, 'dist/cli.cjs'))) {
      const built = spawnSync(process.execPath, [path.join(h.ROOT, 'scripts/build-cli.mjs')], { cwd: h.ROOT, stdio: 'ignore' });
      assert.equal(built.status, 0, 'the CLI did not build');
    }
    ctx.keyId = cli('pack', 'keygen', '--out', path.join(ctx.tmp, 'lena')).trim();
    ctx.signed.v1 = signedPack(1);
    ctx.signed.v2 = signedPack(2, (p) => {
      p.templates.find((t) => t.id === 'vp20k-holding-x').variants.en = 'Hi {{author.name}}, we are sorry for the worry. {{incident.summary}} Updates: {{incident.url}}';
      p.revoked = ['sorry-generic'];
    });
    ctx.signed.v3 = signedPack(3, (p) => (p.revoked = ['sorry-generic']));

    const session = await h.launchWithExtension({ extensionPath: buildWithTestHost() });
    ctx.browser = session.browser;
    ctx.extensionId = session.extensionId;
    await interceptWorker(session.serviceWorker);
    // A worker that Chromium stops and starts again is a new target: answer for it as well.
    ctx.browser.on('targetcreated', (t) => {
      if (t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${ctx.extensionId}/`)) void interceptWorker(t).catch((e) => console.error(`intercept: ${e.message}`));
    });
    ctx.options = await ctx.browser.newPage();
    await ctx.options.goto(`chrome-extension://${ctx.extensionId}/options.html`, { waitUntil: 'load' });
    await ctx.options.waitForSelector('[data-testid="packs-section"] [data-testid="pack-list"]', { timeout: 15_000 });
    return {
      close: async () => {
        await session.close();
        rmSync(ctx.tmp, { recursive: true, force: true });
      },
    };
  },
});
