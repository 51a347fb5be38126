/**
 * End-to-end suite: the built Chrome extension (.output/chrome-mv3) against saved real X and
 * Amazon pages served at their real URLs. Nothing reaches the network (see harness.mjs).
 *
 * Prints one line per test and ends with `e2e: N passed, M failed` (the line CI reads;
 * research/e2e.md pitfall 17). Exit code 1 on any failure.
 *
 *   npx wxt build && node tests/e2e/run.mjs
 *   E2E_DUMPIO=1 …  to see Chromium's stderr
 */
import assert from 'node:assert/strict';
import * as h from './harness.mjs';
import { createSuite } from './runner.mjs';
import {
  AMAZON_COM,
  AMAZON_DE,
  AMAZON_JP,
  NAMED_FLAGGED_ID,
  X_HOME,
  X_HOME_PRETTIFIED,
  X_PROFILE_ZH,
} from './expectations.mjs';

/** research/e2e.md measured ~3 s for a small suite; ours waits out the 6 s health grace once. */
const TEST_TIMEOUT_MS = 30_000;
const SUITE_TIMEOUT_MS = 150_000;
/** The Long Tasks API threshold, and our budget for one task of ours in a host page. We assert it
 * on thread CPU time: wall time on a shared 2-core machine mostly measures the other processes
 * (the same build measured 0-258 ms). The wall-clock numbers are printed next to it. */
const LONG_TASK_BUDGET_MS = 50;
/** runtime/capture-session.ts HEALTH_GRACE_MS: a page is judged this long after it starts. */
const HEALTH_GRACE_MS = 6_000;

const SEL = {
  row: '[data-testid="mention-row"]',
  count: '[data-testid="inbox-count"]',
  health: '[data-testid="adapter-health"]',
  handled: '[data-testid="mark-handled"]',
};

const suite = createSuite('e2e', { testTimeoutMs: TEST_TIMEOUT_MS, suiteTimeoutMs: SUITE_TIMEOUT_MS });
const { test } = suite;

/** Shared across tests, in order: later tests use what earlier ones loaded. */
const ctx = {
  /** @type {import('puppeteer-core').Browser} */ browser: undefined,
  extensionId: '',
  router: new h.FixtureRouter(),
  /** An extension page used only to read IndexedDB. */
  reader: undefined,
  /** url -> { longTasks: PerformanceObserver entries, ours: tasks that ran content-script code } */
  perf: new Map(),
};

// ---------------------------------------------------------------------------------------------
// Helpers used by several tests

async function mentionsById() {
  const all = await h.readMentions(ctx.reader);
  return new Map(all.map((m) => [m.id, m]));
}

/**
 * Open `spec.url` in a fresh tab, wait for capture, run `check(page, byId)` with the stored
 * records, and always record the page's long tasks and close it (even when a check fails).
 */
async function withCapturedPage(spec, check) {
  const page = await h.newHostPage(ctx.browser, ctx.router);
  const trace = await h.traceContentScripts(page);
  try {
    await h.openHostPage(page, spec.url, { expected: spec.ids.length });
    await check(page, await mentionsById());
  } finally {
    // Let the page go quiet (badge mutations, a possible re-scan) before reading long tasks.
    await h.sleep(400);
    await recordPerf(page, spec.url, trace);
    await page.close();
  }
}

async function recordPerf(page, url, trace) {
  const longTasks = await h.longTasks(page).catch(() => []);
  const ours = await trace.stop().catch((err) => ({ tasks: [], error: err.message }));
  ctx.perf.set(url, { longTasks, ours: ours.tasks, error: ours.error });
}

function checkStoredShape(m, platform) {
  assert.equal(m.platform, platform, `${m.id}: platform`);
  assert.ok(typeof m.text === 'string', `${m.id}: text`);
  assert.ok(m.analysis && typeof m.analysis.lang === 'string', `${m.id}: analysis.lang`);
  assert.ok(typeof m.analysis.langConfidence === 'number', `${m.id}: analysis.langConfidence`);
  assert.ok(['negative', 'neutral', 'positive'].includes(m.analysis.sentiment?.label), `${m.id}: sentiment.label`);
  assert.ok(m.analysis.sentiment.score >= -1 && m.analysis.sentiment.score <= 1, `${m.id}: sentiment.score`);
  assert.ok(m.flagged === 0 || m.flagged === 1, `${m.id}: flagged is ${m.flagged}`);
  assert.ok(['open', 'handled', 'dismissed'].includes(m.status), `${m.id}: status`);
}

