/**
 * Surge e2e (issue 4): replay two days of mentions into the BUILT extension until a surge fires,
 * then check the toolbar badge, the Alerts view, the chart and "why this spike".
 *
 * Buckets are by posted time and close 15 minutes after they end on the background's clock, late
 * mentions are not counted, and the Balanced detector warms up for a day, so a real-time replay
 * cannot fire in a test. The dedicated e2e build (`npm run build:e2e`, .output/chrome-mv3-e2e)
 * lets an extension page move the background's clock (entrypoints/background/e2e-hooks.ts); every
 * mention still goes through the ordinary `mentions/ingest` message, analysis, storage and surge
 * engine. Test 1 proves the production build (.output/chrome-mv3) has none of that hook.
 *
 * Ends with `e2e-surge: N passed, M failed` (the line scripts/test-all.mjs reads). Exit 1 on failure.
 *
 *   npx wxt build && node tests/e2e/surge.mjs --build     (--build: run `wxt build --mode e2e` first)
 */
/* global chrome -- inside page.evaluate, which runs in the extension page */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { X_HOME } from './expectations.mjs';
import * as h from './harness.mjs';
import { createSuite } from './runner.mjs';
import { BUCKET_MS, BURST_TERM, HOUR_MS, generateStream } from './surge-stream.mjs';

// The detector's hour-of-day profile uses the browser's time zone; pin it so the replay (and its
// verdicts) are the same on every machine. Puppeteer passes our environment to Chromium.
process.env.TZ = 'UTC';

const E2E_BUILD = path.join(h.ROOT, '.output/chrome-mv3-e2e');
/** entrypoints/background/e2e-hooks.ts E2E_MARKER and its message types (the team e2e's too). */
const HOOK_STRINGS = ['crisis-desk-e2e-hooks', 'debug/set-clock', 'debug/surge-tick', 'debug/team-put-raw'];

/** Replay: the background clock moves in 15-minute steps (the grace period, lib/alerts/buckets.ts),
 * and each step ingests what was posted in the 15 minutes before it, so nothing is late. */
const STEP_MS = 15 * 60_000;
const HISTORY_HOURS = 48; // two days: the Balanced warm-up is one (288 buckets)
const BURST_BUCKETS = 6; // 30 minutes of complaints at the end
const BURST_PER_BUCKET = 40;
/** The replay ends at the last 15:00 UTC before now (a weekday-afternoon surge; whole-day shifts
 * give the detector the same input, so the outcome does not depend on when the suite runs). */
const END_HOUR_UTC = 15;
const STEPS_PER_CALL = 24;

const TEST_TIMEOUT_MS = 120_000;
const SUITE_TIMEOUT_MS = 300_000;

const SEL = {
  alertsTab: '#cd-tab-alerts',
  row: '[data-testid="alert-row"]',
  detail: '[data-testid="alert-detail"]',
  chart: '[data-testid="alert-chart"]',
  why: '[data-testid="alert-why"]',
};

const suite = createSuite('e2e-surge', { testTimeoutMs: TEST_TIMEOUT_MS, suiteTimeoutMs: SUITE_TIMEOUT_MS });
const { test } = suite;
const ctx = {
  /** @type {import('puppeteer-core').Browser} */ browser: undefined,
  extensionId: '',
  /** The side panel in a tab: sends the replay, then shows the alert. */
  panel: undefined,
  router: new h.FixtureRouter(),
  end: 0,
  burstStart: 0,
};

function replayWindow() {
  const day = 86_400_000;
  let end = Math.floor(Date.now() / day) * day + END_HOUR_UTC * HOUR_MS;
  if (end > Date.now()) end -= day;
  return { start: end - HISTORY_HOURS * HOUR_MS, end, burstStart: end - BURST_BUCKETS * BUCKET_MS };
}

/** Messages from the panel page, exactly as the panel itself sends them. */
function send(page, msg) {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), msg);
}

async function alertRows() {
  const rows = await ctx.panel.$$eval(SEL.row, (els) =>
    els.map((e) => ({ id: e.getAttribute('data-alert-id'), status: e.getAttribute('data-status'), text: e.textContent })),
  );
  return rows;
}

// ---------------------------------------------------------------------------------------------

test('the production build has no e2e hook; the e2e build has it', async () => {
  // The same build run.mjs tests (CRISIS_DESK_EXTENSION, harness.mjs).
  const prod = path.join(process.env.CRISIS_DESK_EXTENSION ?? h.CHROME_BUILD, 'background.js');
  assert.ok(existsSync(prod), `no production build at ${prod}: run \`npx wxt build\` first`);
  const prodJs = readFileSync(prod, 'utf8');
  const e2eJs = readFileSync(path.join(E2E_BUILD, 'background.js'), 'utf8');
  for (const s of HOOK_STRINGS) {
    assert.ok(!prodJs.includes(s), `production background.js contains "${s}"`);
    // Otherwise the check above would pass for the wrong reason (a renamed message).
    assert.ok(e2eJs.includes(s), `e2e background.js lacks "${s}"`);
  }
});

