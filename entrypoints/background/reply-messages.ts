/**
 * Replying (issue 11): the side panel records a reply on a mention (`mention/record-reply`) or
 * takes a just-recorded one back (`mention/undo-reply`, the undo bar). The background writes the
 * record and the status in one transaction (lib/db/replies.ts), announces the change like any
 * status change, and tells the team workspace, whose reply document is the team's first response.
 *
 * The agent is not taken from the message: it is the team agent signed in here, else `me`.
 * Undo takes the record and the status back here; a reply document the team already has stays
 * (team documents are immutable: lib/team/docs.ts), which is true — the text did leave.
 */
import { recordReply, undoReply } from '@/lib/db/replies';
import { verdictOf } from '@/lib/pipeline';
import type { ReplyMessage, ReplyRecord, StoredMention } from '@/lib/schema';
import type { BackgroundDeps, Reply, SenderLike } from './handle-message';
import { isExtensionPage } from './inbox-messages';

function announce(row: StoredMention, deps: BackgroundDeps): void {
  deps.broadcastChanged([row.id]);
  deps.broadcastVerdicts([verdictOf(row)]);
  deps.refreshBadge();
}

export async function handleReplyMessage(msg: ReplyMessage, sender: SenderLike, deps: BackgroundDeps): Promise<Reply> {
  if (!isExtensionPage(sender, deps.extensionId)) {
    deps.log('refused a reply record from outside the extension pages', sender.url);
    return { ok: false, error: 'replies are recorded from the side panel', code: 'sender' };
  }
  const db = await deps.getDb();
  if (msg.type === 'mention/record-reply') {
    const agent = (await deps.replies?.agent().catch(() => undefined)) ?? 'me';
    const record: ReplyRecord = { ...msg.reply, agent };
    const out = await recordReply(db, msg.id, record, { markHandled: msg.markHandled, now: deps.now() });
    if (!out) return { ok: false, error: `no mention ${msg.id}`, code: 'not-found' };
    announce(out.row, deps);
    // The team hears of it; its failure never undoes the record made here.
    await deps.team?.onReplied?.(msg.id, record).catch((err: unknown) => deps.log('team reply not recorded', err));
    return { ok: true, record, ...(out.before ? { before: out.before } : {}) };
  }
  const row = await undoReply(db, msg.id, msg.at, msg.before, deps.now());
  if (!row) return { ok: false, error: `no mention ${msg.id}`, code: 'not-found' };
  announce(row, deps);
  if (msg.before) await deps.team?.onStatusSet(msg.id, row.status).catch((err: unknown) => deps.log('team status not recorded', err));
  return { ok: true };
}
