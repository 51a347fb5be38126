/**
 * Shared end-to-end plumbing: launch Debian Chromium with the built extension, serve saved real
 * pages at their real URLs through request interception, read the extension's IndexedDB, and
 * record long tasks in host pages. Used by tests/e2e/run.mjs and scripts/demo.mjs.
 *
 * Nothing may leave the machine (recipe and pitfalls: research/e2e.md):
 * - every request of a host page is intercepted: saved pages are answered from tests/fixtures/,
 *   everything else (images, scripts, XHR, fonts, other hosts) gets an empty 204/404;
 * - as a safety net for what page interception cannot see (the service worker, extension pages),
 *   the browser gets a proxy that does not exist and a resolver that resolves nothing.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');

export const DB_NAME = 'crisis-desk';
export const MENTIONS_STORE = 'mentions';
export const CAPTURED_ATTR = 'data-crisis-desk-captured';
export const BADGE_ATTR = 'data-crisis-desk-badge';

/** The saved pages and the real URLs they are served at. `file` is relative to tests/fixtures/. */
export const PAGES = {
  xHome: { url: 'https://x.com/home', file: 'x/home-2025-02-loggedin-x.com.html' },
  // A second home timeline needs a URL of its own; twitter.com is matched by the same script.
  xHomePrettified: { url: 'https://twitter.com/home', file: 'x/home-2024-11-loggedin-prettified-14tweets.html' },
  xProfileZh: { url: 'https://x.com/skiinfomation', file: 'x/profile-2025-10-loggedin-zh-ui-ja-tweets.html' },
  amazonCom: {
    url: 'https://www.amazon.com/product-reviews/B09PZG4R17',
    file: 'amazon/com-product-reviews-2024-05-B09PZG4R17.html',
  },
  amazonDe: { url: 'https://www.amazon.de/dp/000004458X', file: 'amazon/de-product-page-2022-04-000004458X.html' },
  // The saved page is amazon.co.jp's English UI (`/-/en/dp/`), as the README records.
  amazonJp: {
    url: 'https://www.amazon.co.jp/-/en/dp/B07WXL5YPW',
    file: 'amazon/co-jp-product-page-2022-02-B07WXL5YPW-ja-reviews.html',
  },
};

/** Where a fixture lives; throws a clear error naming the missing file. */
export function fixturePath(file) {
  const p = path.join(FIXTURES, file);
  if (!existsSync(p)) throw new Error(`fixture missing: tests/fixtures/${file}`);
  return p;
}

export async function readFixture(file) {
  return readFile(fixturePath(file), 'utf8');
}

// ---------------------------------------------------------------------------------------------
// Request router

function routeKey(url) {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/**
 * Answers host-page requests: registered URLs get their HTML, everything else an empty reply.
 * `served`/`blocked` are kept so a test (or the demo) can say what the page asked for.
 */
export class FixtureRouter {
  routes = new Map();
  served = [];
  blocked = [];

  /** Serve `body` (a string) or the fixture `file` at `url`. */
  add(url, { body, file, contentType = 'text/html; charset=utf-8' }) {
    this.routes.set(routeKey(url), { body, file, contentType });
    return this;
  }

  addPages(pages) {
    for (const p of pages) this.add(p.url, { file: p.file });
    return this;
  }

  async #bodyOf(route) {
    if (route.body === undefined) route.body = await readFixture(route.file);
    return route.body;
  }

  /** Turn on interception for `page`. Must be called before the page navigates. */
  async attach(page) {
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      this.#answer(req).catch((err) => {
        // A request can be cancelled by the page while we read the file; nothing to do then.
        if (!/Request is already handled|Target closed|Session closed/.test(String(err))) {
          console.error(`router: ${req.url()}: ${err?.message || err}`);
        }
      });
    });
  }

  async #answer(req) {
    const url = req.url();
    // Extension pages and scripts it injects (web-accessible resources) are local files.
    if (url.startsWith('chrome-extension://') || url.startsWith('moz-extension://')) return req.continue();
    if (url.startsWith('data:') || url.startsWith('blob:')) return req.continue();
    let route;
    try {
      route = this.routes.get(routeKey(url));
    } catch {
      route = undefined;
    }
    if (route) {
      this.served.push(url);
      return req.respond({
        status: 200,
        contentType: route.contentType,
        headers: { 'cache-control': 'no-store' },
        body: await this.#bodyOf(route),
      });
    }
    this.blocked.push(url);
    // 204 for images and media so the page does not show broken-image layout shifts; 404 for the
    // rest (scripts, styles, XHR, fonts), which is what a dead server would say.
    const status = isMediaRequest(req) ? 204 : 404;
    return req.respond({ status, contentType: 'text/plain', body: '' });
  }
}

