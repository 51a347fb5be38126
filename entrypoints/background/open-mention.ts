/**
 * A click on an in-page badge: open the side panel on that mention. Chrome's `sidePanel.open`
 * must run inside the click's user gesture, which a content script's message carries to the
 * background as long as `open` is called before any `await` (Chrome's cookbook.sidepanel-open
 * sample does the same). Firefox's `sidebarAction.open` needs its own user action and usually
 * refuses here; the request is stored anyway, so an open panel (or the next one) shows the mention.
 */
import { browser } from 'wxt/browser';
import { requestMentionFocus } from '@/runtime/mention-focus';
import type { SenderLike } from './handle-message';

export function openMentionInPanel(id: string, sender: SenderLike, log: (msg: string, detail?: unknown) => void, intent?: 'reply'): void {
  const b = browser as unknown as {
    sidePanel?: { open(o: { tabId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  let opening: Promise<void> | undefined;
  try {
    if (import.meta.env.FIREFOX) opening = b.sidebarAction?.open();
    else if (sender.tab?.id !== undefined) opening = b.sidePanel?.open({ tabId: sender.tab.id });
  } catch (err) {
    log('side panel open threw', err);
  }
  opening?.catch((err: unknown) => log('the side panel did not open from the badge', err));
  void requestMentionFocus(id, new Date(), intent).catch((err: unknown) => log('cannot hand the mention to the panel', err));
}
