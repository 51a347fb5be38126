/**
 * Wires a CaptureSession to WXT's content-script context: every timer and listener goes through
 * `ctx`, so an extension update or reload tears everything down cleanly.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '../lib/platforms/types.ts';
import type { ComplaintCategory } from '../lib/schema.ts';
import { setBadgeText } from './badge.ts';
import { CaptureSession } from './capture-session.ts';
import { asVerdictsChanged } from './reply-guards.ts';

const LOG_PREFIX = '[crisis-desk]';

/** Badge strings come from the extension's _locales (the browser's UI language), not from
 * lib/i18n: content scripts stay small and load no message tables. */
function localiseBadge(): void {
  const msg = (key: string, subs?: string[]) => browser.i18n.getMessage(key as never, subs);
  const labels = { negative: msg('labelNegative'), neutral: msg('labelNeutral'), positive: msg('labelPositive') };
  const negative = msg('badgeNegative');
  if (!negative) return; // i18n unavailable (tests): keep the English defaults
  const categoryKey: Record<ComplaintCategory, string> = {
    delivery: 'complaintDelivery',
    damaged: 'complaintDamaged',
    safety: 'complaintSafety',
    refund: 'complaintRefund',
    account: 'complaintAccount',
    service: 'complaintService',
    counterfeit: 'complaintCounterfeit',
  };
  setBadgeText({
    negative,
    complaint: (category) => msg('badgeComplaint', [category]),
    category: (c) => msg(categoryKey[c]) || c,
    handled: msg('badgeHandled'),
    title: (v) => msg('badgeTitle', [labels[v.label] || v.label, v.score.toFixed(2), v.lang]),
    openHint: msg('badgeOpenHint'),
    reply: msg('badgeReply') || 'Reply',
    replyHint: msg('badgeReplyHint'),
  });
}

export function startCapture(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  try {
    localiseBadge();
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
