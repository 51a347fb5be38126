/**
 * Inbox e2e (issue 14), on the production build (.output/chrome-mv3): mentions go in through the
 * ordinary `mentions/ingest` message from an extension page (tests/e2e/inbox-data.mjs), then the
 * side panel is driven as an agent would, with the keyboard.
 *
 * - a copy-paste campaign of 40 posts is one row, and acting on it changes all 40;
 * - the keyboard flow end to end: `/` search, j/k, e (handled, stored), z (undone, stored);
 * - "N new": posts arriving while the agent reads never move the list; the bar brings them in;
 * - state kept across views (Alerts and back) and across closing the panel;
 * - accessibility: axe-core finds no serious or critical violation on the inbox (list, filter menu,
 *   selection, compact rows, a campaign’s copies), the Alerts view (with its settings open), the
 *   Incident view (example incident, templates, statement editor, new-incident form, crisis bar), the
 *   reply view (suggestions, a field to fill with a blocking finding, filled and copied, English
 *   fallbacks, an Amazon review's decisions) and the options page (also with errors), in English
 *   and in Chinese, light and dark. Debian's Chromium
 *   ships only the en-US locale, so the Chinese pages are scanned in the e2e build
 *   (`wxt build --mode e2e`), whose extension pages take `?lang=zh-CN` (runtime/ui-language.ts).
 *
 * Ends with `e2e-inbox: N passed, M failed` (the line scripts/test-all.mjs reads).
 *
 *   npx wxt build && node tests/e2e/inbox.mjs [--build]    (--build: make the e2e build first)
 *
 * `--screenshot FILE` also writes the README's picture of the panel (docs/sidepanel.png): the
 * inbox over this data set, searched for "Voltra" (the Chinese and Japanese posts would show as
 * empty boxes on machines without CJK fonts, such as Debian's Chromium in CI).
 */
/* global chrome -- inside page.evaluate, which runs in the extension page */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as h from './harness.mjs';
import { AMAZON_JP } from './expectations.mjs';
import { exampleComplaints } from './example-complaints.mjs';
import { AMAZON_PAGE, inboxMentions, lateArrivals, X_PAGE } from './inbox-data.mjs';
import { createSuite } from './runner.mjs';

const E2E_BUILD = path.join(h.ROOT, '.output/chrome-mv3-e2e');
const suite = createSuite('e2e-inbox', { testTimeoutMs: 90_000, suiteTimeoutMs: 480_000 });
const { test } = suite;
const ctx = { browser: undefined, extensionId: '', feeder: undefined, data: undefined, now: Date.now() };

const SEL = {
  row: '[data-testid="mention-row"]',
  list: '[data-testid="inbox-list"]',
  search: '[data-testid="inbox-search"]',
  newBar: '[data-testid="new-bar"]',
  count: '[data-testid="inbox-count"]',
};

async function ingest(page, pageInfo, mentions) {
  const reply = await page.evaluate((p, m) => chrome.runtime.sendMessage({ type: 'mentions/ingest', page: p, mentions: m }), pageInfo, mentions);
  assert.equal(reply?.ok, true, `ingest: ${reply?.error}`);
  assert.deepEqual(reply.rejected, [], 'ingest rejected mentions');
  return reply;
}

/** Each test starts from a fresh place (filters, search, scroll) and the default sort and density. */
async function resetPlace(feeder = ctx.feeder) {
  await feeder.evaluate(async () => {
    await chrome.storage.session.clear();
    await chrome.storage.local.remove('inboxPrefs');
  });
}

async function openPanel({ width = 400, height = 900, scheme = 'light', reset = true } = {}) {
  if (reset) await resetPlace();
  const page = await ctx.browser.newPage();
  await page.setViewport({ width, height });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(h.sidePanelUrl(ctx.extensionId), { waitUntil: 'load' });
  await page.waitForSelector(SEL.row, { timeout: 15_000 });
  return page;
}

const rowIds = (page) => page.$$eval(SEL.row, (els) => els.map((e) => e.getAttribute('data-mention-id')));
const statusOf = async (id) => (await h.readMentions(ctx.feeder)).find((m) => m.id === id)?.status;

