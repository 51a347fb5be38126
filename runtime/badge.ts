/**
 * The small in-page mark on a flagged post or review. It lives in a shadow root so neither the
 * host page's CSS nor ours leaks across, carries our `crisis-desk-` prefix, and is idempotent:
 * X re-mounts posts constantly, so applying the same verdict twice must change nothing.
 */
import { AMAZON_BADGE_ANCHOR_SELECTORS } from '../lib/platforms/amazon-selectors.ts';
import type { SelectorAlt } from '../lib/platforms/types.ts';
import { USER_NAME_SELECTORS } from '../lib/platforms/x-selectors.ts';
import type { Platform, Verdict } from '../lib/schema.ts';

export const BADGE_ATTR = 'data-crisis-desk-badge';

export interface BadgeText {
  open: string;
  handled: string;
  /** Tooltip: score and language, e.g. "Negative (-0.72) · de". */
  title(v: Verdict): string;
}

let badgeText: BadgeText = {
  open: 'Complaint',
  handled: 'Handled',
  title: (v) => `${v.label} (${v.score.toFixed(2)}) · ${v.lang}`,
};

/** The content script sets localised strings once at start-up. */
export function setBadgeText(t: BadgeText): void {
  badgeText = t;
}

/** Where the badge goes: next to the author line (X) or the title (Amazon), where agents look
 * first; the selectors are the adapters' data. Falls back to the item itself so a markup change
 * degrades to a less tidy badge, not a missing one. */
const ANCHORS: Record<Platform, readonly SelectorAlt[]> = {
  x: USER_NAME_SELECTORS,
  amazon: AMAZON_BADGE_ANCHOR_SELECTORS,
};

const STYLE = `
:host { all: initial; display: inline-block; margin-inline-start: 6px; vertical-align: middle; }
span { font: 600 11px/16px system-ui, sans-serif; padding: 0 6px; border-radius: 8px; white-space: nowrap; }
.open { background: #c62828; color: #fff; }
.handled { background: #e0e0e0; color: #333; }
`;

export function applyBadge(item: Element, v: Verdict, platform: Platform): void {
  const existing = item.querySelector(`[${BADGE_ATTR}]`);
  const show = v.flagged && v.status !== 'dismissed';
  if (!show) {
    existing?.remove();
    return;
  }
  const state = v.status === 'handled' ? 'handled' : 'open';
  if (existing && existing.getAttribute(BADGE_ATTR) === v.id && existing.getAttribute('data-state') === state) return;
  existing?.remove();

  const doc = item.ownerDocument;
  const host = doc.createElement('span');
  host.setAttribute(BADGE_ATTR, v.id);
  host.setAttribute('data-state', state);
  host.className = 'crisis-desk-badge';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const label = doc.createElement('span');
  label.className = state;
  // textContent only: mention-derived values are data, never markup.
  label.textContent = state === 'open' ? `⚠ ${badgeText.open}` : `✓ ${badgeText.handled}`;
  label.title = badgeText.title(v);
  root.append(style, label);

  const anchor = ANCHORS[platform].map((a) => item.querySelector(a.selector)).find((a) => a) ?? item;
  anchor.appendChild(host);
}