/** Every expected id stored, nothing else from this page, the absent ones absent. */
function checkIdSet(spec, byId, platform) {
  const missing = spec.ids.filter((id) => !byId.has(id));
  assert.deepEqual(missing, [], `not stored from ${spec.url}`);
  for (const id of spec.absent) assert.ok(!byId.has(id), `${id} must not be stored`);
  const fromPage = [...byId.values()].filter((m) => m.pageUrl === spec.url).map((m) => m.id);
  const extra = fromPage.filter((id) => !spec.ids.includes(id));
  assert.deepEqual(extra, [], `unexpected records from ${spec.url}`);
  for (const id of spec.ids) checkStoredShape(byId.get(id), platform);
}

/** Flagged records of the page carry a badge inside their own post/review; others none. */
async function checkBadges(page, spec, byId) {
  const flagged = spec.ids.filter((id) => byId.get(id)?.flagged === 1);
  // Badges are applied when the reply arrives, right after the captured count is written.
  const found = await h.until(
    async () => {
      const b = await h.badges(page);
      return flagged.every((id) => b.some((x) => x.id === id)) ? b : undefined;
    },
    { timeout: 5_000, what: `badges for ${flagged.join(', ') || '(none flagged)'}` },
  ).catch(async (err) => {
    const b = await h.badges(page);
    throw new Error(`${err.message}; page has badges for [${b.map((x) => x.id).join(', ')}]`);
  });
  for (const id of flagged) {
    const b = found.find((x) => x.id === id);
    assert.ok(b.inItem, `badge for ${id} is not inside its post/review element`);
  }
  const unflaggedWithBadge = found.filter((x) => spec.ids.includes(x.id) && !flagged.includes(x.id));
  assert.deepEqual(unflaggedWithBadge.map((x) => x.id), [], 'badges on unflagged mentions');
  return flagged.length;
}

function checkXNamed(spec, byId) {
  for (const exp of spec.named) {
    const m = byId.get(exp.id);
    assert.ok(m, `${exp.id} stored`);
    if (exp.authorHandle !== undefined) assert.equal(m.authorHandle, exp.authorHandle, `${exp.id}: authorHandle`);
    if (exp.text !== undefined) assert.equal(h.squash(m.text), h.squash(exp.text), `${exp.id}: text`);
    if (exp.quotedText !== undefined) {
      assert.equal(h.squash(m.quotedText), h.squash(exp.quotedText), `${exp.id}: quotedText`);
      assert.ok(!h.squash(m.text).includes(h.squash(exp.quotedText)), `${exp.id}: quoted text kept out of text`);
    }
    if (exp.kind !== undefined) assert.equal(m.kind, exp.kind, `${exp.id}: kind`);
    if (exp.repostedBy !== undefined) assert.equal(m.repostedBy, exp.repostedBy, `${exp.id}: repostedBy`);
    if (exp.postedAt !== undefined) assert.equal(m.postedAt, exp.postedAt, `${exp.id}: postedAt`);
    if (exp.permalink !== undefined) assert.equal(m.permalink, exp.permalink, `${exp.id}: permalink`);
    if (exp.lang !== undefined) assert.equal(m.analysis.lang, exp.lang, `${exp.id}: analysis.lang`);
  }
}

function checkAmazonNamed(spec, byId) {
  for (const id of spec.ids) {
    const m = byId.get(id);
    assert.equal(m.productId, spec.productId, `${id}: productId`);
    assert.equal(m.marketplace, spec.marketplace, `${id}: marketplace`);
    assert.ok(typeof m.rating === 'number' && m.rating >= 1 && m.rating <= 5, `${id}: rating ${m.rating}`);
    assert.match(m.postedAt ?? '', /^\d{4}-\d\d-\d\dT/, `${id}: postedAt`);
  }
  for (const exp of spec.named) {
    const m = byId.get(exp.id);
    assert.equal(m.rating, exp.rating, `${exp.id}: rating`);
    assert.equal(m.postedAt.slice(0, 10), exp.day, `${exp.id}: postedAt day`);
    assert.equal(m.authorName ?? m.authorHandle, exp.author, `${exp.id}: author`);
    if (exp.textStart) assert.ok(h.squash(m.text).startsWith(h.squash(exp.textStart)), `${exp.id}: text starts "${exp.textStart}", got "${m.text.slice(0, 60)}"`);
    if (exp.lang) assert.equal(m.analysis.lang, exp.lang, `${exp.id}: analysis.lang`);
  }
}