/** The first row whose top is in view, and the list's scroll offset. */
const listPosition = (page) =>
  page.$eval(SEL.list, (list) => {
    const top = list.getBoundingClientRect().top;
    const first = [...list.querySelectorAll('[data-testid="mention-row"]')].find((r) => r.getBoundingClientRect().bottom > top + 1);
    return { scrollTop: list.scrollTop, first: first?.getAttribute('data-mention-id') };
  });

test('a copy-paste campaign of 40 posts is one row; acting on it changes all 40, and one undo restores them', async () => {
  const panel = await openPanel();
  try {
    const group = await h.until(() => panel.$(`${SEL.row}[data-copies="40"]`), { what: 'a row holding 40 copies' });
    assert.ok(group);
    const rows = await rowIds(panel);
    const brigadeRows = rows.filter((id) => ctx.data.brigadeIds.includes(id));
    assert.equal(brigadeRows.length, 1, `campaign copies shown as ${brigadeRows.length} rows`);
    await (await group.$('[data-testid="brigade-toggle"]')).click();
    await h.until(() => group.$$eval('[data-testid="brigade-members"] li', (lis) => lis.length === 40), { what: '40 copies listed' });
    await (await group.$('[data-testid="mark-handled"]')).click();
    await h.until(async () => (await h.readMentions(ctx.feeder)).filter((m) => ctx.data.brigadeIds.includes(m.id) && m.status === 'handled').length === 40, {
      what: 'all 40 copies handled in IndexedDB',
    });
    assert.ok(!(await rowIds(panel)).some((id) => ctx.data.brigadeIds.includes(id)), 'the campaign row left the open list');
    await panel.waitForSelector('[data-testid="undo"]', { timeout: 5_000 });
    await panel.click('[data-testid="undo"]');
    await h.until(async () => (await h.readMentions(ctx.feeder)).filter((m) => ctx.data.brigadeIds.includes(m.id) && m.status === 'open').length === 40, {
      what: 'all 40 copies open again after one undo',
    });
  } finally {
    await panel.close();
  }
});

test('keyboard flow: / searches, j/k move, e marks handled (stored), z undoes (stored)', async () => {
  const panel = await openPanel();
  try {
    await panel.keyboard.press('/');
    assert.equal(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'inbox-search', '/ focuses the search');
    const all = (await panel.$eval(SEL.count, (el) => Number(el.getAttribute('data-count'))));
    await panel.keyboard.type('voltra');
    await h.until(async () => Number(await panel.$eval(SEL.count, (el) => el.getAttribute('data-count'))) < all, { what: 'the search to narrow the list' });
    const matches = await rowIds(panel);
    assert.ok(matches.length >= 3, `rows matching "voltra": ${matches.length}`);
    await panel.keyboard.press('Escape');
    await panel.keyboard.press('j');
    await panel.keyboard.press('j');
    await panel.keyboard.press('k');
    const focused = await panel.$eval('.cd-row--focused', (el) => el.getAttribute('data-mention-id'));
    assert.equal(focused, matches[0], 'j, j, k comes back to the first row');
    assert.equal(await panel.evaluate(() => document.activeElement?.getAttribute('data-mention-id')), matches[0], 'the focused row has the keyboard focus');
    await panel.keyboard.press('e');
    await h.until(async () => !(await rowIds(panel)).includes(matches[0]), { what: 'the handled row to leave the list' });
    await h.until(async () => (await statusOf(matches[0])) === 'handled', { what: `${matches[0]} handled in IndexedDB` });
    const next = await panel.$eval('.cd-row--focused', (el) => el.getAttribute('data-mention-id'));
    assert.equal(next, matches[1], 'the focus moved to the next row');
    await panel.keyboard.press('z');
    await h.until(async () => (await rowIds(panel))[0] === matches[0], { what: 'the row back in its place' });
    await h.until(async () => (await statusOf(matches[0])) === 'open', { what: `${matches[0]} open again in IndexedDB` });
    // Chinese search in the same box.
    await panel.click(SEL.search, { clickCount: 3 });
    await panel.keyboard.type('退款');
    await h.until(async () => (await rowIds(panel)).length === 1, { what: 'one row matching 退款' });
    await panel.click(SEL.search, { clickCount: 3 });
    await panel.keyboard.press('Backspace');
  } finally {
    await panel.close();
  }
});

