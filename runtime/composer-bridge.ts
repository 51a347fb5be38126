/**
 * The X content script's side of "Insert into X" (issue 11): answers `reply/insert-x` from the
 * side panel with runtime/x-composer.ts. Anything else is ignored. The listener is removed when
 * the script is invalidated.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { asComposerInsert } from './reply-guards.ts';
import { insertIntoComposer } from './x-composer.ts';

export function startComposerBridge(ctx: ContentScriptContext): void {
  try {
    const onMessage = (msg: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void): true | undefined => {
      const insert = asComposerInsert(msg);
      // Only extension contexts can message a content script (tabs.sendMessage); our id is checked too.
      if (!insert || sender.id !== browser.runtime.id) return undefined;
      insertIntoComposer(document, insert.mentionId, insert.text)
        .then((r) => sendResponse({ ok: true, ...r }))
        .catch((err: unknown) => sendResponse({ ok: true, outcome: 'error', detail: String(err).slice(0, 300) }));
      // sendResponse is called later: keep the channel open (works in Chrome and Firefox alike).
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage as never);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage as never));
  } catch (err) {
    // Never throw into the host page.
    console.warn('[crisis-desk] x: reply insertion unavailable', err);
  }
}