/** Images, media and beacons. Firefox over WebDriver BiDi has no `resourceType()` (puppeteer
 * throws UnsupportedOperation), so fall back to the URL's extension there. */
function isMediaRequest(req) {
  try {
    return ['image', 'media', 'ping'].includes(req.resourceType());
  } catch {
    return /\.(?:avif|gif|ico|jpe?g|png|svg|webp|mp4|webm)(?:[?#]|$)/i.test(req.url()) || /[?&]format=(?:jpg|png|webp)/.test(req.url());
  }
}

// ---------------------------------------------------------------------------------------------
// Browser

export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * Launch Chromium with the unpacked build, in a fresh profile. Returns the browser, the extension
 * id (from the service-worker target: it is a hash of the build's absolute path, research/e2e.md
 * pitfall 8) and `close()`, which closes the browser and removes the profile.
 */
export async function launchWithExtension({
  extensionPath = process.env.CRISIS_DESK_EXTENSION ?? CHROME_BUILD,
  headless = true,
  dumpio = Boolean(process.env.E2E_DUMPIO),
  defaultViewport = { width: 1280, height: 900 },
  // The team e2e's CouchDB runs on this machine's loopback: let the browser reach it (only it;
  // every other host still goes nowhere).
  allowLoopback = false,
} = {}) {
  const abs = path.resolve(extensionPath);
  if (!existsSync(path.join(abs, 'manifest.json'))) {
    throw new Error(`no build at ${abs}: run \`npx wxt build\` first`);
  }
  const profile = await mkdtemp(path.join(os.tmpdir(), 'crisis-desk-e2e-profile-'));
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: chromiumPath(),
      headless,
      userDataDir: profile,
      dumpio,
      defaultViewport,
      // Puppeteer passes --disable-extensions by default, which would stop the build loading.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        '--no-sandbox', // we run as root in CI
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // Safety net: anything page interception does not answer (the service worker, extension
        // pages, the browser itself) goes to a proxy that is not there and resolves nowhere.
        '--proxy-server=http://127.0.0.1:9',
        // Without `<-loopback>`, Chromium bypasses the proxy for loopback addresses by default.
        ...(allowLoopback ? [] : ['--proxy-bypass-list=<-loopback>']),
        allowLoopback ? '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1' : '--host-resolver-rules=MAP * ~NOTFOUND',
        `--disable-extensions-except=${abs}`,
        `--load-extension=${abs}`,
      ],
    });
    const target = await browser.waitForTarget(
      (t) =>
        t.type() === 'service_worker' &&
        t.url().startsWith('chrome-extension://') &&
        t.url().endsWith('/background.js'),
      { timeout: 15_000 },
    );
    const extensionId = new URL(target.url()).host;
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      try {
        // After Ctrl-C in the demo, Chromium (same process group) may already be gone.
        if (browser.connected) await browser.close();
        else browser.process()?.kill('SIGKILL');
      } finally {
        await rm(profile, { recursive: true, force: true });
      }
    };
    return { browser, extensionId, serviceWorker: target, profile, close };
  } catch (err) {
    await browser?.close().catch(() => {});
    await rm(profile, { recursive: true, force: true });
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// Host pages

/** Stored on the page's window by `recordLongTasks`; read with `longTasks(page)`. */
const LONG_TASKS_KEY = '__crisisDeskLongTasks';

/** Record every long task (> 50 ms, the Long Tasks API threshold) of the host page from the
 * start of navigation, including the page's own parsing and layout. */
export async function recordLongTasks(page) {
  await page.evaluateOnNewDocument((key) => {
    const store = { tasks: [] };
    Object.defineProperty(window, key, { value: store, enumerable: false });
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) store.tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      store.unsupported = true;
    }
  }, LONG_TASKS_KEY);
}

