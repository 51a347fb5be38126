/**
 * Firefox check for the firefox-mv2 build (build it first: `npx wxt build -b firefox`).
 *
 * 1. `web-ext lint` through web-ext's programmatic API: fails on errors only, lists warnings.
 * 2. If firefox-esr is on the PATH: install the build as a temporary add-on with puppeteer-core
 *    over WebDriver BiDi (research/e2e.md, "Firefox") and check that the content scripts ran on
 *    saved x.com and amazon.co.jp pages served at their real URLs, the background acknowledged
 *    the batches, and a flagged review got its badge. The side bar page is not opened:
 *    puppeteer may not navigate to moz-extension:// (research/e2e.md).
 *
 * Prints one line per check and ends with `firefox: N passed, M failed`; exit 1 on failure.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import webExt from 'web-ext';
import {
  CAPTURED_ATTR,
  FIREFOX_BUILD,
  FixtureRouter,
  badges,
  capturedCount,
  sleep,
  until,
} from '../tests/e2e/harness.mjs';
import { AMAZON_JP, NAMED_FLAGGED_ID, X_HOME } from '../tests/e2e/expectations.mjs';

const buildDir = path.resolve(process.env.CRISIS_DESK_FIREFOX_EXTENSION ?? FIREFOX_BUILD);
const results = [];

async function check(name, fn) {
  const t0 = Date.now();
  try {
    const note = await fn();
    results.push(true);
    console.log(`ok   ${results.length} - ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)${note ? `\n     ${note}` : ''}`);
    return true;
  } catch (err) {
    results.push(false);
    console.log(`FAIL ${results.length} - ${name}\n     ${String(err?.message ?? err).split('\n').join('\n     ')}`);
    return false;
  }
}

function firefoxPath() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  try {
    // puppeteer rejects a bare 'firefox-esr' ("Browser was not found"); it needs the absolute path.
    return execFileSync('sh', ['-c', 'command -v firefox-esr'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

async function lint() {
  // addons-linter prints its own report unless output is 'none'; we print a short one.
  const result = await webExt.cmd.lint(
    { sourceDir: buildDir, output: 'none', boring: true, verbose: false },
    { shouldExitProgram: false },
  );
  const errors = result?.errors ?? [];
  const warnings = result?.warnings ?? [];
  const fmt = (m) => `${m.code}${m.file ? ` (${m.file})` : ''}: ${m.message}`;
  const lines = [`${errors.length} errors, ${warnings.length} warnings, ${(result?.notices ?? []).length} notices`];
  for (const w of warnings) lines.push(`warning ${fmt(w)}`);
  for (const e of errors) lines.push(`ERROR   ${fmt(e)}`);
  assert.equal(errors.length, 0, lines.join('\n'));
  return lines.join('\n     ');
}

/** Open `spec` in a new tab and wait until the background acknowledged all its mentions: the
 * attribute is written after the background (MV2 event page) stored the batch and replied, so it
 * proves both halves ran. */
async function capture(browser, router, spec) {
  const page = await browser.newPage();
  await router.attach(page);
  const res = await page.goto(spec.url, { waitUntil: 'domcontentloaded' });
  assert.equal(res?.status(), 200, 'served page status');
  const deadline = Date.now() + 20_000;
  let n;
  while (Date.now() < deadline) {
    n = await capturedCount(page);
    if (n !== undefined && n >= spec.ids.length) break;
    await sleep(200);
  }
  assert.ok(n !== undefined, `${CAPTURED_ATTR} never set: the content script did not run or got no reply`);
  assert.ok(n >= spec.ids.length, `${CAPTURED_ATTR} is ${n}, expected >= ${spec.ids.length}`);
  return { page, n };
}

async function inFirefox(executablePath) {
  const manifest = JSON.parse(await readFile(path.join(buildDir, 'manifest.json'), 'utf8'));
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  const profile = await mkdtemp(path.join(os.tmpdir(), 'crisis-desk-firefox-profile-'));
  let browser;
  try {
    await check('firefox launches and installs the build as a temporary add-on', async () => {
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath,
        headless: true,
        userDataDir: profile,
        extraPrefsFirefox: {
          // Safety net like Chromium's: anything the page interception misses goes to a proxy
          // that is not there.
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': 9,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': 9,
          'network.proxy.no_proxies_on': '',
        },
      });
      const id = await browser.installExtension(buildDir);
      if (geckoId) assert.equal(id, geckoId, 'installed add-on id');
      return `add-on ${id}, ${await browser.version()}`;
    });
    if (!browser) return;

    const router = new FixtureRouter().addPages([X_HOME, AMAZON_JP]);
    await check(`x.com content script + background on ${X_HOME.url}: ${X_HOME.ids.length} mentions acknowledged`, async () => {
      const { page, n } = await capture(browser, router, X_HOME);
      await page.close();
      return `captured ${n}`;
    });
    await check(`amazon content script on ${AMAZON_JP.url}: ${AMAZON_JP.ids.length} reviews, the 1-star complaint badged`, async () => {
      const { page, n } = await capture(browser, router, AMAZON_JP);
      try {
        const found = await until(async () => {
          const b = await badges(page);
          return b.some((x) => x.id === NAMED_FLAGGED_ID) ? b : undefined;
        }, { timeout: 5_000, what: `a badge for ${NAMED_FLAGGED_ID}` });
        const misplaced = found.filter((x) => !x.inItem).map((x) => x.id);
        assert.deepEqual(misplaced, [], 'badges outside their review');
        return `captured ${n}, badges on ${found.map((x) => x.id).join(', ')}; router answered ${router.blocked.length} other requests locally`;
      } finally {
        await page.close();
      }
    });
  } finally {
    await browser?.close().catch(() => {});
    await rm(profile, { recursive: true, force: true });
  }
}

async function main() {
  try {
    if (!existsSync(path.join(buildDir, 'manifest.json'))) {
      await check('firefox-mv2 build exists', () => {
        throw new Error(`no build at ${buildDir}: run \`npx wxt build -b firefox\` first`);
      });
      return;
    }
    await check('web-ext lint: no errors', lint);
    const ff = firefoxPath();
    if (!ff) {
      console.log('firefox-esr is not on the PATH: skipping the in-browser checks');
      return;
    }
    await inFirefox(ff);
  } finally {
    const passed = results.filter(Boolean).length;
    const failed = results.length - passed;
    console.log(`firefox: ${passed} passed, ${failed} failed`);
    if (failed > 0) process.exitCode = 1;
  }
}

await main();
