/**
 * The inbox's messages (issue 14): bulk status changes and their undo from the side panel, and
 * "open this mention in the side panel" from an in-page badge.
 *
 * Status changes are written in ONE transaction per message (all or nothing) and announced like
 * single ones: `mentions/changed` to extension pages and `verdicts/changed` to tabs, in chunks of
 * MAX_BATCH (the most either message carries).
 */
import { restoreMentionStatuses, setMentionsStatus, type BulkStatusResult } from '@/lib/db/mentions';
import { verdictOf } from '@/lib/pipeline';
import { MAX_BATCH, type InboxMessage } from '@/lib/schema';
import type { BackgroundDeps, Reply, SenderLike } from './handle-message';

/** Extension pages (the side panel) only: a content script shares our id but runs in a web page. */
export function isExtensionPage(sender: SenderLike, extensionId: string | undefined): boolean {
  const url = sender.url ?? '';
  return /^(chrome|moz)-extension:\/\//.test(url) && (extensionId === undefined || new URL(url).host === extensionId);
}

function announce(result: BulkStatusResult, deps: BackgroundDeps): void {
  for (let i = 0; i < result.rows.length; i += MAX_BATCH) {
    const rows = result.rows.slice(i, i + MAX_BATCH);
    deps.broadcastChanged(rows.map((r) => r.id));
    deps.broadcastVerdicts(rows.map(verdictOf));
  }
  if (result.rows.length > 0) deps.refreshBadge();
  // The team workspace (issue 12) hears of every change, one after another, after the reply: a
  // bulk of thousands must not hold the panel's answer, and its failure never undoes the change.
  const team = deps.team;
  if (team && result.rows.length > 0) {
    void (async () => {
      for (const r of result.rows) await team.onStatusSet(r.id, r.status);
    })().catch((err: unknown) => deps.log('team status not recorded', err));
  }
}

/** Called before any `await`: opening the side panel needs the click's user gesture. */
export function handleInboxMessage(msg: InboxMessage, sender: SenderLike, deps: BackgroundDeps): Promise<Reply> {
  if (msg.type === 'panel/open-mention') {
    if (!sender.tab) return Promise.resolve({ ok: false, error: 'open-mention comes from a page', code: 'sender' });
    deps.openMention?.(msg.id, sender, msg.intent);
    return Promise.resolve({ ok: true });
  }
  if (!isExtensionPage(sender, deps.extensionId)) {
    deps.log('refused a status change from outside the extension pages', sender.url);
    return Promise.resolve({ ok: false, error: 'status changes come from the side panel', code: 'sender' });
  }
  return (async (): Promise<Reply> => {
    const db = await deps.getDb();
    if (msg.type === 'mentions/set-status-bulk') {
      const result = await setMentionsStatus(db, msg.ids, msg.status, deps.now());
      announce(result, deps);
      return { ok: true, before: result.before };
    }
    const result = await restoreMentionStatuses(db, msg.before, deps.now());
    announce(result, deps);
    return { ok: true, restored: result.rows.length };
  })();
}