test('"N new": arrivals never move the list; the bar brings them in', async () => {
  const panel = await openPanel({ height: 560 });
  try {
    await panel.click('[data-testid="density-toggle"]');
    await h.sleep(300);
    await panel.$eval(SEL.list, (list) => {
      list.scrollTop = 120;
    });
    await h.sleep(400);
    const before = await listPosition(panel);
    const box = await panel.$eval(SEL.list, (l) => `${l.scrollHeight}/${l.clientHeight}`);
    assert.ok(before.scrollTop > 0, `the list scrolled (scroll height / height ${box})`);
    const late = lateArrivals(Date.now());
    await ingest(ctx.feeder, X_PAGE, late);
    await h.until(() => panel.$(SEL.newBar), { what: 'the "N new" bar' });
    assert.equal(await panel.$eval(SEL.newBar, (el) => el.getAttribute('data-count')), String(late.length));
    await h.sleep(300);
    const after = await listPosition(panel);
    assert.deepEqual(after, before, 'scroll offset and first visible row unchanged');
    await panel.click(SEL.newBar);
    await h.until(async () => (await panel.$(SEL.newBar)) === null, { what: 'the bar to go' });
    const shown = await listPosition(panel);
    assert.equal(shown.scrollTop, 0, 'the list is back at the top');
    await panel.click('[data-testid="density-toggle"]');
  } finally {
    await panel.close();
  }
});

test('filters, search and scroll survive a visit to Alerts and a closed panel', async () => {
  let panel = await openPanel();
  try {
    await panel.click('[data-testid="filters-toggle"]');
    await panel.click('[data-testid="facet-platform-x"]');
    await panel.click('[data-testid="filters-done"]');
    await panel.type(SEL.search, 'Voltra');
    await h.until(async () => (await panel.$('[data-testid="filter-chips"]')) !== null, { what: 'the platform chip' });
    await h.sleep(400);
    // A little down the list: the place includes the scroll position.
    await panel.$eval(SEL.list, (list) => {
      list.scrollTop = 260;
    });
    await h.sleep(600);
    const place = await listPosition(panel);
    const ids = await rowIds(panel);
    await panel.click('#cd-tab-alerts');
    await panel.waitForSelector('#cd-tabpanel-alerts');
    // Arrow keys move between tabs.
    await panel.focus('#cd-tab-alerts');
    await panel.keyboard.press('ArrowLeft');
    await h.until(() => panel.$eval('#cd-tab-inbox', (t) => t.getAttribute('aria-selected') === 'true'), { what: 'ArrowLeft back to Inbox' });
    assert.deepEqual(await rowIds(panel), ids, 'same rows after Alerts and back');
    await h.until(async () => (await listPosition(panel)).first === place.first, { what: `${place.first} first on screen again after Alerts and back` });
    assert.equal(await panel.$eval(SEL.search, (el) => el.value), 'Voltra');
    await h.sleep(500); // the place is saved shortly after each change
    await panel.close();
    panel = await openPanel({ reset: false });
    await h.until(async () => (await panel.$eval(SEL.search, (el) => el.value)) === 'Voltra', { what: 'the search restored' });
    assert.ok(await panel.$('[data-testid="filter-chips"]'), 'the platform filter restored');
    await h.until(async () => (await listPosition(panel)).first === place.first, { what: `${place.first} first on screen in the reopened panel` });
    await panel.click('[data-testid="filter-chips"] .cd-chip__remove');
    await panel.click(SEL.search, { clickCount: 3 });
    await panel.keyboard.press('Backspace');
    await h.sleep(500);
  } finally {
    await panel.close();
  }
});

test('compact density: at least 12 rows on a 900 px panel', async () => {
  const panel = await openPanel({ height: 900 });
  try {
    await panel.click('[data-testid="density-toggle"]');
    await h.sleep(500);
    const whole = await panel.$$eval(SEL.row, (rows) => rows.filter((r) => r.getBoundingClientRect().top >= 0 && r.getBoundingClientRect().bottom <= window.innerHeight).length);
    assert.ok(whole >= 12, `${whole} whole rows on screen`);
    console.log(`    ${whole} whole compact rows on a 400 × 900 panel`);
  } finally {
    await panel.close();
  }
});

