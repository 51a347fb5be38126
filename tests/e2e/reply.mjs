/**
 * Reply e2e (issue 11), on the production build (.output/chrome-mv3): the saved X home page is
 * served at https://x.com/home with its real Draft.js composer markup, and the side panel replies
 * to mentions as an agent would: suggest, fill, insert into X's box, read back, Post enabled, the
 * reply recorded on the mention; then, with insertion made to fail, the clipboard fallback and its
 * paste prompt; and the in-page badge's Reply button opening the reply view.
 *
 * The saved pages' scripts were emptied when they were saved (tests/fixtures/x/SOURCE.md), so X's
 * own editor is not there to take the paste: tests/e2e/draft-stand-in.mjs stands in for it (it
 * replaces the selection with the pasted text, renders Draft.js blocks and enables Post, as X
 * does) — or, to make insertion fail, takes no paste at all. X's reply dialog is in no saved page
 * either: tests/e2e/reply-dialog-stand-in.mjs opens one (our markup around a copy of the page's
 * own composer) to check that the reply goes into an open dialog's box.
 *
 * Ends with `e2e-reply: N passed, M failed` (the line scripts/test-all.mjs reads).
 *
 *   npx wxt build && node tests/e2e/reply.mjs [--screenshot docs/reply-view.png]
 */
/* global chrome -- inside page.evaluate, which runs in the extension page */
import assert from 'node:assert/strict';
import path from 'node:path';
import { installDraftStandIn } from './draft-stand-in.mjs';
import { exampleComplaints, X_HOME_PAGE_INFO } from './example-complaints.mjs';
import { DIALOG_BOX, openReplyDialogStandIn } from './reply-dialog-stand-in.mjs';
import { AMAZON_JP, X_HOME } from './expectations.mjs';
import * as h from './harness.mjs';
import { createSuite } from './runner.mjs';

const suite = createSuite('e2e-reply', { testTimeoutMs: 60_000, suiteTimeoutMs: 240_000 });
const { test } = suite;
const ctx = { browser: undefined, extensionId: '', router: new h.FixtureRouter(), xPage: undefined };

/** Complaints about the bundled example incident (public/examples: VP-20K power banks). */
const MENTIONS = exampleComplaints(Date.now());

async function openPanel(hash = '') {
  const panel = await ctx.browser.newPage();
  await panel.setViewport({ width: 420, height: 1000 });
  await panel.goto(`${h.sidePanelUrl(ctx.extensionId)}${hash}`, { waitUntil: 'load' });
  return panel;
}

async function stored(panel, id) {
  return (await h.readMentions(panel)).find((m) => m.id === id);
}

/** A fresh X home page with the stand-in editor (`mode`: 'paste' or 'ignore'). */
async function freshXPage(mode) {
  await ctx.xPage?.close();
  ctx.xPage = await h.newHostPage(ctx.browser, ctx.router);
  await h.openHostPage(ctx.xPage, X_HOME.url, { expected: X_HOME.ids.length });
  assert.equal(await ctx.xPage.evaluate(installDraftStandIn, { mode }), true, 'the saved page has X’s composer');
  return ctx.xPage;
}

const composerState = (page) =>
  page.evaluate(() => {
    const editor = document.querySelector('[data-testid="tweetTextarea_0"]');
    const text = [...editor.querySelectorAll('[data-block="true"]')].map((b) => b.textContent).join('\n');
    const post = document.querySelector('[data-testid="tweetButtonInline"]');
    return { text, postEnabled: !post.disabled && post.getAttribute('aria-disabled') !== 'true' };
  });

test('the example complaints are stored through the ordinary ingest', async () => {
  const panel = await openPanel();
  try {
    const reply = await panel.evaluate(
      (page, mentions) => chrome.runtime.sendMessage({ type: 'mentions/ingest', page, mentions }),
      X_HOME_PAGE_INFO,
      MENTIONS,
    );
    assert.equal(reply?.ok, true, `ingest: ${reply?.error}`);
    assert.deepEqual(reply.rejected, []);
  } finally {
    await panel.close();
  }
});