test('a malformed debug message is refused by name', async () => {
  // Senders other than our own pages are refused too (tests/unit/background/e2e-hooks.test.ts).
  const bad = await send(ctx.panel, { type: 'debug/set-clock', at: 'yesterday' });
  assert.equal(bad.ok, false);
  assert.match(bad.error, /malformed debug message/);
});

test(`replay ${HISTORY_HOURS} h of mentions through mentions/ingest until a surge fires`, async () => {
  const { start, end, burstStart } = replayWindow();
  ctx.end = end;
  ctx.burstStart = burstStart;
  const stream = generateStream({ start, end, burstStart, burstPerBucket: BURST_PER_BUCKET, seed: 3 });
  const steps = [];
  for (let now = start + STEP_MS, i = 0; now <= end; now += STEP_MS) {
    const batch = [];
    while (i < stream.length && Date.parse(stream[i].postedAt) < now) batch.push(stream[i++]);
    steps.push({ at: new Date(now).toISOString(), mentions: batch });
  }
  const page = { url: 'https://x.com/search?q=voltra&f=live', platform: 'x', pageType: 'search' };
  let stored = 0;
  let firstAlertAt;
  const t0 = Date.now();
  for (let k = 0; k < steps.length; k += STEPS_PER_CALL) {
    // Several steps per evaluate: one CDP round trip per 6 virtual hours, not per message.
    const replies = await ctx.panel.evaluate(
      async (chunk, pageInfo) => {
        const out = [];
        for (const s of chunk) {
          const clock = await chrome.runtime.sendMessage({ type: 'debug/set-clock', at: s.at });
          const ingest = s.mentions.length
            ? await chrome.runtime.sendMessage({ type: 'mentions/ingest', page: pageInfo, mentions: s.mentions })
            : { ok: true, stored: 0, rejected: [] };
          const tick = await chrome.runtime.sendMessage({ type: 'debug/surge-tick' });
          out.push({ at: s.at, clock, ingest: { ok: ingest.ok, stored: ingest.stored, rejected: ingest.rejected?.length, error: ingest.error }, tick, badge: await chrome.action.getBadgeText({}) });
        }
        return out;
      },
      steps.slice(k, k + STEPS_PER_CALL),
      page,
    );
    for (const r of replies) {
      assert.equal(r.clock.ok, true, `set-clock at ${r.at}: ${r.clock.error}`);
      assert.equal(r.ingest.ok, true, `ingest at ${r.at}: ${r.ingest.error}`);
      assert.equal(r.ingest.rejected, 0, `ingest at ${r.at} rejected mentions`);
      assert.equal(r.tick.ok, true, `tick at ${r.at}: ${r.tick.error}`);
      stored += r.ingest.stored;
      if (!firstAlertAt && r.badge.startsWith('!')) firstAlertAt = r.at;
    }
  }
  const quietUntil = new Date(burstStart).toISOString();
  console.log(
    `     replayed ${stream.length} mentions (${stream.length - BURST_BUCKETS * BURST_PER_BUCKET} baseline, ` +
      `${BURST_BUCKETS * BURST_PER_BUCKET} burst from ${quietUntil}) in ${steps.length} steps, ${((Date.now() - t0) / 1000).toFixed(1)} s; ` +
      `first alert badge at ${firstAlertAt ?? 'never'}`,
  );
  assert.equal(stored, stream.length, 'every generated mention is stored once');
  assert.ok(firstAlertAt, 'no alert badge during the replay');
  // No alert in the quiet day and a half; the first one within 15 minutes of the burst starting.
  assert.ok(firstAlertAt > quietUntil, `an alert fired during the baseline (${firstAlertAt})`);
  assert.ok(Date.parse(firstAlertAt) - burstStart <= STEP_MS, `alert came late: ${firstAlertAt}`);
});

test('the toolbar badge shows the open alerts', async () => {
  const text = await ctx.panel.evaluate(() => chrome.action.getBadgeText({}));
  const color = await ctx.panel.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
  await ctx.panel.click(SEL.alertsTab);
  await h.until(async () => (await ctx.panel.$$(SEL.row)).length > 0, { what: 'alert rows' });
  const open = (await alertRows()).filter((a) => a.status === 'open');
  // lib/alerts/lifecycle.ts badgeFor: "!<open alerts>" on orange (#e65100).
  assert.equal(text, `!${open.length}`);
  assert.deepEqual(color, [0xe6, 0x51, 0x00, 255]);
});

test('the Alerts view lists one alert for the brand scope, starting with the burst', async () => {
  const rows = await alertRows();
  const brand = rows.filter((r) => r.id?.startsWith('all|'));
  assert.equal(brand.length, 1, `brand alerts: ${JSON.stringify(rows.map((r) => r.id))}`);
  // lib/alerts/lifecycle.ts alertId: `${scope}|${onset bucket start}`.
  assert.equal(Number(brand[0].id.split('|')[1]), ctx.burstStart, `brand alert ${brand[0].id} starts at the first burst bucket`);
  assert.equal(brand[0].status, 'open');
  // Every alert is about the burst, none about the quiet baseline.
  for (const r of rows) assert.ok(Number(r.id.split('|')[1]) >= ctx.burstStart, `alert before the burst: ${r.id}`);
  console.log(`     alerts: ${rows.map((r) => r.id.replace(/\|\d+$/, '')).join(', ')}`);
});