test('an in-page badge says why, and its click opens that mention in the side panel', async () => {
  const router = new h.FixtureRouter().addPages([AMAZON_JP]);
  const panel = await openPanel();
  const page = await h.newHostPage(ctx.browser, router);
  try {
    await h.openHostPage(page, AMAZON_JP.url, { expected: AMAZON_JP.ids.length });
    const badge = await h.until(() => page.$(`[${h.BADGE_ATTR}]`), { what: 'a badge on amazon.co.jp' });
    const id = await badge.evaluate((el, attr) => el.getAttribute(attr), h.BADGE_ATTR);
    const label = await badge.evaluate((el) => el.shadowRoot.querySelector('button').textContent);
    assert.match(label, /^⚠ (Negative|Complaint: \w+)$/, `badge label "${label}"`);
    const before = page.url();
    await page.evaluate((attr) => document.querySelector(`[${attr}]`).shadowRoot.querySelector('button').click(), h.BADGE_ATTR);
    assert.equal(page.url(), before, 'the click did not open the review');
    // The background hands the mention to the panel (and opens it, which a headless browser
    // cannot show): the open panel switches to it.
    const banner = await panel.waitForSelector('[data-testid="inbox-focus"]', { timeout: 10_000 });
    assert.match(await banner.evaluate((el) => el.textContent), /opened from the page/);
    await h.until(async () => JSON.stringify(await rowIds(panel)) === JSON.stringify([id]), { what: `only ${id} listed` });
    // The host page is in front: a background tab gets no animation frames, and puppeteer's
    // click waits for one. Bring the panel forward first.
    await panel.bringToFront();
    await panel.click('[data-testid="focus-clear"]');
    await h.until(async () => (await panel.$('[data-testid="inbox-focus"]')) === null, { what: 'the focus cleared' });
    // The feeder page (a panel too) followed the same request: back to the whole inbox there
    // (a DOM click: the feeder is a background tab too).
    await ctx.feeder.evaluate(() => document.querySelector('[data-testid="focus-clear"]')?.click());
  } finally {
    await page.close();
    await panel.close();
  }
});

const shotAt = process.argv.indexOf('--screenshot');
if (shotAt > 0) {
  test('screenshot for the README', async () => {
    const panel = await openPanel({ width: 400, height: 760 });
    try {
      await panel.type(SEL.search, 'Voltra');
      await h.sleep(800);
      await panel.keyboard.press('Escape');
      await panel.keyboard.press('j');
      await h.sleep(300);
      await panel.screenshot({ path: path.resolve(process.argv[shotAt + 1]) });
      await panel.click(SEL.search, { clickCount: 3 });
      await panel.keyboard.press('Backspace');
      await h.sleep(500);
    } finally {
      await panel.close();
    }
  });
}

