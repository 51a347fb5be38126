/**
 * Putting a reply into X's reply box, in the page (x.content). Steps (issue 11):
 *
 *   1. find the box: X's reply dialog first, else the timeline's own box (`tweetTextarea_0`);
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
/** X's reply dialog (role=dialog around the box, the replied-to post and `tweetButton`). */
export const DIALOG_SELECTOR = '[role="dialog"]';
/** Post: `tweetButton` in the dialog, `tweetButtonInline` under the timeline's box (both saved
 * home pages have one `tweetButtonInline`, disabled while the box is empty). */
export const POST_BUTTON_SELECTOR = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';
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

export function findComposer(doc: Document): { editor: HTMLElement; target: 'reply' | 'inline' } | undefined {
  const inDialog = doc.querySelector<HTMLElement>(`${DIALOG_SELECTOR} ${COMPOSER_SELECTOR}`);
  if (inDialog) return { editor: inDialog, target: 'reply' };
  const any = doc.querySelector<HTMLElement>(COMPOSER_SELECTOR);
  return any ? { editor: any, target: 'inline' } : undefined;
}

/** The Post button that belongs to this box: the nearest one among its ancestors' descendants. */
export function postButtonFor(editor: Element): HTMLButtonElement | undefined {
  for (let el: Element | null = editor.parentElement, depth = 0; el && depth < 40; el = el.parentElement, depth++) {
    const b = el.querySelector<HTMLButtonElement>(POST_BUTTON_SELECTOR);
    if (b) return b;
  }
  return undefined;
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
    const scope = found?.target === 'reply' ? found.editor.closest(DIALOG_SELECTOR) : doc;
    const postOnPage = status !== undefined && scope !== null && scope.querySelector(`a[href*="/status/${status}"]`) !== null;
    if (!found) return { outcome: 'no-composer', postOnPage };
    const base = { target: found.target, postOnPage };
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
