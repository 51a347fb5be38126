/**
 * Surge e2e (issues 4 and 13): a fresh install first sees an old timeline (history, and the panel
 * says so); then two days of ordinary chatter about a brand are replayed into the BUILT extension,
 * followed by a burst of complaints about one charger in six languages. Checked as a brand monitor
 * reads it: one event (one row, the badge counts it once), "why this spike" naming the charger in
 * each language as words (never the brand or the baseline's "refund"), five distinct examples
 * linking to their originals, and the chart at 320 and 500 px in English and Chinese, which does not
 * flip back to "Loading…" when the data refreshes.
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
import { BUCKET_MS, BURST_TERMS, CJK_FRAGMENTS, HOUR_MS, NOT_TERMS, generateStream } from './surge-stream.mjs';

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
const BURST_PER_BUCKET = 60; // ~360 posts in six languages
/** The brand the monitor watches: every post names it, so it is the population, never a reason. */
const BRAND = 'Voltra';
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
  legend: '[data-testid="alert-chart-legend"] li',
  why: '[data-testid="alert-why"]',
  terms: '[data-testid="alert-why-terms"] li',
  examples: '[data-testid="alert-examples"] li',
  history: '[data-testid="alerts-history"]',
  late: '[data-testid="alerts-late"]',
};

const suite = createSuite('e2e-surge', { testTimeoutMs: TEST_TIMEOUT_MS, suiteTimeoutMs: SUITE_TIMEOUT_MS });
const { test } = suite;
const ctx = {
  /** @type {import('puppeteer-core').Browser} */ browser: undefined,
  extensionId: '',
  /** The side panel in a tab: sends the replay, then shows the alert. */
  panel: undefined,
  router: new h.FixtureRouter(),
  start: 0,
  end: 0,
  burstStart: 0,
};

/**
 * A side-panel page (in a tab) that reads the background's clock and, optionally, another UI
 * language. In the replay the background runs on a virtual clock (debug/set-clock) while the page
 * would read the real one; in real use both are the same clock, so the page's Date.now() is moved
 * to `at`. Headless Chromium ignores --lang, so the UI language is set where the panel reads it
 * (chrome.i18n.getUILanguage, runtime/ui-language.ts).
 */
async function openPanel({ at, lang, width = 400 }) {
  const page = await ctx.browser.newPage();
  await page.evaluateOnNewDocument(
    (virtualNow, uiLang) => {
      const offset = virtualNow - Date.now();
      const realNow = Date.now.bind(Date);
      Date.now = () => realNow() + offset;
      if (uiLang) chrome.i18n.getUILanguage = () => uiLang;
    },
    at,
    lang,
  );
  await page.setViewport({ width, height: 900 });
  await page.goto(h.sidePanelUrl(ctx.extensionId), { waitUntil: 'load' });
  await page.waitForSelector(SEL.alertsTab);
  await page.click(SEL.alertsTab);
  return page;
}

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

async function alertRows(page = ctx.panel) {
  return page.$$eval(SEL.row, (els) =>
    els.map((e) => ({ id: e.getAttribute('data-alert-id'), status: e.getAttribute('data-status'), scopes: (e.getAttribute('data-scopes') ?? '').split(' '), text: e.textContent })),
  );
}

