/**
 * Putting a reply into X's reply box, in the page (x.content). Steps (issue 11):
 *
 *   1. find the box: the one in X's open reply dialog first, else the page's own box
 *      (`tweetTextarea_0`: the timeline's, or the status page's under the post it replies to);
 *   2. select everything in it, so the paste replaces an earlier draft instead of appending;
 *   3. dispatch a `paste` event whose DataTransfer carries the text: Draft.js's own paste handler
 *      puts it in (lib/replies/x-insert.ts says why not execCommand);
 *   4. wait for the editor to settle (a MutationObserver, bounded), read the text back and check
 *      that X enabled its Post button.
 *
 * The outcome goes back to the panel, which copies the text to the clipboard whenever it is not
 * `inserted`. Post is never pressed. Nothing here may throw into X's page: every failure becomes
 * an outcome. Selectors are data with the pages they were seen on (tests/fixtures/x/home-*).
 */
import {
  insertionOutcome,
  isButtonEnabled,
  joinBlocks,
  settled,
  statusIdOf,
  type ComposerOutcome,
  type ReadbackState,
} from '../lib/replies/x-insert.ts';

/** The reply box: `div[contenteditable][role=textbox]`, Draft.js's content element (both saved
 * home pages, 2024-11 and 2025-02: one each, the timeline's box). */
export const COMPOSER_SELECTOR = '[data-testid="tweetTextarea_0"]';
/** X's reply dialog: a modal layer (in `#layers`) around the replied-to post, its own box and
 * `tweetButton` (shared research/dom-selectors.md 2.2, reported by public sources: no saved page
 * has one open, so the tests build a stand-in, tests/e2e/reply-dialog-stand-in.mjs). */
export const DIALOG_SELECTOR = '[role="dialog"]';
/** Post: `tweetButton` in the dialog, `tweetButtonInline` under the timeline's box (both saved
 * home pages have one `tweetButtonInline`, disabled while the box is empty). */
export const POST_BUTTON_SELECTOR = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';
/** A layer on its way out or kept behind another: not where the agent is typing. */
const HIDDEN_SELECTOR = '[aria-hidden="true"], [hidden], [inert]';
/** Draft.js paragraphs. */
const BLOCK_SELECTOR = '[data-block="true"]';

/** How long Draft.js and X get to take the paste and enable Post (React renders in a frame or
 * two; X's Post button follows its own state a tick later). */
export const SETTLE_MS = 1_500;

export interface InsertResult {
  outcome: ComposerOutcome;
  target?: 'reply' | 'inline';
  postOnPage?: boolean;
  detail?: string;
}

/**
 * The box the agent means: inside an open reply dialog when there is one (X keeps the timeline's
 * box on the page behind it, so there are two `tweetTextarea_0`s), the topmost such dialog when
 * layers are stacked; else the page's own box outside any dialog.
 */
export function findComposer(doc: Document): { editor: HTMLElement; target: 'reply' | 'inline' } | undefined {
  const dialogs = [...doc.querySelectorAll(DIALOG_SELECTOR)].filter((d) => !d.closest(HIDDEN_SELECTOR));
  // Later in the document is higher in X's layer stack.
  for (const dialog of dialogs.reverse()) {
    const editor = dialog.querySelector<HTMLElement>(COMPOSER_SELECTOR);
    if (editor) return { editor, target: 'reply' };
  }
  const inline = [...doc.querySelectorAll<HTMLElement>(COMPOSER_SELECTOR)].find((el) => !el.closest(DIALOG_SELECTOR));
  return inline ? { editor: inline, target: 'inline' } : undefined;
}

/** The Post button that belongs to this box: the nearest one among its ancestors' descendants,
 * never outside the box's dialog (the timeline's `tweetButtonInline` is behind it). */
export function postButtonFor(editor: Element): HTMLButtonElement | undefined {
  for (let el: Element | null = editor.parentElement, depth = 0; el && depth < 40; el = el.parentElement, depth++) {
    const b = el.querySelector<HTMLButtonElement>(POST_BUTTON_SELECTOR);
    if (b) return b;
    if (el.matches(DIALOG_SELECTOR)) return undefined;
  }
  return undefined;
}

