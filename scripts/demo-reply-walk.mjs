/**
 * The second half of `npm start` (scripts/demo.mjs): the bundled example incident and an approved
 * reply, clicked through in the side panel as an agent would, each step printed with what the
 * agent sees and a screenshot of it.
 *
 *   1. Incident tab: a name for the record, then "Start from the example" (public/examples);
 *   2. crisis mode on: the clock and checklist pinned above the tabs;
 *   3. three complaints about the incident arrive (German, Chinese, English; made up, since no
 *      saved X page has one) through the ordinary `mentions/ingest` message;
 *   4. the inbox: the incident's complaints first;
 *   5. Reply on the German one: the approved templates suggested, in German;
 *   6. the refund template: its {{ask:…}} field blocks the reply until filled; filled, the live
 *      check passes;
 *   7. Insert into X: X's reply dialog for the post, open over the saved x.com/home page (the
 *      dialog and Draft.js stood in for, as in the reply e2e: no saved page has the dialog, and
 *      the saved page's scripts are empty), read back, Post enabled, the timeline's box untouched;
 *      the reply recorded.
 *
 * Throws with the step's name when something the demo expects does not happen.
 */
/* global chrome -- inside page.evaluate, which runs in the extension page */
import path from 'node:path';
import { installDraftStandIn } from '../tests/e2e/draft-stand-in.mjs';
import { exampleComplaints, X_HOME_PAGE_INFO } from '../tests/e2e/example-complaints.mjs';
import * as h from '../tests/e2e/harness.mjs';
import { DIALOG_BOX, openReplyDialogStandIn } from '../tests/e2e/reply-dialog-stand-in.mjs';

const HOLDING = 'vp20k-holding-x';
const REMEDY = 'vp20k-remedy-x';
const ORDER_NUMBER = '302-5550123';
/** The timeline's box on the saved page (the dialog, when open, is in #layers before it). */
const TIMELINE_BOX = 'main [data-testid="tweetTextarea_0"]';

const squashed = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
const wrap = (s, indent = '      ') => squashed(s).replace(/(.{1,96})(\s|$)/g, `${indent}$1\n`).trimEnd();
const textOf = (page, sel) => page.$eval(sel, (el) => el.textContent ?? '').catch(() => '');

/**
 * Runs the walk on an open side panel page. `xPage`: the saved x.com/home page, already loaded.
 * `shoot(page, name, options)` saves a screenshot and returns its path. Returns the ids used.
 */
