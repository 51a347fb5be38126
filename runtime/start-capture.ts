/**
 * Wires a CaptureSession to WXT's content-script context: every timer and listener goes through
 * `ctx`, so an extension update or reload tears everything down cleanly.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '../lib/platforms/types.ts';
import { CaptureSession } from './capture-session.ts';
import { asVerdictsChanged } from './reply-guards.ts';

const LOG_PREFIX = '[crisis-desk]';

export function startCapture(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  try {
    const session = new CaptureSession({
      adapter,
      doc: document,
      getUrl: () => new URL(location.href),
      send: (message) => browser.runtime.sendMessage(message),
      idle: (fn) => {
        // A timeout keeps capture going on pages that are never idle (autoplaying media).
        ctx.requestIdleCallback((deadline) => fn(deadline), { timeout: 1_000 });
      },
      later: (fn, ms) => {
        ctx.setTimeout(fn, ms);
      },
      now: () => new Date(),
      log: (msg, err) => console.warn(`${LOG_PREFIX} ${adapter.platform}: ${msg}`, err ?? ''),
    });
    session.start();
    ctx.addEventListener(window, 'wxt:locationchange', () => session.onNavigate());
    ctx.onInvalidated(() => session.stop());
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // Status changes made in the side panel update the badges on open pages.
    function onMessage(msg: unknown): undefined {
      const verdicts = asVerdictsChanged(msg);
      if (verdicts) session.applyVerdicts(verdicts);
      return undefined;
    }
  } catch (err) {
    // Never throw into the host page.
    console.warn(`${LOG_PREFIX} ${adapter.platform}: capture did not start`, err);
  }
}