/** The status id of a status page (`/<handle>/status/<id>`): its box under the focal post
 * replies to that post (research/dom-selectors.md 2.2). */
function statusPageId(doc: Document): string | undefined {
  return /^\/[^/]+\/status\/(\d+)(?:\/|$)/.exec(doc.location?.pathname ?? '')?.[1];
}

export function readComposer(editor: Element): string {
  const blocks = [...editor.querySelectorAll(BLOCK_SELECTOR)];
  if (blocks.length === 0) return (editor as HTMLElement).innerText ?? editor.textContent ?? '';
  return joinBlocks(blocks.map((b) => b.textContent ?? ''));
}

function state(editor: Element): ReadbackState {
  const b = postButtonFor(editor);
  return { text: readComposer(editor), postEnabled: isButtonEnabled(b && { disabled: b.disabled, ariaDisabled: b.getAttribute('aria-disabled') }) };
}

/**
 * Can this browser put data on a synthetic paste? Chromium keeps the DataTransfer given to the
 * ClipboardEvent constructor; Firefox drops it (the event arrives with empty clipboardData), so
 * Firefox takes the clipboard path (issue 11).
 */
export function canPasteWithData(win: Window & typeof globalThis): boolean {
  try {
    const dt = new win.DataTransfer();
    dt.setData('text/plain', 'crisis-desk-probe');
    const ev = new win.ClipboardEvent('paste', { clipboardData: dt });
    return ev.clipboardData?.getData('text/plain') === 'crisis-desk-probe';
  } catch {
    return false;
  }
}

function selectAll(doc: Document, editor: HTMLElement): void {
  editor.focus();
  const sel = doc.getSelection();
  if (!sel) return;
  const range = doc.createRange();
  range.selectNodeContents(editor);
  sel.removeAllRanges();
  sel.addRange(range);
}

/** Resolves after the next task: `selectionchange` is queued, and Draft.js (through React's
 * onSelect) takes the new selection from it, so the paste must come after it. */
function nextTask(win: Window): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

function waitForSettle(win: Window & typeof globalThis, editor: HTMLElement, text: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (settled(text, state(editor))) return resolve();
    const root = editor.closest(DIALOG_SELECTOR) ?? editor.ownerDocument.body;
    const observer = new win.MutationObserver(() => {
      if (settled(text, state(editor))) done();
    });
    const timer = win.setTimeout(done, ms);
    function done() {
      observer.disconnect();
      win.clearTimeout(timer);
      resolve();
    }
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['disabled', 'aria-disabled'] });
  });
}

export interface InsertOptions {
  settleMs?: number;
}

/** Puts `text` into X's reply box; never throws. */
export async function insertIntoComposer(doc: Document, mentionId: string, text: string, o: InsertOptions = {}): Promise<InsertResult> {
  try {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    if (!win) return { outcome: 'error', detail: 'no window' };
    const status = statusIdOf(mentionId);
    const found = findComposer(doc);
    const dialog = found?.target === 'reply' ? found.editor.closest(DIALOG_SELECTOR) : null;
    const scope = dialog ?? doc;
    const postOnPage = status !== undefined && scope.querySelector(`a[href*="/status/${status}"]`) !== null;
    if (!found) return { outcome: 'no-composer', postOnPage };
    // The box under the post on its own status page is a reply to it, like the dialog's.
    const target = found.target === 'inline' && status !== undefined && statusPageId(doc) === status ? 'reply' : found.target;
    const base = { target, postOnPage };
    if (!canPasteWithData(win)) return { outcome: 'unsupported', ...base };
    const { editor } = found;
    const before = readComposer(editor);
    selectAll(doc, editor);
    await nextTask(win);
    const data = new win.DataTransfer();
    data.setData('text/plain', text);
    editor.dispatchEvent(new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    await waitForSettle(win, editor, text, o.settleMs ?? SETTLE_MS);
    return { outcome: insertionOutcome(text, before, state(editor)), ...base };
  } catch (err) {
    return { outcome: 'error', detail: (err instanceof Error ? err.message : String(err)).slice(0, 300) };
  }
}
