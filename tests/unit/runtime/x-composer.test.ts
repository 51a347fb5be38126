// @vitest-environment happy-dom
// "Insert into X" in the page, on the saved home page's real composer markup with a stand-in for
// Draft.js (the saved page's scripts are empty): replaces an earlier draft, reads the text back,
// checks Post; a box that ignores the paste, a missing box and broken markup are outcomes, never
// exceptions. X's reply dialog is in no saved page: a stand-in built from the page's own composer
// (tests/e2e/reply-dialog-stand-in.mjs) checks that an open dialog's box is preferred.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { installDraftStandIn } from '../../e2e/draft-stand-in.mjs';
import { DIALOG_BOX, openReplyDialogStandIn } from '../../e2e/reply-dialog-stand-in.mjs';
import { findComposer, insertIntoComposer, postButtonFor, readComposer } from '../../../runtime/x-composer.ts';

const page = readFileSync(join(import.meta.dirname, '../../fixtures/x/home-2025-02-loggedin-x.com.html'), 'utf8');
const reply = 'Hi Jana, we’re sorry for the worry.\n\nUpdates: https://voltpro.example/notice/vp20k';

beforeEach(() => {
  document.documentElement.innerHTML = page.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>[\s\S]*$/i, '');
});

describe('the saved home page’s composer', () => {
  test('found once, with its Post button (disabled while empty)', () => {
    const c = findComposer(document);
    expect(c?.target).toBe('inline');
    expect(postButtonFor(c!.editor)?.getAttribute('data-testid')).toBe('tweetButtonInline');
    expect(postButtonFor(c!.editor)?.disabled).toBe(true);
    expect(readComposer(c!.editor)).toBe('');
  });

  test('insert: replaces an earlier draft (never appends), reads back, Post enabled', async () => {
    expect(installDraftStandIn({})).toBe(true);
    const first = await insertIntoComposer(document, 'x:1890459111671656594', 'An earlier draft', { settleMs: 500 });
    expect(first.outcome).toBe('inserted');
    const out = await insertIntoComposer(document, 'x:1890459111671656594', reply, { settleMs: 500 });
    expect(out).toMatchObject({ outcome: 'inserted', target: 'inline', postOnPage: true });
    expect(readComposer(findComposer(document)!.editor)).toBe(reply);
  });

  test('a box that ignores the paste: not-pasted (the panel copies to the clipboard)', async () => {
    installDraftStandIn({ mode: 'ignore' });
    const out = await insertIntoComposer(document, 'x:1890459111671656594', reply, { settleMs: 100 });
    expect(out.outcome).toBe('not-pasted');
  });

  test('no composer, or changed markup: an outcome, no exception', async () => {
    document.querySelector('[data-testid="tweetTextarea_0"]')?.removeAttribute('data-testid');
    expect((await insertIntoComposer(document, 'x:1', reply, { settleMs: 50 })).outcome).toBe('no-composer');
    document.body.innerHTML = '<div data-testid="tweetTextarea_0"></div>';
    // No Post button anywhere, nothing listening: not pasted, still no throw.
    expect((await insertIntoComposer(document, 'x:1', reply, { settleMs: 50 })).outcome).toBe('not-pasted');
  });
});

describe('a status page’s own box', () => {
  test('under the post it answers, it is a reply box (X’s “Post your reply”); for another post it is not', async () => {
    const at = location.href;
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://x.com/BGatesIsaPyscho/status/1890459111671656594');
    try {
      installDraftStandIn({});
      expect(await insertIntoComposer(document, 'x:1890459111671656594', reply, { settleMs: 500 })).toMatchObject({ outcome: 'inserted', target: 'reply' });
      expect(await insertIntoComposer(document, 'x:1999000000000000001', reply, { settleMs: 500 })).toMatchObject({ outcome: 'inserted', target: 'inline' });
    } finally {
      (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(at);
    }
  });
});

describe('X’s reply dialog open over the timeline (a stand-in: no saved page has one)', () => {
  const status = '1890459111671656594';
  const permalink = `https://x.com/BGatesIsaPyscho/status/${status}`;
  const timelineBox = () => [...document.querySelectorAll<HTMLElement>('[data-testid="tweetTextarea_0"]')].find((el) => !el.closest('[role="dialog"]'))!;

  test('two boxes on the page: the dialog’s is found, with the dialog’s own Post button', () => {
    expect(openReplyDialogStandIn({ permalink })).toBe(true);
    expect(document.querySelectorAll('[data-testid="tweetTextarea_0"]')).toHaveLength(2);
    const c = findComposer(document)!;
    expect(c.target).toBe('reply');
    expect(c.editor.closest('[role="dialog"]')).not.toBeNull();
    const post = postButtonFor(c.editor)!;
    expect(post.getAttribute('data-testid')).toBe('tweetButton');
    expect(post.closest('[role="dialog"]')).not.toBeNull();
  });

  test('insert goes into the dialog’s box (the post it answers is there); the timeline’s box is untouched', async () => {
    openReplyDialogStandIn({ permalink });
    expect(installDraftStandIn({ selector: DIALOG_BOX })).toBe(true);
    const out = await insertIntoComposer(document, `x:${status}`, reply, { settleMs: 500 });
    expect(out).toMatchObject({ outcome: 'inserted', target: 'reply', postOnPage: true });
    expect(readComposer(document.querySelector(DIALOG_BOX)!)).toBe(reply);
    expect(readComposer(timelineBox())).toBe('');
    // Another post's dialog: inserted, but the panel is told the post is not the one answered.
    const other = await insertIntoComposer(document, 'x:1999000000000000001', reply, { settleMs: 500 });
    expect(other).toMatchObject({ outcome: 'inserted', target: 'reply', postOnPage: false });
  });

  test('the topmost of stacked dialogs; a dialog on its way out or without a box is passed over', () => {
    openReplyDialogStandIn({ permalink });
    openReplyDialogStandIn({ permalink: 'https://x.com/someone/status/2' });
    const [first, second] = document.querySelectorAll<HTMLElement>('[role="dialog"]');
    expect(findComposer(document)!.editor.closest('[role="dialog"]')).toBe(second);
    second!.setAttribute('aria-hidden', 'true');
    expect(findComposer(document)!.editor.closest('[role="dialog"]')).toBe(first);
    first!.querySelector('[data-testid="tweetTextarea_0"]')!.removeAttribute('data-testid');
    // Only a hidden dialog's box and the timeline's are left: the timeline's.
    expect(findComposer(document)).toMatchObject({ target: 'inline', editor: timelineBox() });
  });

  test('a dialog without its own Post button never borrows the timeline’s', () => {
    openReplyDialogStandIn({ permalink });
    document.querySelector('[role="dialog"] [data-testid="tweetButton"]')!.remove();
    expect(postButtonFor(findComposer(document)!.editor)).toBeUndefined();
  });
});