const summaries = [];
function summarize(spec, byId, flaggedCount) {
  summaries.push(`${spec.url}: ${spec.ids.filter((id) => byId.has(id)).length} stored, ${flaggedCount} flagged`);
}

/** Scroll every scrollable element of the panel until the row for `id` is rendered (the inbox
 * may be a virtualised list that only renders what is in view). */
async function findRow(page, id) {
  const sel = `${SEL.row}[data-mention-id="${id}"]`;
  for (let i = 0; i < 40; i++) {
    const el = await page.$(sel);
    if (el) return el;
    const moved = await page.evaluate(() => {
      let any = false;
      for (const el of [document.scrollingElement, ...document.querySelectorAll('*')]) {
        if (!el || el.scrollHeight <= el.clientHeight + 1) continue;
        const before = el.scrollTop;
        el.scrollTop = before + el.clientHeight * 0.8;
        if (el.scrollTop !== before) any = true;
      }
      return any;
    });
    if (!moved) break;
    await h.sleep(100);
  }
  return page.$(sel);
}

/**
 * Simulate X changing its post-text markup: the text div loses both hooks the adapter knows
 * (`data-testid="tweetText"` and, for the 2021 fallback `div[lang]`, its `lang`). Renaming the
 * testid alone is not a breaking change: the adapter rightly falls back to `div[lang]`.
 */