/** Open the burst's event in `page` and wait for its chart to be drawn. */
async function openEvent(page) {
  await h.until(async () => (await page.$$(SEL.row)).length > 0, { what: 'alert rows' });
  const [row] = await alertRows(page);
  await page.click(`${SEL.row}[data-alert-id="${row.id}"]`);
  await page.waitForSelector(`${SEL.detail}[data-alert-id="${row.id}"]`, { timeout: 10_000 });
  await page.waitForSelector(`${SEL.chart} canvas`, { timeout: 10_000 });
  return row;
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

test('a fresh install opening an old timeline: its posts are history, and the panel says so', async () => {
  const { start, end, burstStart } = replayWindow();
  Object.assign(ctx, { start, end, burstStart });
  const clock = await send(ctx.panel, { type: 'debug/set-clock', at: new Date(start).toISOString() });
  assert.equal(clock.ok, true, clock.error);
  const host = await h.newHostPage(ctx.browser, ctx.router);
  try {
    // Posts from February 2025, seen for the first time now: backfill, not a gap in watching.
    await h.openHostPage(host, X_HOME.url, { expected: X_HOME.ids.length });
  } finally {
    await host.close();
  }
  assert.equal((await send(ctx.panel, { type: 'debug/surge-tick' })).ok, true);
  const page = await openPanel({ at: start });
  try {
    const note = await h.until(() => page.$eval(SEL.history, (e) => e.textContent).catch(() => undefined), { what: 'the history note' });
    assert.match(note, new RegExp(`^${X_HOME.ids.length} earlier mentions were captured as history .*surges count only what is new\\.$`));
    assert.equal(await page.$(SEL.late), null, 'history is not called late');
    assert.equal((await page.$$(SEL.row)).length, 0, 'no alert from the old timeline');
  } finally {
    await page.close();
  }
});

test(`replay ${HISTORY_HOURS} h of mentions through mentions/ingest until a surge fires`, async () => {
  const { start, end, burstStart } = ctx;
  // The monitor watches the brand (options page): its name is the population, never a reason.
  await ctx.panel.evaluate((brand) => chrome.storage.local.set({ settings: { brands: [brand] } }), BRAND);
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
      `${BURST_BUCKETS * BURST_PER_BUCKET} burst in six languages from ${quietUntil}) in ${steps.length} steps, ${((Date.now() - t0) / 1000).toFixed(1)} s; ` +
      `first alert badge at ${firstAlertAt ?? 'never'}`,
  );
  assert.equal(stored, stream.length, 'every generated mention is stored once');
  assert.ok(firstAlertAt, 'no alert badge during the replay');
  // No alert in the quiet day and a half; the first one within 15 minutes of the burst starting.
  assert.ok(firstAlertAt > quietUntil, `an alert fired during the baseline (${firstAlertAt})`);
  assert.ok(Date.parse(firstAlertAt) - burstStart <= STEP_MS, `alert came late: ${firstAlertAt}`);
  // The panel now reads the background's (virtual) clock.
  await ctx.panel.close();
  ctx.panel = await openPanel({ at: end });
});

test('one burst, one event: one row listing its scopes, and the badge counts it once', async () => {
  await h.until(async () => (await ctx.panel.$$(SEL.row)).length > 0, { what: 'alert rows' });
  const rows = await alertRows();
  console.log(`     events: ${rows.map((r) => `${r.id} [${r.scopes.join(', ')}]`).join('; ')}`);
  assert.equal(rows.length, 1, `one event, not one row per scope: ${JSON.stringify(rows.map((r) => r.id))}`);
  const [event] = rows;
  // lib/alerts/lifecycle.ts alertId: `${scope}|${onset bucket start}`; the brand alert leads.
  assert.ok(event.id.startsWith('all|'), `the event is led by the brand alert: ${event.id}`);
  assert.ok(Number(event.id.split('|')[1]) >= ctx.burstStart, `the event starts with the burst: ${event.id}`);
  assert.equal(event.status, 'open');
  assert.ok(event.scopes.includes('platform:x') && event.scopes.length >= 2, `its scopes: ${event.scopes}`);
  // lib/alerts/lifecycle.ts badgeFor: "!<open events>" on orange (#e65100).
  assert.equal(await ctx.panel.evaluate(() => chrome.action.getBadgeText({})), '!1');
  assert.deepEqual(await ctx.panel.evaluate(() => chrome.action.getBadgeBackgroundColor({})), [0xe6, 0x51, 0x00, 255]);
});

test('why this spike: the charger in each language, as words; never the brand or "refund"; counts a reader can check', async () => {
  await openEvent(ctx.panel);
  const terms = await h.until(
    async () => {
      const t = await ctx.panel.$$eval(SEL.terms, (els) => els.map((e) => e.textContent ?? ''));
      return t.length > 0 ? t : undefined;
    },
    { what: 'why-this-spike terms' },
  );
  console.log(`     terms: ${terms.join(' | ')}`);
  // A term never holds ": " (punctuation ends a phrase), so the first one ends it.
  const words = terms.map((line) => line.slice(0, line.indexOf(': ')).toLowerCase());
  for (const [lang, word] of Object.entries(BURST_TERMS)) assert.ok(words.includes(word), `no "${word}" (${lang}) among ${words.join(', ')}`);
  for (const bad of NOT_TERMS) assert.ok(!words.some((w) => w.includes(bad)), `"${bad}" is the population or the baseline, not a reason`);
  for (const fragment of CJK_FRAGMENTS) assert.ok(!words.includes(fragment), `character pair "${fragment}" shown as a term`);
  // "overheating: 120 of 362 mentions (day before: 0 of 99)": the span's and the day before's totals.
  for (const line of terms) assert.match(line, /: [\d,]+ of [\d,]+ mentions \(day before: [\d,]+ of [\d,]+\)$/);
});

