/**
 * `npm start`: build the extension, open the saved X and Amazon pages at their real URLs in
 * Chromium with the extension loaded (every request answered locally, as in the e2e suite), wait
 * for capture, print what was captured and flagged; then walk the bundled example incident and an
 * approved reply in the side panel, into X's box on the saved x.com/home page
 * (scripts/demo-reply-walk.mjs), printing what the agent sees at each step. Screenshots of every
 * step go to .demo-output/ and their paths are printed.
 *
 * With a display (DISPLAY set) the browser is visible and stays open until Ctrl-C; without one it
 * runs headless and exits. `--no-build` skips `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import * as h from '../tests/e2e/harness.mjs';
import { walkIncidentAndReply } from './demo-reply-walk.mjs';
import { AMAZON_COM, AMAZON_DE, AMAZON_JP, X_HOME, X_HOME_PRETTIFIED, X_PROFILE_ZH } from '../tests/e2e/expectations.mjs';

const OUT_DIR = path.join(h.ROOT, '.demo-output');
const PAGES = [X_HOME, X_HOME_PRETTIFIED, X_PROFILE_ZH, AMAZON_COM, AMAZON_DE, AMAZON_JP];
const TOP_FLAGGED = 10;
const headful = Boolean(process.env.DISPLAY);

function build() {
  if (process.argv.includes('--no-build')) return;
  console.log('building: npm run build');
  const res = spawnSync('npm', ['run', 'build'], { cwd: h.ROOT, stdio: 'inherit' });
  if (res.status !== 0) {
    console.error('demo: the build failed');
    process.exit(1);
  }
}

const oneLine = (s, n) => {
  const t = String(s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

/** Bring the first badge into view so the screenshot shows one. */
async function scrollToFirstBadge(page) {
  return page.evaluate((attr) => {
    const el = document.querySelector(`[${attr}]`);
    if (!el) return false;
    (el.closest('article, [data-hook="review"]') ?? el).scrollIntoView({ block: 'center' });
    return true;
  }, h.BADGE_ATTR);
}

async function main() {
  build();
  await mkdir(OUT_DIR, { recursive: true });
  const session = await h.launchWithExtension({ headless: !headful, defaultViewport: headful ? null : undefined });
  const { browser, extensionId } = session;
  let keepOpen = false;
  try {
    console.log(`extension ${extensionId} loaded (${headful ? 'visible browser' : 'headless'})`);
    const router = new h.FixtureRouter().addPages(PAGES);
    const opened = [];
    for (const spec of PAGES) {
      const page = await h.newHostPage(browser, router);
      let captured;
      try {
        captured = await h.openHostPage(page, spec.url, { expected: spec.ids.length, timeout: 20_000 });
      } catch (err) {
        console.log(`  ${spec.url}: ${err.message}`);
        captured = await h.capturedCount(page);
      }
      opened.push({ spec, page, captured });
    }

    const panel = await h.openSidePanel(browser, extensionId, { width: 400, height: 900 });
    const mentions = await h.readMentions(panel);
    const byId = new Map(mentions.map((m) => [m.id, m]));

    console.log('\ncaptured per page:');
    let best;
    for (const o of opened) {
      const stored = o.spec.ids.map((id) => byId.get(id)).filter(Boolean);
      const flagged = stored.filter((m) => m.flagged === 1);
      const badges = (await h.badges(o.page)).length;
      console.log(`  ${o.spec.url}\n    captured ${o.captured ?? 0}, stored ${stored.length}, flagged ${flagged.length}, badges ${badges}`);
      if (badges > 0 && (!best || badges > best.badges)) best = { ...o, badges };
    }

    const flagged = mentions
      .filter((m) => m.flagged === 1)
      .sort((a, b) => a.analysis.sentiment.score - b.analysis.sentiment.score);
    console.log(`\ntop flagged (${Math.min(TOP_FLAGGED, flagged.length)} of ${flagged.length}, most negative first):`);
    for (const m of flagged.slice(0, TOP_FLAGGED)) {
      const score = m.analysis.sentiment.score.toFixed(2);
      const who = m.authorHandle ? `@${m.authorHandle}` : (m.authorName ?? '');
      const stars = m.rating !== undefined ? ` ${m.rating}★` : '';
      console.log(`  ${score.padStart(5)} ${m.analysis.lang} ${m.id}${stars} ${oneLine(who, 24)}: ${oneLine(m.text, 90)}`);
    }

    // Give the panel a moment to render the rows it read before the screenshot.
    await panel.waitForSelector('[data-testid="mention-row"], [data-testid="inbox-empty"]', { timeout: 10_000 }).catch(() => {});
    await h.sleep(300);
    const shots = [];
    const shoot = async (page, name, o = {}) => {
      const file = path.join(OUT_DIR, `${name}.png`);
      await page.screenshot({ path: file, ...o });
      shots.push(file);
      return file;
    };
    await shoot(panel, 'sidepanel');
    if (best) {
      await best.page.bringToFront();
      await scrollToFirstBadge(best.page);
      await h.sleep(200);
      await shoot(best.page, `host-page-${new URL(best.spec.url).hostname.replace(/^www\./, '')}`);
    } else {
      console.log('\nno page shows a badge: no host-page screenshot');
    }

    console.log('\nthe example incident and an approved reply, step by step:');
    const xHome = opened.find((o) => o.spec === X_HOME);
    await walkIncidentAndReply({ panel, xPage: xHome.page, shoot });
    console.log(`\nscreenshots:\n  ${shots.map((s) => path.relative(h.ROOT, s)).join('\n  ')}`);

    if (headful) {
      await panel.bringToFront();
      keepOpen = true;
      console.log('\nThe browser stays open (side panel page in the front tab). Ctrl-C to quit.');
      await new Promise((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
        browser.once('disconnected', resolve);
      });
    }
  } finally {
    if (keepOpen) console.log('\nclosing');
    await session.close();
  }
}

main().catch((err) => {
  console.error(`demo: ${err.stack ?? err}`);
  process.exitCode = 1;
});