test('opening the alert shows the chart (uPlot canvas) and why this spike names the burst', async () => {
  const id = (await alertRows()).find((r) => r.id.startsWith('all|')).id;
  await ctx.panel.click(`${SEL.row}[data-alert-id="${id}"]`);
  await ctx.panel.waitForSelector(`${SEL.detail}[data-alert-id="${id}"]`, { timeout: 10_000 });
  await ctx.panel.waitForSelector(`${SEL.chart} canvas`, { timeout: 10_000 });
  const chart = await ctx.panel.$eval(SEL.chart, (el) => {
    const c = el.querySelector('canvas');
    return { points: Number(el.getAttribute('data-points')), width: c?.width ?? 0, height: c?.height ?? 0 };
  });
  assert.ok(chart.points >= BURST_BUCKETS, `chart has ${chart.points} points`);
  assert.ok(chart.width > 0 && chart.height > 0, `canvas is ${chart.width}x${chart.height}`);
  const why = await h.until(
    async () => {
      const t = await ctx.panel.$eval(SEL.why, (el) => el.textContent ?? '');
      return t.toLowerCase().includes(BURST_TERM) ? t : undefined;
    },
    { what: `"${BURST_TERM}" in why this spike` },
  );
  const terms = await ctx.panel.$$eval('[data-testid="alert-why-terms"] li', (els) => els.map((e) => e.textContent ?? ''));
  assert.ok(terms.length > 0, 'no terms');
  assert.ok(terms.some((t) => t.toLowerCase().includes(BURST_TERM)), `terms: ${terms.join(' | ')}`);
  console.log(`     chart ${chart.points} points, canvas ${chart.width}x${chart.height}; why: ${why.replace(/\s+/g, ' ').slice(0, 160)}`);
});

test('a saved X timeline opened afterwards is counted as late, not as a new surge', async () => {
  const before = await listAfterReload();
  assert.equal(before.late, undefined, 'nothing was late during the replay');
  const host = await h.newHostPage(ctx.browser, ctx.router);
  try {
    // Posts from February 2025: their buckets closed long before the background's clock.
    await h.openHostPage(host, X_HOME.url, { expected: X_HOME.ids.length });
  } finally {
    await host.close();
  }
  const tick = await send(ctx.panel, { type: 'debug/surge-tick' });
  assert.equal(tick.ok, true);
  const after = await listAfterReload();
  assert.deepEqual(after.ids, before.ids, 'the alerts changed after the saved page');
  // runtime/alerts-data.ts: the brand scope's late tally, shown under the list.
  assert.match(after.late ?? '', new RegExp(`^${X_HOME.ids.length} mentions arrived after their 5-minute bucket had closed`));
});

/** Reload the panel on the Alerts tab: the alert ids and the "late" note (undefined when none). */
async function listAfterReload() {
  await ctx.panel.goto(h.sidePanelUrl(ctx.extensionId), { waitUntil: 'load' });
  await ctx.panel.waitForSelector(SEL.alertsTab);
  await ctx.panel.click(SEL.alertsTab);
  await h.until(async () => (await ctx.panel.$$(SEL.row)).length > 0, { what: 'alert rows' });
  // Give the settings block time to appear: the late note renders in the same pass.
  await ctx.panel.waitForSelector('.cd-alert-settings');
  const ids = (await alertRows()).map((r) => r.id).sort();
  const late = await ctx.panel.$$eval('#cd-tabpanel-alerts p.cd-muted.cd-small', (els) =>
    els.map((e) => e.textContent ?? '').find((t) => /arrived after/.test(t)),
  );
  return { ids, late };
}

// ---------------------------------------------------------------------------------------------
// Runner

await suite.run({
  async setup(started) {
    if (process.argv.includes('--build')) {
      const b = spawnSync('npx', ['--no-install', 'wxt', 'build', '--mode', 'e2e'], { cwd: h.ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
      if (b.status !== 0) throw new Error('`wxt build --mode e2e` failed');
      console.log(`e2e build in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    ctx.router.addPages([h.PAGES.xHome]);
    let session;
    try {
      session = await h.launchWithExtension({ extensionPath: E2E_BUILD });
    } catch (err) {
      throw new Error(`${err.message} (the e2e build: \`npm run build:e2e\` or pass --build)`, { cause: err });
    }
    ctx.browser = session.browser;
    ctx.extensionId = session.extensionId;
    ctx.panel = await h.openSidePanel(ctx.browser, ctx.extensionId).catch(async (err) => {
      await session.close();
      throw err;
    });
    console.log(`e2e build ${ctx.extensionId} loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return session;
  },
});