test('examples: five distinct posts across languages, each linking to its original', async () => {
  const examples = await ctx.panel.$$eval(SEL.examples, (els) =>
    els.map((e) => ({ lang: e.getAttribute('data-lang'), text: e.querySelector('span:nth-of-type(2)')?.textContent ?? '', href: e.querySelector('a')?.getAttribute('href') ?? '' })),
  );
  console.log(`     examples: ${examples.map((e) => `${e.lang}: ${e.text.slice(0, 40)}`).join(' | ')}`);
  assert.equal(examples.length, 5);
  assert.equal(new Set(examples.map((e) => e.text)).size, 5, 'near-identical copies are collapsed');
  assert.ok(new Set(examples.map((e) => e.lang)).size >= 4, `spread across languages: ${examples.map((e) => e.lang)}`);
  for (const e of examples) assert.match(e.href, /^https:\/\/x\.com\/user\d+\/status\/\d+$/);
});

for (const lang of ['en', 'zh-CN']) {
  test(`the chart at 320 and 500 px in ${lang === 'en' ? 'English' : 'Simplified Chinese'}: fits, labelled, legend values without hovering`, async () => {
    for (const width of [320, 500]) {
      const page = await openPanel({ at: ctx.end, lang, width });
      try {
        await openEvent(page);
        const chart = await page.$eval(SEL.chart, (el) => {
          const c = el.querySelector('canvas').getBoundingClientRect();
          return { width: Number(el.getAttribute('data-width')), points: Number(el.getAttribute('data-points')), span: Number(el.getAttribute('data-span-points')), canvas: c.width, right: el.getBoundingClientRect().right, scroll: el.scrollWidth, box: el.clientWidth };
        });
        const legend = await page.$$eval(SEL.legend, (els) => els.map((e) => e.textContent ?? ''));
        // E2E_SHOTS=dir keeps a picture of each for a human look (not part of the verdict).
        if (process.env.E2E_SHOTS) await page.screenshot({ path: path.join(process.env.E2E_SHOTS, `alert-${lang}-${width}.png`), fullPage: true });
        console.log(`     ${lang} ${width} px: chart ${chart.width} px, canvas ${chart.canvas} px, ${chart.span}/${chart.points} points in the alert; legend: ${legend.join(' | ')}`);
        assert.ok(chart.canvas <= width && chart.canvas >= 240, `canvas ${chart.canvas} px in a ${width} px panel`);
        assert.ok(chart.right <= width && chart.scroll <= chart.box, `the chart overflows its ${width} px panel (right edge ${chart.right}, ${chart.scroll} in ${chart.box} px)`);
        // The alert is a fair part of the chart, not a sliver at its right edge.
        assert.ok(chart.span / chart.points >= 0.2, `${chart.span} of ${chart.points} points in the alert span`);
        if (lang === 'en') {
          assert.match(legend[0], /^ Negative mentions: highest [\d,]+, at /);
          assert.match(legend.join('\n'), /Baseline: about [\d.]+ per 5 minutes before the alert/);
        } else {
          assert.match(legend[0], /^ 负面提及：最高 [\d,]+，在 /);
          for (const line of legend) assert.doesNotMatch(line, /[A-Za-z]{3,}/, `English in the Chinese legend: ${line}`);
          const term = await page.$eval(SEL.terms, (e) => e.textContent ?? '');
          assert.match(term, /：[\d,]+ 条提及中有 [\d,]+ 条（前一天：[\d,]+ 条中有 [\d,]+ 条）$/);
        }
      } finally {
        await page.close();
      }
    }
  });
}

test('the chart keeps its data while it refreshes: no flip back to "Loading…"', async () => {
  const page = await openPanel({ at: ctx.end, width: 320 });
  try {
    await openEvent(page);
    await page.evaluate((chartSel) => {
      window.__loadingSeen = 0;
      new MutationObserver(() => {
        const chart = document.querySelector(chartSel);
        if (!chart || !chart.querySelector('canvas')) window.__loadingSeen++;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    }, SEL.chart);
    // A tick broadcasts alerts/changed: every alert query is invalidated and refetched.
    for (let i = 0; i < 3; i++) {
      assert.equal((await send(page, { type: 'debug/surge-tick' })).ok, true);
      await new Promise((r) => setTimeout(r, 700));
    }
    assert.equal(await page.evaluate(() => window.__loadingSeen), 0, 'the chart was replaced while refreshing');
    assert.ok(await page.$(`${SEL.chart} canvas`), 'the chart is still drawn');
  } finally {
    await page.close();
  }
});

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