test('suggest (German, the incident’s holding reply), fill, insert into X’s box: read back, Post enabled, recorded', async () => {
  const x = await freshXPage('paste');
  // An earlier draft in the box: the reply must replace it, never append.
  await x.evaluate(() => {
    const editor = document.querySelector('[data-testid="tweetTextarea_0"]');
    const span = editor.querySelector('[data-block="true"] span');
    span.textContent = 'an old draft';
  });
  const panel = await openPanel(`#reply=${MENTIONS[0].id}`);
  try {
    const first = await panel.waitForSelector('[data-testid="reply-suggestions"] input[type="radio"]:checked', { timeout: 15_000 });
    assert.equal(await first.evaluate((el) => el.value), 'vp20k-holding-x');
    const text = await panel.$eval('[data-testid="reply-text"]', (el) => el.value);
    assert.match(text, /^Hallo Jana, /);
    assert.ok(text.includes('https://voltpro.example/notice/vp20k'), 'the notice link is filled in');
    assert.match(await panel.$eval('[data-testid="reply-length"]', (el) => el.textContent), /^\d+ of 280 /);
    assert.equal(await panel.$eval('[data-testid="reply-findings"]', (el) => el.textContent.includes('No problems found.')), true);
    await panel.bringToFront();
    await panel.click('[data-testid="reply-insert"]');
    const outcome = await panel.waitForSelector('[data-testid="reply-outcome"][data-outcome="inserted"]', { timeout: 15_000 });
    assert.match(await outcome.evaluate((el) => el.textContent), /Post button is enabled/);
    const box = await composerState(x);
    assert.equal(box.text, text, 'X’s box holds exactly the reply');
    assert.equal(box.postEnabled, true, 'X’s Post button is enabled');
    const row = await h.until(async () => {
      const m = await stored(panel, MENTIONS[0].id);
      return m?.replies?.length ? m : undefined;
    }, { what: 'the recorded reply' });
    assert.equal(row.status, 'handled');
    assert.deepEqual(
      { via: row.replies[0].via, templateId: row.replies[0].templateId, lang: row.replies[0].lang, agent: row.replies[0].agent, statementVersion: row.replies[0].statementVersion },
      { via: 'x-insert', templateId: 'vp20k-holding-x', lang: 'de', agent: 'me', statementVersion: 1 },
    );
  } finally {
    await panel.close();
  }
});

test('insertion made to fail: the clipboard gets the reply, the panel says press Ctrl+V, X’s box is untouched', async () => {
  const x = await freshXPage('ignore');
  const origin = `chrome-extension://${ctx.extensionId}`;
  await ctx.browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  const panel = await openPanel(`#reply=${MENTIONS[1].id}`);
  try {
    await panel.waitForSelector('[data-testid="reply-suggestions"] input[type="radio"]:checked', { timeout: 15_000 });
    const text = await panel.$eval('[data-testid="reply-text"]', (el) => el.value);
    assert.match(text, /^李伟您好/);
    await panel.bringToFront();
    await panel.click('[data-testid="reply-insert"]');
    const outcome = await panel.waitForSelector('[data-testid="reply-outcome"][data-outcome="pasted-fallback"]', { timeout: 15_000 });
    const said = await outcome.evaluate((el) => el.textContent);
    assert.match(said, /press Ctrl\+V to paste it/);
    assert.match(said, /did not take the text/);
    assert.equal(await panel.evaluate(() => navigator.clipboard.readText()), text, 'the clipboard holds the reply');
    assert.deepEqual(await composerState(x), { text: '', postEnabled: false }, 'nothing was put in X’s box');
    const row = await h.until(async () => {
      const m = await stored(panel, MENTIONS[1].id);
      return m?.replies?.length ? m : undefined;
    }, { what: 'the recorded reply' });
    assert.equal(row.replies[0].via, 'clipboard');
  } finally {
    await panel.close();
  }
});