function breakXTextHook(html) {
  let n = 0;
  const out = html.replace(/<div\b[^>]*\bdata-testid="tweetText"[^>]*>/g, (tag) => {
    n += 1;
    return tag.replace('data-testid="tweetText"', 'data-testid="postBody-e2e"').replace(/\slang="[^"]*"/, '');
  });
  assert.ok(n > 0, 'the fixture has no tweetText to rename');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tests

test('x.com/home (2025-02 saved page): 5 posts stored with ids, handles, texts; media-only skipped; badges', async () => {
  await withCapturedPage(X_HOME, async (page, byId) => {
    checkIdSet(X_HOME, byId, 'x');
    checkXNamed(X_HOME, byId);
    summarize(X_HOME, byId, await checkBadges(page, X_HOME, byId));
  });
});

test('twitter.com/home (2024-11 prettified, 14 articles): 10 posts, no ads, quote and repost fields; badges', async () => {
  await withCapturedPage(X_HOME_PRETTIFIED, async (page, byId) => {
    checkIdSet(X_HOME_PRETTIFIED, byId, 'x');
    const ads = [...byId.values()].filter((m) => X_HOME_PRETTIFIED.adHandles.includes(m.authorHandle));
    assert.deepEqual(ads.map((m) => m.id), [], 'promoted posts stored');
    checkXNamed(X_HOME_PRETTIFIED, byId);
    summarize(X_HOME_PRETTIFIED, byId, await checkBadges(page, X_HOME_PRETTIFIED, byId));
  });
});

test('x.com/skiinfomation (zh UI, ja posts): 10 posts, Japanese detected, repost attributed; badges', async () => {
  await withCapturedPage(X_PROFILE_ZH, async (page, byId) => {
    checkIdSet(X_PROFILE_ZH, byId, 'x');
    checkXNamed(X_PROFILE_ZH, byId);
    summarize(X_PROFILE_ZH, byId, await checkBadges(page, X_PROFILE_ZH, byId));
  });
});

test('amazon.com /product-reviews/B09PZG4R17: 10 reviews with rating, productId, marketplace, postedAt; badges', async () => {
  await withCapturedPage(AMAZON_COM, async (page, byId) => {
    checkIdSet(AMAZON_COM, byId, 'amazon');
    checkAmazonNamed(AMAZON_COM, byId);
    summarize(AMAZON_COM, byId, await checkBadges(page, AMAZON_COM, byId));
  });
});

test('amazon.de /dp/000004458X (de-DE product page): 9 reviews incl. other countries, German ratings and dates', async () => {
  await withCapturedPage(AMAZON_DE, async (page, byId) => {
    checkIdSet(AMAZON_DE, byId, 'amazon');
    checkAmazonNamed(AMAZON_DE, byId);
    summarize(AMAZON_DE, byId, await checkBadges(page, AMAZON_DE, byId));
  });
});

test('amazon.co.jp /-/en/dp/B07WXL5YPW: 8 Japanese reviews; the 1-star complaint is flagged and badged', async () => {
  await withCapturedPage(AMAZON_JP, async (page, byId) => {
    checkIdSet(AMAZON_JP, byId, 'amazon');
    checkAmazonNamed(AMAZON_JP, byId);
    assert.equal(byId.get(NAMED_FLAGGED_ID).flagged, 1, `${NAMED_FLAGGED_ID} flagged`);
    summarize(AMAZON_JP, byId, await checkBadges(page, AMAZON_JP, byId));
  });
});

test('side panel lists every flagged mention, its count matches, and healthy pages raise no banner', async () => {
  const all = [...(await mentionsById()).values()];
  const flagged = all.filter((m) => m.flagged === 1 && m.status === 'open');
  assert.ok(flagged.length > 0, 'no flagged mentions in IndexedDB to list');
  // Tall enough that a virtualised list renders every row at once (rows are well over 50 px).
  const panel = await h.openSidePanel(ctx.browser, ctx.extensionId, { width: 400, height: Math.max(900, flagged.length * 160) });
  try {
    await panel.waitForSelector(SEL.row, { timeout: 10_000 });
    const rows = await h.until(
      async () => {
        const ids = await panel.$$eval(SEL.row, (els) => els.map((e) => e.getAttribute('data-mention-id')));
        return ids.length >= flagged.length ? ids : undefined;
      },
      { timeout: 5_000, what: `${flagged.length} rows` },
    ).catch(async (err) => {
      const ids = await panel.$$eval(SEL.row, (els) => els.map((e) => e.getAttribute('data-mention-id')));
      throw new Error(`${err.message}; ${ids.length} rendered`);
    });
    assert.deepEqual([...rows].sort(), flagged.map((m) => m.id).sort(), 'rows vs flagged open records');
    assert.ok(await findRow(panel, NAMED_FLAGGED_ID), `row for ${NAMED_FLAGGED_ID}`);
    const countText = await panel.$eval(SEL.count, (el) => el.textContent ?? '');
    assert.equal(Number(countText.match(/\d+/)?.[0]), flagged.length, `inbox count "${countText}"`);
    assert.equal(await panel.$(SEL.health), null, 'adapter-health banner shown while every page parsed');
  } finally {
    await panel.close();
  }
});

test('mark handled in the side panel sets the record status to handled in IndexedDB', async () => {
  const before = (await mentionsById()).get(NAMED_FLAGGED_ID);
  assert.equal(before?.status, 'open', `${NAMED_FLAGGED_ID} status before`);
  const panel = await h.openSidePanel(ctx.browser, ctx.extensionId);
  try {
    await panel.waitForSelector(SEL.row, { timeout: 10_000 });
    const row = await findRow(panel, NAMED_FLAGGED_ID);
    assert.ok(row, `row for ${NAMED_FLAGGED_ID}`);
    const button = await row.$(SEL.handled);
    assert.ok(button, `no ${SEL.handled} in the row`);
    await button.click();
    const after = await h.until(
      async () => {
        const m = (await mentionsById()).get(NAMED_FLAGGED_ID);
        return m?.status === 'handled' ? m : undefined;
      },
      { timeout: 5_000, what: `${NAMED_FLAGGED_ID} status 'handled'` },
    );
    assert.match(after.statusChangedAt ?? '', /^\d{4}-\d\d-\d\dT/, 'statusChangedAt');
  } finally {
    await panel.close();
  }
});

test('changed X markup (post-text hooks renamed) on x.com/search: side panel shows the adapter-health banner naming X', async () => {
  const html = breakXTextHook(await h.readFixture(X_HOME.file));
  const url = 'https://x.com/search?q=crisis%20desk&src=typed_query';
  ctx.router.add(url, { body: html });
  const page = await h.newHostPage(ctx.browser, ctx.router);
  const trace = await h.traceContentScripts(page);
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    // The content script judges a page only after the grace period (an empty timeline is normal
    // for the first seconds); then it reports and the background stores the report.
    await h.sleep(HEALTH_GRACE_MS + 500);
    const panel = await h.openSidePanel(ctx.browser, ctx.extensionId);
    try {
      const text = await h.until(
        async () => {
          const el = await panel.$(SEL.health);
          if (!el) {
            await panel.reload({ waitUntil: 'load' });
            return undefined;
          }
          return el.evaluate((e) => e.textContent ?? '');
        },
        { timeout: 8_000, interval: 1_000, what: `${SEL.health} in the side panel` },
      );
      assert.match(text, /\bX\b/, `banner text "${text.slice(0, 200)}" does not name X`);
    } finally {
      await panel.close();
    }
    await recordPerf(page, url, trace);
  } finally {
    await page.close();
  }
});

