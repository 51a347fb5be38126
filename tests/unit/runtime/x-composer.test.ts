// @vitest-environment happy-dom
// "Insert into X" in the page, on the saved home page's real composer markup with a stand-in for
// Draft.js (the saved page's scripts are empty): replaces an earlier draft, reads the text back,
// checks Post; a box that ignores the paste, a missing box and broken markup are outcomes, never
// exceptions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { installDraftStandIn } from '../../e2e/draft-stand-in.mjs';
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