/** The host page's long tasks (`[{ start, duration }]`, wall time) since navigation, recorded
 * by `recordLongTasks`. */
export async function longTasks(page) {
  return page.evaluate((key) => window[key]?.tasks ?? [], LONG_TASKS_KEY);
}

/**
 * Trace the host page and find the main-thread tasks that ran our content-script code, with their
 * wall time and their thread CPU time. The Long Tasks API says how long a task took, not whose
 * code ran in it or whether the thread was simply waiting for a core: on a shared 2-core machine
 * the same build measured 0–258 ms of wall time for the same page. CPU time is what our code
 * costs; wall time is reported next to it.
 *
 * Tracing is per browser, one at a time: call `stop()` before tracing the next page.
 */
export async function traceContentScripts(page) {
  // 'toplevel' has the RunTask events (with `tdur`, thread time); 'devtools.timeline' and
  // 'v8.execute' have EvaluateScript/FunctionCall with the script URL. Heavier categories
  // ('v8', 'blink') inflated the tasks several-fold in trials.
  await page.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'v8.execute'] });
  return {
    async stop() {
      const buf = await page.tracing.stop();
      if (!buf) return { tasks: [] };
      return { tasks: contentScriptTasks(JSON.parse(Buffer.from(buf).toString('utf8')).traceEvents ?? []) };
    },
  };
}

const CONTENT_SCRIPT_URL = /^chrome-extension:\/\/[a-p]{32}\/content-scripts\//;

/** Top-level tasks (RunTask) of renderer main threads that contain an event whose script URL
 * is one of our content scripts: `[{ wallMs, cpuMs, what }]`, longest wall time first. */
