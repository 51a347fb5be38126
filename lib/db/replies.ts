/**
 * Recording a reply on a stored mention (issue 11) and taking it back, each in one transaction
 * with the status change it brings: a reply that reached the customer marks the mention handled
 * (it was answered; the team workspace calls it `replied`), a decision not to reply leaves the
 * status to the agent.
 */
import { withReply, withoutReply } from '../replies/record.ts';
import { StoredMentionSchema, type ReplyRecord, type StatusBefore, type StoredMention } from '../schema.ts';
import type { CrisisDb } from './open.ts';
import { parseStoredRow } from './rows.ts';
import { abortQuietly, quiet } from './tx.ts';

export interface RecordedReply {
  row: StoredMention;
  /** The status before, when it changed (for undo). */
  before?: StatusBefore;
}

async function rewrite(db: CrisisDb, id: string, change: (row: StoredMention) => StoredMention | undefined): Promise<StoredMention | undefined> {
  const tx = db.transaction('mentions', 'readwrite');
  const done = quiet(tx.done);
  try {
    const current = parseStoredRow(await tx.store.get(id));
    const next = current ? change(current) : undefined;
    if (!next) {
      await done;
      return undefined;
    }
    const valid = StoredMentionSchema.parse(next);
    await Promise.all([quiet(tx.store.put(valid)), done]);
    return valid;
  } catch (e) {
    abortQuietly(tx);
    throw e;
  }
}

/** Adds `record`; with `markHandled`, an open mention becomes handled. Undefined: no such row. */
export async function recordReply(db: CrisisDb, id: string, record: ReplyRecord, o: { markHandled: boolean; now: Date }): Promise<RecordedReply | undefined> {
  let before: StatusBefore | undefined;
  const at = o.now.toISOString();
  const row = await rewrite(db, id, (current) => {
    const next: StoredMention = { ...current, replies: withReply(current.replies, record), activityAt: at };
    if (o.markHandled && current.status === 'open') {
      before = current.statusChangedAt ? { id, status: current.status, statusChangedAt: current.statusChangedAt } : { id, status: current.status };
      next.status = 'handled';
      next.statusChangedAt = at;
    }
    return next;
  });
  return row ? { row, ...(before ? { before } : {}) } : undefined;
}

/** Removes the record made at `at` and writes `before`'s status back. Undefined: no such row. */
export async function undoReply(db: CrisisDb, id: string, at: string, before: StatusBefore | undefined, now: Date): Promise<StoredMention | undefined> {
  return rewrite(db, id, (current) => {
    const { replies: _r, statusChangedAt: _s, ...rest } = current;
    const replies = withoutReply(current.replies, at);
    const next: StoredMention = { ...rest, ...(replies ? { replies } : {}), activityAt: now.toISOString() };
    if (before && before.id === id) {
      next.status = before.status;
      if (before.statusChangedAt) next.statusChangedAt = before.statusChangedAt;
    } else if (current.statusChangedAt) next.statusChangedAt = current.statusChangedAt;
    return next;
  });
}