let axeSource;
async function axeViolations(page, what) {
  axeSource ??= await readFile(path.join(h.ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol: the extension page's CSP does not apply.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const res = await window.axe.run(document, { resultTypes: ['violations'] });
    return res.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1] ?? ''}`) }));
  });
  return violations.map((v) => `${what}: ${v.impact} ${v.id} — ${v.nodes.join(' | ')}`);
}

/** The Incident tab (issue 11): the example incident with its clock, checklist, statement and
 * templates; the new-incident form; the statement editor; crisis mode's bar pinned above the tabs. */
async function scanIncident(panel, where, found) {
  await panel.click('#cd-tab-incident');
  await panel.waitForSelector('[data-testid="incident-view"]');
  const askName = await panel.$('[data-testid="incident-agent-name"]');
  if (askName) {
    await askName.type('E2E agent');
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('[data-testid="incident-agent"]');
  }
  if (!(await panel.$('[data-testid="incident-detail"]'))) await panel.click('[data-testid="incident-example"]');
  await panel.waitForSelector('[data-testid="incident-detail"]');
  await panel.waitForSelector('[data-testid="template-list"] [data-template-id]', { timeout: 15_000 });
  await panel.waitForFunction(() => !document.querySelector('[data-testid="crisis-switch"]')?.disabled);
  found.push(...(await axeViolations(panel, `incident with templates ${where}`)));
  await panel.click('[data-testid="crisis-switch"]');
  await panel.waitForSelector('[data-testid="crisis-pin"]');
  await panel.click('[data-testid="statement-edit"]');
  await panel.waitForSelector('[data-testid="statement-editor"]');
  found.push(...(await axeViolations(panel, `incident in crisis mode, statement editor ${where}`)));
  await panel.click('[data-testid="incident-new"]');
  await panel.waitForSelector('[data-testid="incident-form"]');
  found.push(...(await axeViolations(panel, `new incident form ${where}`)));
  // Crisis mode off again, so the next scan starts as this one did.
  await panel.click('[data-testid="crisis-pin"] .cd-button');
  await panel.waitForFunction(() => !document.querySelector('[data-testid="crisis-pin"]'));
}

/** The reply view (issue 11), after scanIncident stored the example's templates: a complaint
 * about the incident with its suggestions, the refund template's {{ask:}} field empty (the
 * blocking finding marked in the text) and then filled, the outcome of Copy with its Undo; a
 * Chinese complaint (English fallback chips); an Amazon review's decisions. */
async function scanReply(browser, extensionId, query, scheme, where, found) {
  const [german, chinese] = exampleComplaints(0);
  const open = async (id) => {
    const page = await browser.newPage();
    await page.setViewport({ width: 400, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(`${h.sidePanelUrl(extensionId)}${query}#reply=${id}`, { waitUntil: 'load' });
    await page.waitForSelector('[data-testid="reply-view"]', { timeout: 15_000 });
    return page;
  };
  await browser.defaultBrowserContext().overridePermissions(`chrome-extension://${extensionId}`, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  let page = await open(german.id);
  await page.waitForSelector('[data-testid="reply-suggestions"] input[type="radio"]:checked', { timeout: 15_000 });
  await page.click('[data-testid="reply-suggestions"] input[value="vp20k-remedy-x"]');
  await page.waitForSelector('[data-testid="reply-blocked"]');
  await page.waitForSelector('[data-testid="reply-findings"] li[data-severity="block"]');
  found.push(...(await axeViolations(page, `reply view, suggestions, a field to fill and a blocking finding ${where}`)));
  await page.type('[data-testid="reply-fields"] input[data-prompt]', '302-5550123');
  await page.waitForFunction(() => !document.querySelector('[data-testid="reply-blocked"]'));
  await page.click('[data-testid="reply-copy"]');
  await page.waitForSelector('[data-testid="reply-outcome"]', { timeout: 15_000 });
  found.push(...(await axeViolations(page, `reply view, filled and copied ${where}`)));
  await page.close();
  page = await open(chinese.id);
  await page.waitForSelector('[data-testid="reply-suggestions"] input[type="radio"]:checked', { timeout: 15_000 });
  found.push(...(await axeViolations(page, `reply view, a Chinese complaint with English fallbacks ${where}`)));
  await page.close();
  page = await open(inboxMentions(0).amazon[0].id);
  await page.waitForSelector('[data-testid="amazon-decision"]', { timeout: 15_000 });
  found.push(...(await axeViolations(page, `reply view, an Amazon review ${where}`)));
  await page.close();
}