test('X’s reply dialog open over the timeline (a stand-in: no saved page has one): the reply goes into the dialog’s box, not the timeline’s', async () => {
  const x = await freshXPage('ignore');
  const [, , sam] = MENTIONS;
  assert.equal(await x.evaluate(openReplyDialogStandIn, { permalink: sam.permalink, text: sam.text }), true, 'the stand-in dialog opened');
  assert.equal(await x.evaluate(installDraftStandIn, { mode: 'paste', selector: DIALOG_BOX }), true);
  const panel = await openPanel(`#reply=${sam.id}`);
  try {
    await panel.waitForSelector('[data-testid="reply-suggestions"] input[type="radio"]:checked', { timeout: 15_000 });
    // The holding reply: nothing to fill in (Sam asks for a refund, so the refund one comes first).
    await panel.click('[data-testid="reply-suggestions"] input[value="vp20k-holding-x"]');
    await panel.waitForFunction(() => document.querySelector('[data-testid="reply-text"]')?.value.startsWith('Hi Sam'));
    const text = await panel.$eval('[data-testid="reply-text"]', (el) => el.value);
    await panel.bringToFront();
    await panel.click('[data-testid="reply-insert"]');
    const outcome = await panel.waitForSelector('[data-testid="reply-outcome"]:not([data-outcome=""])', { timeout: 15_000 });
    const said = await outcome.evaluate((el) => el.textContent);
    assert.equal(await outcome.evaluate((el) => el.getAttribute('data-outcome')), 'inserted', said);
    assert.doesNotMatch(said, /NEW post/, 'no warning about the timeline’s box');
    assert.doesNotMatch(said, /not on that page/, 'the dialog shows the post answered');
    const boxes = await x.evaluate((dialogBox) => {
      const read = (editor) => [...editor.querySelectorAll('[data-block="true"]')].map((b) => b.textContent).join('\n');
      const dialog = document.querySelector(dialogBox);
      const timeline = [...document.querySelectorAll('[data-testid="tweetTextarea_0"]')].find((el) => !el.closest('[role="dialog"]'));
      const post = document.querySelector('[role="dialog"] [data-testid="tweetButton"]');
      return { dialog: read(dialog), timeline: read(timeline), postEnabled: !post.disabled && post.getAttribute('aria-disabled') !== 'true' };
    }, DIALOG_BOX);
    assert.deepEqual(boxes, { dialog: text, timeline: '', postEnabled: true });
  } finally {
    await panel.close();
  }
});

test('the in-page badge’s Reply button opens the reply view on that review', async () => {
  const router = new h.FixtureRouter().addPages([AMAZON_JP]);
  // The panel is open beside the page (as in the inbox e2e): it follows the badge's request. (The
  // background also opens the real side panel, which a headless browser may or may not show:
  // research/e2e.md pitfall 9; that one takes the request too.)
  const panel = await openPanel();
  const page = await h.newHostPage(ctx.browser, router);
  try {
    await h.openHostPage(page, AMAZON_JP.url, { expected: AMAZON_JP.ids.length });
    await h.until(() => page.evaluate((attr) => Boolean(document.querySelector(`[${attr}]`)?.shadowRoot?.querySelector('[data-crisis-desk-reply]')), h.BADGE_ATTR), {
      what: 'a badge with a Reply button',
    });
    const before = page.url();
    const id = await page.evaluate((attr) => {
      const host = document.querySelector(`[${attr}]`);
      host.shadowRoot.querySelector('[data-crisis-desk-reply]').click();
      return host.getAttribute(attr);
    }, h.BADGE_ATTR);
    assert.equal(page.url(), before, 'the click did not open the review');
    await panel.waitForSelector('[data-testid="amazon-decision"]', { timeout: 15_000 });
    const title = await panel.$eval('.cd-reply__title', (el) => el.textContent);
    assert.ok(title.startsWith('Reply to'), title);
    const shown = await panel.$eval('[data-testid="reply-mention"]', (el) => el.textContent);
    assert.equal(shown, (await stored(panel, id)).text, 'the reply view shows the clicked review');
    assert.match(await panel.$eval('[data-testid="amazon-decision"]', (el) => el.textContent), /no public replies to reviews/);
  } finally {
    await page.close();
    await panel.close();
  }
});

const shotAt = process.argv.indexOf('--screenshot');
if (shotAt > 0) {
  test('screenshot of the reply view for the README', async () => {
    const panel = await openPanel(`#reply=${MENTIONS[0].id}`);
    try {
      await panel.waitForSelector('[data-testid="reply-suggestions"] input[type="radio"]:checked', { timeout: 15_000 });
      await panel.click('[data-testid="reply-suggestions"] input[value="vp20k-remedy-x"]');
      await panel.waitForSelector('[data-testid="reply-fields"] input');
      await panel.type('[data-testid="reply-fields"] input', '302-5550123');
      await panel.$eval('[data-testid="reply-text"]', (el) => el.scrollIntoView());
      await panel.screenshot({ path: path.resolve(process.argv[shotAt + 1]), fullPage: true });
    } finally {
      await panel.close();
    }
  });
}

await suite.run({
  async setup() {
    ctx.router.addPages([X_HOME]);
    const session = await h.launchWithExtension();
    ctx.browser = session.browser;
    ctx.extensionId = session.extensionId;
    return { close: () => session.close() };
  },
});
