/**
 * Merging one mention (and its `decided` tombstone) from a backup into this browser's. The rules:
 *
 * - **Captured content** (text, analysis, flags, author, team view): the side whose row saw the
 *   latest activity (`activityAt`, else its status change or capture) — a later capture or a
 *   re-analysis is newer. A tie keeps this browser's.
 * - **Status**: a decision is never undone by an import. Handled or dismissed beats open, whatever
 *   the times (an open row in a file is usually an older copy, not a deliberate re-opening:
 *   re-opening is the inbox's undo, which a hand-over does not replay); between two decisions, the
 *   later `statusChangedAt` wins; a tie keeps this browser's.
 * - **Replies**: the union of both sides' records (one reply is its time, agent and channel),
 *   oldest first, bounded as lib/replies/record.ts withReply bounds them (the first response and
 *   the latest others).
 * - **activityAt**: the later of the two.
 * - **Tombstones** (`decided`: a decided row retention removed): a row removed here is not brought
 *   back by a file (the decision stands; a later decision in the file updates the tombstone); a
 *   tombstone in the file applies its decision to a row kept here by the status rule above.
 */
import { MAX_REPLIES_PER_MENTION, type Decided, type MentionStatus, type ReplyRecord, type StoredMention } from '../schema.ts';
import { laterIso, timeOf } from './same.ts';

interface Decision {
  status: MentionStatus;
  at: string | undefined;
}

/** True when `incoming` is a newer decision than `local` (never an open over a decided one). */
export function isNewerDecision(local: Decision, incoming: Decision): boolean {
  const rank = (d: Decision) => (d.status === 'open' ? 0 : 1);
  if (rank(incoming) !== rank(local)) return rank(incoming) > rank(local);
  if (rank(local) === 0) return false;
  return timeOf(incoming.at) > timeOf(local.at);
}

const decisionOf = (m: StoredMention): Decision => ({ status: m.status, at: m.statusChangedAt });

/** When the row last changed: its activity, status change or capture, whichever is latest. */
export function contentTime(m: StoredMention): number {
  return Math.max(timeOf(m.activityAt), timeOf(m.statusChangedAt), timeOf(m.capturedAt));
}

const replyKey = (r: ReplyRecord) => `${r.at}\u0000${r.agent}\u0000${r.channel}`;
const isResponse = (r: ReplyRecord) => r.channel !== 'none';

/** Both sides' replies, `first` winning a shared key, oldest first and bounded like withReply. */
export function unionReplies(first: readonly ReplyRecord[] | undefined, second: readonly ReplyRecord[] | undefined, max = MAX_REPLIES_PER_MENTION): ReplyRecord[] {
  const byKey = new Map<string, ReplyRecord>();
  for (const r of [...(first ?? []), ...(second ?? [])]) if (!byKey.has(replyKey(r))) byKey.set(replyKey(r), r);
  const all = [...byKey.values()].sort((a, b) => timeOf(a.at) - timeOf(b.at) || replyKey(a).localeCompare(replyKey(b)));
  if (all.length <= max) return all;
  // The rule of withReply (lib/replies/record.ts): keep the first response, then the latest.
  const firstResponse = all.find(isResponse);
  const rest = all.filter((r) => r !== firstResponse);
  const keep = rest.slice(rest.length - (firstResponse ? max - 1 : max));
  return firstResponse ? [firstResponse, ...keep].sort((a, b) => timeOf(a.at) - timeOf(b.at) || replyKey(a).localeCompare(replyKey(b))) : keep;
}

function withDecision(row: StoredMention, d: Decision): StoredMention {
  const { statusChangedAt: _old, ...rest } = row;
  return d.at === undefined ? { ...rest, status: d.status } : { ...rest, status: d.status, statusChangedAt: d.at };
}

/** The merged row of a mention both sides hold. */
export function mergeMention(local: StoredMention, incoming: StoredMention): StoredMention {
  const base = contentTime(incoming) > contentTime(local) ? incoming : local;
  const other = base === incoming ? local : incoming;
  const decision = isNewerDecision(decisionOf(local), decisionOf(incoming)) ? decisionOf(incoming) : decisionOf(local);
  const replies = unionReplies(base.replies, other.replies);
  const activityAt = laterIso(local.activityAt, incoming.activityAt);
  const team = base.team ?? other.team;
  const { replies: _r, activityAt: _a, team: _t, ...rest } = base;
  const merged: StoredMention = { ...rest };
  if (replies.length > 0) merged.replies = replies;
  if (activityAt !== undefined) merged.activityAt = activityAt;
  if (team !== undefined) merged.team = team;
  return withDecision(merged, decision);
}

/** A file's tombstone applied to a row kept here: its decision, when newer. */
export function applyTombstone(row: StoredMention, stone: Decided): StoredMention {
  return isNewerDecision(decisionOf(row), { status: stone.status, at: stone.at }) ? withDecision(row, { status: stone.status, at: stone.at }) : row;
}

/** Two tombstones of one mention: the later decision (this browser's on a tie). */
export function mergeTombstone(local: Decided, incoming: Decided): Decided {
  return timeOf(incoming.at) > timeOf(local.at) ? incoming : local;
}

/** A file's row for a mention removed here (its tombstone): the tombstone, updated when the row
 * holds a newer decision. The row itself is not brought back. */
export function tombstoneWithRow(local: Decided, incoming: StoredMention): Decided {
  if (incoming.status === 'open') return local;
  const at = incoming.statusChangedAt ?? incoming.capturedAt;
  return timeOf(at) > timeOf(local.at) ? { id: local.id, status: incoming.status, at } : local;
}