async function scanAll(browser, extensionId, lang, found, feeder) {
  const query = lang === 'en' ? '' : `?lang=${lang}`;
  const docLang = lang === 'en' ? 'en' : 'zh-CN';
  for (const scheme of ['light', 'dark']) {
    await resetPlace(feeder);
    const panel = await browser.newPage();
    await panel.setViewport({ width: 400, height: 900 });
    await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await panel.goto(`${h.sidePanelUrl(extensionId)}${query}`, { waitUntil: 'load' });
    assert.equal(await panel.evaluate(() => document.documentElement.lang), docLang, `${lang} panel`);
    await panel.waitForSelector(SEL.row, { timeout: 15_000 });
    const where = `${lang} ${scheme}`;
    found.push(...(await axeViolations(panel, `inbox ${where}`)));
    // Filter menu open, a row selected (bulk bar), compact rows, a brigade opened.
    await panel.click('[data-testid="filters-toggle"]');
    await panel.click('[data-testid="select-row"]');
    const group = await panel.$(`${SEL.row}[data-copies="40"] [data-testid="brigade-toggle"]`);
    await group?.click();
    await h.sleep(300);
    found.push(...(await axeViolations(panel, `inbox with filters, selection and copies ${where}`)));
    await panel.click('[data-testid="density-toggle"]');
    await h.sleep(300);
    found.push(...(await axeViolations(panel, `compact inbox ${where}`)));
    await panel.click('[data-testid="density-toggle"]');
    await panel.click('#cd-tab-alerts');
    await panel.waitForSelector('#cd-tabpanel-alerts');
    await panel.evaluate(() => document.querySelector('.cd-alert-settings')?.setAttribute('open', ''));
    await h.sleep(300);
    found.push(...(await axeViolations(panel, `alerts with settings ${where}`)));
    await scanIncident(panel, where, found);
    await panel.close();
    await scanReply(browser, extensionId, query, scheme, where, found);
    const options = await browser.newPage();
    await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await options.goto(`chrome-extension://${extensionId}/options.html${query}`, { waitUntil: 'load' });
    await options.waitForSelector('[data-testid="settings-save"]');
    found.push(...(await axeViolations(options, `options ${where}`)));
    // Invalid fields keep their red border and their error list.
    await options.focus('[data-testid="settings-retentionDays"]');
    await options.keyboard.down('Control');
    await options.keyboard.press('a');
    await options.keyboard.up('Control');
    await options.keyboard.press('Backspace');
    await options.click('[data-testid="settings-save"]');
    await options.waitForSelector('[data-testid="error-retentionDays"] li');
    const border = await options.$eval('[data-testid="settings-retentionDays"]', (el) => getComputedStyle(el).borderTopColor);
    const danger = await options.$eval('body', (b) => getComputedStyle(b).getPropertyValue('--cd-danger').trim());
    assert.ok(border !== 'rgb(209, 217, 224)' && border !== 'rgb(61, 68, 77)', `invalid field border is still grey (${border}; danger ${danger})`);
    found.push(...(await axeViolations(options, `options with errors ${where}`)));
    await options.close();
  }
}

test('axe-core: no serious or critical violation on inbox, alerts, incident, reply and options, English and Chinese, light and dark', async () => {
  const found = [];
  // Complaints about the example incident, for the reply view (scanReply).
  await ingest(ctx.feeder, X_PAGE, exampleComplaints(Date.now()));
  await scanAll(ctx.browser, ctx.extensionId, 'en', found, ctx.feeder);
  // The e2e build, whose pages take ?lang=zh-CN, with the same mentions.
  if (process.argv.includes('--build') || !existsSync(path.join(E2E_BUILD, 'manifest.json'))) {
    const built = spawnSync('npx', ['--no-install', 'wxt', 'build', '--mode', 'e2e'], { cwd: h.ROOT, stdio: 'ignore' });
    assert.equal(built.status, 0, 'wxt build --mode e2e failed');
  }
  const zh = await h.launchWithExtension({ extensionPath: E2E_BUILD });
  try {
    const feeder = await h.openSidePanel(zh.browser, zh.extensionId);
    const data = inboxMentions(Date.now());
    await ingest(feeder, X_PAGE, data.x);
    await ingest(feeder, AMAZON_PAGE, data.amazon);
    await ingest(feeder, X_PAGE, exampleComplaints(Date.now()));
    await scanAll(zh.browser, zh.extensionId, 'zh-CN', found, feeder);
  } finally {
    await zh.close();
  }
  assert.deepEqual(found, [], `${found.length} serious or critical violations:\n${found.join('\n')}`);
  // 13 states of the panel and options pages, in two languages and two themes: 52 axe scans.
}, { timeoutMs: 240_000 });

await suite.run({
  async setup(started) {
    const session = await h.launchWithExtension();
    ctx.browser = session.browser;
    ctx.extensionId = session.extensionId;
    ctx.feeder = await h.openSidePanel(ctx.browser, ctx.extensionId);
    ctx.data = inboxMentions(ctx.now);
    const x = await ingest(ctx.feeder, X_PAGE, ctx.data.x);
    const amazon = await ingest(ctx.feeder, AMAZON_PAGE, ctx.data.amazon);
    const flagged = [...x.verdicts, ...amazon.verdicts].filter((v) => v.flagged).length;
    console.log(`extension ${ctx.extensionId}: ${x.stored + amazon.stored} mentions stored, ${flagged} flagged, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return session;
  },
});