export function contentScriptTasks(events) {
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const tasksByThread = new Map();
  const ours = [];
  for (const e of events) {
    if (e.ph !== 'X' || !mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    const key = `${e.pid}:${e.tid}`;
    if (e.name === 'ThreadControllerImpl::RunTask') {
      if (!tasksByThread.has(key)) tasksByThread.set(key, []);
      tasksByThread.get(key).push(e);
    }
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
    if (CONTENT_SCRIPT_URL.test(url)) ours.push({ key, e });
  }
  const found = new Map();
  for (const tasks of tasksByThread.values()) tasks.sort((a, b) => a.ts - b.ts);
  for (const { key, e } of ours) {
    const tasks = tasksByThread.get(key) ?? [];
    // The last task starting at or before the event; walk back past nested ones.
    let lo = 0;
    let hi = tasks.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tasks[mid].ts <= e.ts) {
        idx = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    let outer;
    for (let i = idx; i >= 0; i--) {
      const t = tasks[i];
      if (t.ts + (t.dur ?? 0) >= e.ts + (e.dur ?? 0)) outer = t;
      if (e.ts - t.ts > 10_000_000) break; // no task is 10 s long
    }
    if (!outer) continue;
    const entry = found.get(outer) ?? { wallMs: round1(outer.dur / 1000), cpuMs: round1((outer.tdur ?? 0) / 1000), what: new Set() };
    entry.what.add(e.name);
    found.set(outer, entry);
  }
  return [...found.values()]
    .map((t) => ({ ...t, what: [...t.what].sort().join('+') }))
    .sort((a, b) => b.wallMs - a.wallMs);
}

function round1(n) {
  return Math.round(n * 10) / 10;
}

/** A new tab with the router attached and the long-task recorder installed. */
export async function newHostPage(browser, router) {
  const page = await browser.newPage();
  await router.attach(page);
  await recordLongTasks(page);
  return page;
}

/** Navigate a host page to a served URL and wait until the background acknowledged at least
 * `expected` mentions (or, with `expected` undefined, until the count stops changing). */
export async function openHostPage(page, url, { expected, timeout = 15_000 } = {}) {
  const res = await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
  if (!res || res.status() !== 200) throw new Error(`${url}: HTTP ${res?.status()}`);
  return waitForCaptured(page, { expected, timeout });
}

/** The `data-crisis-desk-captured` count on <html>, or undefined when the content script never
 * set it. */
export async function capturedCount(page) {
  const v = await page.evaluate((attr) => document.documentElement.getAttribute(attr), CAPTURED_ATTR);
  return v === null ? undefined : Number(v);
}

export async function waitForCaptured(page, { expected, timeout = 15_000, settleMs = 800 } = {}) {
  const start = Date.now();
  let last;
  let lastChange = Date.now();
  for (;;) {
    const n = await capturedCount(page);
    if (n !== last) {
      last = n;
      lastChange = Date.now();
    }
    if (expected !== undefined && n !== undefined && n >= expected) return n;
    if (expected === undefined && n !== undefined && Date.now() - lastChange >= settleMs) return n;
    if (Date.now() - start > timeout) {
      throw new Error(
        `${page.url()}: ${CAPTURED_ATTR} is ${last === undefined ? 'never set' : last}` +
          (expected === undefined ? '' : `, expected >= ${expected}`) +
          ` after ${timeout} ms`,
      );
    }
    await sleep(100);
  }
}

/** Badge hosts on the page: `[{ id, inItem }]`, where `inItem` says the badge sits inside the
 * post/review element of that id (X: an article linking to the status; Amazon: the review whose
 * element id is the review id). */
export async function badges(page) {
  return page.evaluate((attr) => {
    const out = [];
    for (const el of document.querySelectorAll(`[${attr}]`)) {
      const id = el.getAttribute(attr) ?? '';
      const [platform, native] = id.split(':');
      let inItem = false;
      if (platform === 'x') {
        const article = el.closest('article');
        inItem = Boolean(article?.querySelector(`a[href*="/status/${native}"]`));
      } else if (platform === 'amazon') {
        inItem = Boolean(el.closest(`[id="${native}"], [id="customer_review-${native}"]`));
      }
      out.push({ id, inItem });
    }
    return out;
  }, BADGE_ATTR);
}

// ---------------------------------------------------------------------------------------------
// Extension pages

export function sidePanelUrl(extensionId) {
  return `chrome-extension://${extensionId}/sidepanel.html`;
}

/** Open the side panel page in an ordinary tab (the panel itself cannot be opened headless;
 * research/e2e.md pitfall 9). Same origin as the service worker, so it sees its IndexedDB. */
export async function openSidePanel(browser, extensionId, { width = 400, height = 900 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.goto(sidePanelUrl(extensionId), { waitUntil: 'load' });
  return page;
}

/**
 * Every record in the `mentions` store, read in an extension page. Never creates the database:
 * opening a missing one would create an empty version 1 and stop the background's upgrade from
 * ever running, so a missing database reads as [] and a pending upgrade is aborted.
 */
export async function readMentions(page) {
  return readStore(page, MENTIONS_STORE);
}

/** Every row of one store of the extension's database, read in an extension page. */
export async function readStore(page, store) {
  return page.evaluate(
    async (dbName, storeName) => {
      const dbs = await indexedDB.databases();
      if (!dbs.some((d) => d.name === dbName)) return [];
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open(dbName);
        req.onupgradeneeded = () => req.transaction?.abort();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('open failed'));
      });
      try {
        if (!db.objectStoreNames.contains(storeName)) return [];
        return await new Promise((resolve, reject) => {
          const req = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error ?? new Error('getAll failed'));
        });
      } finally {
        db.close();
      }
    },
    DB_NAME,
    store,
  );
}

// ---------------------------------------------------------------------------------------------
// Small helpers

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Text compared without whitespace: saved pages (some prettified) and the adapter's block-aware
 * text reader legitimately differ only in spaces and newlines. */
export function squash(s) {
  return String(s ?? '').replace(/\s+/g, '');
}

/** Poll `fn` until it returns a truthy value or `timeout` passes; returns the value. */
export async function until(fn, { timeout = 10_000, interval = 150, what = 'condition' } = {}) {
  const start = Date.now();
  let lastErr;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      lastErr = err;
    }
    if (Date.now() - start > timeout) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${lastErr ? `: ${lastErr.message}` : ''}`);
    }
    await sleep(interval);
  }
}