export async function walkIncidentAndReply({ panel, xPage, shoot, log = console.log }) {
  let n = 0;
  const step = (title) => log(`\n${++n}. ${title}`);
  const sees = (s) => log(`   ${s}`);
  const shot = async (page, name, o) => sees(`screenshot: ${path.relative(h.ROOT, await shoot(page, name, o))}`);

  step('Incident tab → "Start from the example"');
  await panel.bringToFront();
  await panel.click('#cd-tab-incident');
  await panel.waitForSelector('[data-testid="incident-view"]');
  const askName = await panel.$('[data-testid="incident-agent-name"]');
  if (askName) {
    await askName.type('Demo agent');
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('[data-testid="incident-agent"]');
    sees('asked for a name once (recorded with what is published, approved and ticked): "Demo agent"');
  }
  await panel.click('[data-testid="incident-example"]');
  await panel.waitForSelector('[data-testid="incident-detail"]', { timeout: 15_000 });
  await panel.waitForSelector('[data-testid="template-list"] [data-template-id]', { timeout: 15_000 });
  const incident = await panel.evaluate(() => ({
    title: document.querySelector('[data-testid="incident-picker"] option:checked')?.textContent ?? '',
    statement: document.querySelector('[data-testid="statement-card"] h3, [data-testid="statement-card"] h4')?.textContent ?? '',
    clock: [...document.querySelectorAll('[data-testid="incident-detail"] [data-testid="crisis-clock"] li')].map((li) => ({
      state: li.getAttribute('data-state'),
      text: (li.querySelector('.cd-clock__stage')?.textContent ?? '') + ': ' + (li.querySelector('.cd-clock__when')?.textContent ?? ''),
    })),
    templates: [...document.querySelectorAll('[data-testid="template-list"] [data-template-id]')].map((el) => el.getAttribute('data-template-id')),
  }));
  sees(`incident: ${incident.title}`);
  if (incident.statement) sees(`${incident.statement} (approved; English text and seven translations)`);
  sees('crisis clock (counted from the example’s start in March 2025, so every stage is overdue):');
  for (const c of incident.clock) sees(`  ${c.state.padEnd(8)} ${squashed(c.text)}`);
  sees(`${incident.templates.length} templates from the example pack: ${incident.templates.join(', ')}`);
  await shot(panel, 'incident', { fullPage: true });

  step('Crisis mode on');
  await panel.waitForFunction(() => !document.querySelector('[data-testid="crisis-switch"]')?.disabled);
  await panel.click('[data-testid="crisis-switch"]');
  await panel.waitForSelector('[data-testid="crisis-pin"]');
  const pin = await panel.$$eval('[data-testid="crisis-pin"] .cd-crisis-pin__head > *', (els) => els.map((el) => el.textContent?.trim()).filter(Boolean));
  sees(`pinned above the tabs in every view: ${pin.join(' | ')}`);
  sees('the incident’s keywords become its alert keyword set on the Sensitive preset; its templates come first in suggestions');

  step('Three complaints about the incident arrive on X (through the ordinary ingest message)');
  const complaints = exampleComplaints(Date.now());
  const ingest = await panel.evaluate((page, mentions) => chrome.runtime.sendMessage({ type: 'mentions/ingest', page, mentions }), X_HOME_PAGE_INFO, complaints);
  if (!ingest?.ok) throw new Error(`ingest of the example complaints: ${ingest?.error}`);
  const verdicts = new Map((ingest.verdicts ?? []).map((v) => [v.id, v]));
  for (const m of complaints) {
    const v = verdicts.get(m.id);
    sees(`@${m.authorHandle}: ${squashed(m.text)}  → ${v?.flagged ? 'flagged' : 'not flagged'}`);
  }
  const [german] = complaints;

  step('Inbox, in priority order (the crisis incident’s mentions get +30)');
  await panel.click('#cd-tab-inbox');
  const row = `[data-testid="mention-row"][data-mention-id="${german.id}"]`;
  // Posts that arrive while the agent reads never move the list: a bar offers them.
  await panel.waitForSelector(`${row}, [data-testid="new-bar"]`, { timeout: 15_000 });
  const newBar = await panel.$('[data-testid="new-bar"]');
  if (newBar) {
    sees(`the list stayed still; a bar says "${squashed(await newBar.evaluate((el) => el.textContent))}" → clicked`);
    await newBar.click();
  }
  await panel.waitForSelector(row, { timeout: 15_000 });
  await h.until(() => panel.$eval(`${row} [data-testid="reply-open"]`, () => true).catch(() => false), { what: 'a Reply button on the row' });
  const rows = await panel.$$eval('[data-testid="mention-row"]', (els) =>
    els.map((r) => ({ id: r.getAttribute('data-mention-id'), chips: [...r.querySelectorAll('.cd-chip')].map((c) => c.firstElementChild?.textContent ?? c.textContent).join(' ') })),
  );
  sees(`${rows.length} open flagged mentions; the rows in order:`);
  rows.forEach((r, i) => {
    const mine = complaints.find((m) => m.id === r.id);
    sees(`  ${String(i + 1).padStart(2)}. ${r.id.padEnd(24)} ${r.chips}${mine ? `  ← @${mine.authorHandle}, the incident’s` : ''}`);
  });
  await shot(panel, 'inbox-crisis');

  step(`Reply on @${german.authorHandle}’s post (German)`);
  await panel.click(`${row} [data-testid="reply-open"]`);
  await panel.waitForSelector('[data-testid="reply-suggestions"] input[type="radio"]:checked', { timeout: 15_000 });
  const suggestions = await panel.$$eval('[data-testid="reply-suggestions"] label', (labels) =>
    labels.map((l) => ({ id: l.getAttribute('data-template-id'), checked: l.querySelector('input')?.checked, parts: [...l.querySelectorAll('span')].map((s) => s.textContent) })),
  );
  sees('approved templates suggested (the crisis incident’s first):');
  for (const s of suggestions) sees(`  ${s.checked ? '(•)' : '( )'} ${s.parts.join(' · ')}`);
  const selected = suggestions.find((s) => s.checked)?.id;
  if (selected !== HOLDING) throw new Error(`suggested first: ${selected}, expected ${HOLDING}`);
  sees('the reply, filled with the customer’s name and the statement’s summary and link:');
  log(wrap(await panel.$eval('[data-testid="reply-text"]', (el) => el.value)));
  sees(`${squashed(await textOf(panel, '[data-testid="reply-length"]'))}; check: ${squashed(await textOf(panel, '[data-testid="reply-findings"] p, [data-testid="reply-findings"] ul'))}`);
  await shot(panel, 'reply-suggested', { fullPage: true });

  step('Pick the replacement-or-refund template: it asks for something only the agent knows');
  await panel.click(`[data-testid="reply-suggestions"] input[value="${REMEDY}"]`);
  const field = await panel.waitForSelector('[data-testid="reply-fields"] input[data-prompt]');
  const prompt = await field.evaluate((el) => el.getAttribute('data-prompt'));
  sees(`fill-in field from {{ask:${prompt}}}: "${prompt}" (required)`);
  const blocked = await panel.waitForSelector('[data-testid="reply-blocked"]', { timeout: 5_000 }).catch(() => undefined);
  if (blocked) sees(`before it is filled: ${squashed(await blocked.evaluate((el) => el.textContent))}; Insert and Copy are disabled`);
  await field.type(ORDER_NUMBER);
  await h.until(() => textOf(panel, '[data-testid="reply-findings"]').then((t) => t.includes('No problems found.')), { what: 'the live check to pass' });
  sees(`typed "${ORDER_NUMBER}"; the live check re-runs as you type:`);
  log(wrap(await panel.$eval('[data-testid="reply-text"]', (el) => el.value)));
  sees(`${squashed(await textOf(panel, '[data-testid="reply-length"]'))}; check: ${squashed(await textOf(panel, '[data-testid="reply-findings"] p'))}`);
  await panel.$eval('[data-testid="reply-text"]', (el) => el.scrollIntoView({ block: 'start' }));
  await shot(panel, 'reply-filled', { fullPage: true });

  step('Insert into X: the reply dialog on the saved x.com/home page');
  // On X the agent clicks Reply under the post and X opens its reply dialog over the timeline.
  // The saved page has neither the dialog nor a live editor (its scripts were emptied): both are
  // stood in for, as in the tests.
  if (!(await xPage.evaluate(openReplyDialogStandIn, { permalink: german.permalink, text: german.text }))) throw new Error('the saved x.com/home page has no composer');
  for (const selector of [DIALOG_BOX, TIMELINE_BOX]) await xPage.evaluate(installDraftStandIn, { mode: 'paste', selector });
  sees('X’s reply dialog for the post is open over the timeline (a stand-in: tests/e2e/reply-dialog-stand-in.mjs, our markup around a');
  sees('copy of the page’s real composer; no saved page has the dialog); both boxes take a paste as Draft.js would (draft-stand-in.mjs)');
  // The panel asks the active tab first, then the most recently used: the x.com page, not the
  // other saved X page, which has a box of its own.
  await xPage.bringToFront();
  await panel.bringToFront();
  const text = await panel.$eval('[data-testid="reply-text"]', (el) => el.value);
  await panel.click('[data-testid="reply-insert"]');
  const outcome = await panel.waitForSelector('[data-testid="reply-outcome"]:not([data-outcome=""])', { timeout: 15_000 });
  const said = await outcome.evaluate((el) => ({ outcome: el.getAttribute('data-outcome'), lines: [...el.querySelectorAll('p')].map((p) => p.textContent) }));
  sees(`the panel says (${said.outcome}):`);
  for (const line of said.lines) log(wrap(line));
  const box = await xPage.evaluate(
    (dialogBox, timelineBox) => {
      const read = (el) => [...(el?.querySelectorAll('[data-block="true"]') ?? [])].map((b) => b.textContent).join('\n');
      const dialog = document.querySelector(dialogBox);
      const post = document.querySelector('[role="dialog"] [data-testid="tweetButton"]');
      dialog?.closest('[role="dialog"]')?.scrollIntoView({ block: 'start' });
      return {
        dialog: read(dialog),
        timeline: read(document.querySelector(timelineBox)),
        postEnabled: Boolean(post) && !post.disabled && post.getAttribute('aria-disabled') !== 'true',
      };
    },
    DIALOG_BOX,
    TIMELINE_BOX,
  );
  sees(`the dialog’s box holds ${box.dialog === text ? 'exactly the reply' : `something else: "${squashed(box.dialog)}"`}; its Post (Reply) button is ${box.postEnabled ? 'enabled' : 'disabled'} (never pressed: the agent posts)`);
  sees(`the timeline’s box behind it is ${box.timeline === '' ? 'untouched (empty)' : `"${squashed(box.timeline)}"`}`);
  if (said.outcome !== 'inserted' || box.dialog !== text || box.timeline !== '') throw new Error(`insertion: ${said.outcome}`);
  await shot(panel, 'reply-inserted', { fullPage: true });
  await xPage.bringToFront();
  await h.sleep(150);
  await shot(xPage, 'x-reply-dialog');
  await panel.bringToFront();

  step('Recorded on the mention');
  const recorded = await h.until(async () => (await h.readMentions(panel)).find((m) => m.id === german.id && m.replies?.length), { what: 'the recorded reply' });
  const r = recorded.replies[0];
  sees(`status ${recorded.status}; reply via ${r.via}, template ${r.templateId}, ${r.lang}, statement version ${r.statementVersion}, agent "${r.agent}"`);
  return { mentionId: german.id };
}