test('a killed service worker: a page opened afterwards wakes it, and its reviews are stored next to the earlier ones', async () => {
  const isOurWorker = (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${ctx.extensionId}/`);
  const before = (await h.readMentions(ctx.reader)).length;
  const target = await ctx.browser.waitForTarget(isOurWorker, { timeout: 10_000 });
  const worker = await target.worker();
  assert.ok(worker, 'no worker handle for the service worker target');
  // What Chrome does to an idle MV3 worker after ~30 s, or under memory pressure.
  await worker.close();
  await h.until(async () => !ctx.browser.targets().some(isOurWorker), { what: 'the service worker to stop' });

  const url = 'https://www.amazon.in/dp/B0CS5XW6TN';
  ctx.router.addPages([{ url, file: 'amazon/in-product-page-2026-05-B0CS5XW6TN-new-review-cards.html' }]);
  const page = await h.newHostPage(ctx.browser, ctx.router);
  try {
    await h.openHostPage(page, url, { expected: 8, timeout: 20_000 });
  } finally {
    await page.close();
  }
  const all = await h.readMentions(ctx.reader);
  const fromIndia = all.filter((m) => m.marketplace === 'amazon.in');
  assert.equal(fromIndia.length, 8, 'reviews from the page opened after the worker was killed');
  assert.ok(fromIndia.every((m) => m.productId === 'B0CS5XW6TN' && !m.text.includes('Brief content visible')), 'new-card fields');
  assert.equal(all.length, before + 8, 'earlier mentions kept, new ones added');
  console.log(`    worker restarted: ${ctx.browser.targets().some(isOurWorker)}; stored ${before} -> ${all.length}`);
});

test(`no main-thread task running our content scripts takes over ${LONG_TASK_BUDGET_MS} ms of CPU in a host page`, async () => {
  assert.ok(ctx.perf.size > 0, 'no host page was measured');
  const lines = [];
  let worstCpu = { cpuMs: 0, wallMs: 0, url: '' };
  let worstWall = { wallMs: 0, url: '' };
  let worstLong = { duration: 0, url: '' };
  for (const [url, p] of ctx.perf) {
    if (p.error) throw new Error(`tracing ${url}: ${p.error}`);
    assert.ok(p.ours.length > 0, `${url}: no task ran content-script code (tracing saw nothing)`);
    const long = Math.max(0, ...p.longTasks.map((t) => t.duration));
    const cpu = p.ours.reduce((a, t) => (t.cpuMs > a.cpuMs ? t : a), p.ours[0]);
    const wall = p.ours[0];
    if (cpu.cpuMs > worstCpu.cpuMs) worstCpu = { ...cpu, url };
    if (wall.wallMs > worstWall.wallMs) worstWall = { ...wall, url };
    if (long > worstLong.duration) worstLong = { duration: long, url };
    lines.push(
      `    ${url}: ${p.ours.length} tasks ran our code, longest ${wall.wallMs} ms wall / ${cpu.cpuMs} ms CPU (${cpu.what}); ` +
        `page's longest task ${long} ms (${p.longTasks.length} over 50 ms)`,
    );
  }
  console.log(lines.join('\n'));
  console.log(
    `    worst: our code ${worstCpu.cpuMs} ms CPU (${worstCpu.url}), ${worstWall.wallMs} ms wall (${worstWall.url}); ` +
      `longest host-page task of any origin ${worstLong.duration} ms (${worstLong.url || 'none'})`,
  );
  assert.ok(
    worstCpu.cpuMs <= LONG_TASK_BUDGET_MS,
    `a task running content-script code took ${worstCpu.cpuMs} ms CPU (${worstCpu.wallMs} ms wall) on ${worstCpu.url}: ${worstCpu.what}`,
  );
});

// ---------------------------------------------------------------------------------------------
// Runner

await suite.run({
  async setup(started) {
    ctx.router.addPages(Object.values(h.PAGES));
    const session = await h.launchWithExtension();
    ctx.browser = session.browser;
    ctx.extensionId = session.extensionId;
    ctx.reader = await h.openSidePanel(ctx.browser, ctx.extensionId).catch(async (err) => {
      await session.close();
      throw err;
    });
    console.log(`extension ${ctx.extensionId} loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return session;
  },
  after() {
    if (summaries.length) console.log(`captured:\n    ${summaries.join('\n    ')}`);
    const blocked = ctx.router.blocked.length;
    console.log(`router: served ${ctx.router.served.length} saved pages, answered ${blocked} other requests locally`);
  },
});
