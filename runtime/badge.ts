/**
 * The small in-page mark on a flagged post or review. It says why it was flagged ("Complaint:
 * Delivery" when the analyser found a complaint category, "Negative" when only the tone is), and
 * a click opens the mention in the side panel. It lives in a shadow root so neither the host
 * page's CSS nor ours leaks across, carries our `crisis-desk-` prefix, and is idempotent: X
 * re-mounts posts constantly, so applying the same verdict twice must change nothing.
 */
import { AMAZON_BADGE_ANCHOR_SELECTORS } from '../lib/platforms/amazon-selectors.ts';
import type { SelectorAlt } from '../lib/platforms/types.ts';
import { USER_NAME_SELECTORS } from '../lib/platforms/x-selectors.ts';
import type { ComplaintCategory, Platform, Verdict } from '../lib/schema.ts';

export const BADGE_ATTR = 'data-crisis-desk-badge';

export interface BadgeText {
  /** Flagged for its tone only. */
  negative: string;
  /** Flagged as a complaint of `category` (already translated). */
  complaint(category: string): string;
  category(c: ComplaintCategory): string;
  handled: string;
  /** Tooltip: why, score and language, e.g. "Crisis Desk: negative (-0.72), language de". */
  title(v: Verdict): string;
  /** Added to the tooltip: what a click does. */
  openHint: string;
  /** The badge's Reply button (issue 11) and its tooltip; optional so older callers keep working. */
  reply?: string;
  replyHint?: string;
}

const CATEGORY_EN: Record<ComplaintCategory, string> = {
  delivery: 'Delivery',
  damaged: 'Damaged',
  safety: 'Safety',
  refund: 'Refund',
  account: 'Account',
  service: 'Service',
  counterfeit: 'Counterfeit',
};

let badgeText: BadgeText = {
  negative: 'Negative',
  complaint: (category) => `Complaint: ${category}`,
  category: (c) => CATEGORY_EN[c],
  handled: 'Handled',
  title: (v) => `${v.label} (${v.score.toFixed(2)}) · ${v.lang}`,
  openHint: 'Click to open it in Crisis Desk',
  reply: 'Reply',
  replyHint: 'Reply with an approved template in Crisis Desk',
};

/** The content script sets localised strings once at start-up. */
export function setBadgeText(t: BadgeText): void {
  badgeText = t;
}

/** The badge's words for a verdict: the first complaint category (safety first, as the inbox
 * ranks), else the tone. */
export function badgeLabel(v: Verdict): string {
  if (v.status === 'handled') return badgeText.handled;
  const categories = v.categories ?? [];
  if (categories.length === 0) return badgeText.negative;
  const first = categories.includes('safety') ? 'safety' : categories[0]!;
  return badgeText.complaint(badgeText.category(first));
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
button { all: unset; box-sizing: border-box; font: 600 11px/16px system-ui, sans-serif; padding: 0 6px; border-radius: 8px; white-space: nowrap; cursor: pointer; }
button:focus-visible { outline: 2px solid #0a5cc2; outline-offset: 1px; }
.open { background: #b3261e; color: #fff; }
.open.negative { background: #8c1d18; }
.handled { background: #e0e0e0; color: #1f1f1f; }
.reply { margin-inline-start: 4px; background: #fff; color: #0a5cc2; box-shadow: inset 0 0 0 1px #0a5cc2; }
`;

/** `onReply`: the Reply button (issue 11) beside an open mention's badge opens the reply view. */
export function applyBadge(item: Element, v: Verdict, platform: Platform, onOpen?: (id: string) => void, onReply?: (id: string) => void): void {
  const existing = item.querySelector(`[${BADGE_ATTR}]`);
  const show = v.flagged && v.status !== 'dismissed';
  if (!show) {
    existing?.remove();
    return;
  }
  const state = v.status === 'handled' ? 'handled' : 'open';
  const label = badgeLabel(v);
  if (existing && existing.getAttribute(BADGE_ATTR) === v.id && existing.getAttribute('data-state') === state && existing.getAttribute('data-label') === label) return;
  existing?.remove();

  const doc = item.ownerDocument;
  const host = doc.createElement('span');
  host.setAttribute(BADGE_ATTR, v.id);
  host.setAttribute('data-state', state);
  host.setAttribute('data-label', label);
  host.className = 'crisis-desk-badge';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = `${state}${v.categories?.length ? '' : ' negative'}`;
  // textContent only: mention-derived values are data, never markup.
  button.textContent = state === 'open' ? `⚠ ${label}` : `✓ ${label}`;
  button.title = `${badgeText.title(v)}\n${badgeText.openHint}`;
  button.addEventListener('click', (e) => {
    // The badge sits inside the post: a click must not also open the post (X) or the review.
    e.preventDefault();
    e.stopPropagation();
    onOpen?.(v.id);
  });
  root.append(style, button);
  if (state === 'open' && onReply) {
    const reply = doc.createElement('button');
    reply.type = 'button';
    reply.className = 'reply';
    reply.setAttribute('data-crisis-desk-reply', v.id);
    reply.textContent = badgeText.reply ?? 'Reply';
    reply.title = badgeText.replyHint ?? '';
    reply.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      onReply(v.id);
    });
    root.append(reply);
  }

  const anchor = ANCHORS[platform].map((a) => item.querySelector(a.selector)).find((a) => a) ?? item;
  anchor.appendChild(host);
}
