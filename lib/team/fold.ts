/**
 * The team's rules for who has a mention and what its status is, as pure functions over the
 * mention's events and replies (docs.ts). Every browser folds the same documents with the same
 * rules, so every inbox agrees without asking the server, online or after a week offline.
 *
 * Order. Events are taken in the order of the acting agent's clock (`at`); equal times are
 * ordered by agent name (code-unit order), then by document id. The order is total, so the
 * result never depends on the order documents arrived in.
 *
 * Claims: the first claim wins. Standing claims form a queue in that order; the head holds the
 * mention, everyone behind it has a lost claim, shown to that agent with who has it. A release
 * takes the agent out of the queue, so when the holder releases, the next claim in line holds the
 * mention (the agent who lost it wanted it; nothing they did is dropped). Claiming again while in
 * the queue changes nothing (a second device of the same agent keeps the first time).
 * Known limit, by design: an agent offline with an earlier claim wins on reconnecting, even over
 * a teammate who claimed later but online — first by the clock is the rule, and the teammate is
 * told at once.
 *
 * Status: the latest status event wins, by the same order (the agents' clocks, then name, then
 * id). Earlier statuses stay in the database: the first response is read from them.
 *
 * First response: the earliest reply recorded by the replies feature, or the earliest `replied`
 * or `handled` status (agents who answered in the platform's own box mark it so), whichever came
 * first. A later reopen does not undo it: the customer was answered then.
 */
import type { MentionTeam, TeamStatus } from '../schema.ts';
import type { EventDoc, MentionDoc, ReplyDoc } from './docs.ts';

/** Statuses that mean the customer got an answer. */
export const RESPONSE_STATUSES: ReadonlySet<TeamStatus> = new Set(['replied', 'handled']);

interface Ordered {
  _id: string;
  by: string;
  at: string;
}

/** The rule's order: agent clock, then agent name, then document id. */
export function compareActs(a: Ordered, b: Ordered): number {
  const t = Date.parse(a.at) - Date.parse(b.at);
  if (t !== 0) return t < 0 ? -1 : 1;
  if (a.by !== b.by) return a.by < b.by ? -1 : 1;
  if (a._id !== b._id) return a._id < b._id ? -1 : 1;
  return 0;
}

export interface Claim {
  agent: string;
  at: string;
}

export interface LostClaim extends Claim {
  /** Who has the mention. */
  winner: string;
}

export interface FoldedMention {
  claim?: Claim;
  /** Standing claims behind the holder. */
  lost: LostClaim[];
  status?: { status: TeamStatus; by: string; at: string };
  firstResponse?: { by: string; at: string; via: 'reply' | 'status' };
}

export function foldMention(events: readonly EventDoc[], replies: readonly ReplyDoc[] = []): FoldedMention {
  const ordered = [...events].sort(compareActs);
  const queue: Claim[] = [];
  let status: FoldedMention['status'];
  let firstResponse: FoldedMention['firstResponse'];
  for (const e of ordered) {
    if (e.action === 'claim') {
      if (!queue.some((c) => c.agent === e.by)) queue.push({ agent: e.by, at: e.at });
    } else if (e.action === 'release') {
      const i = queue.findIndex((c) => c.agent === e.by);
      if (i >= 0) queue.splice(i, 1);
    } else if (e.status) {
      status = { status: e.status, by: e.by, at: e.at };
      if (!firstResponse && RESPONSE_STATUSES.has(e.status)) firstResponse = { by: e.by, at: e.at, via: 'status' };
    }
  }
  const firstReply = [...replies].sort(compareActs)[0];
  if (firstReply && (!firstResponse || compareActs(firstReply, { _id: '', by: firstResponse.by, at: firstResponse.at }) < 0)) {
    firstResponse = { by: firstReply.by, at: firstReply.at, via: 'reply' };
  }
  const [claim, ...behind] = queue;
  const out: FoldedMention = { lost: behind.map((c) => ({ ...c, winner: claim!.agent })) };
  if (claim) out.claim = claim;
  if (status) out.status = status;
  if (firstResponse) out.firstResponse = firstResponse;
  return out;
}

/** What the mention's row keeps (StoredMention.team), seen by agent `me`. */
export function teamFieldOf(folded: FoldedMention, doc: Pick<MentionDoc, 'capturedBy'> | undefined, me: string | undefined): MentionTeam {
  const team: MentionTeam = {};
  if (folded.claim) {
    team.claimedBy = folded.claim.agent;
    team.claimedAt = folded.claim.at;
  }
  const mine = me === undefined ? undefined : folded.lost.find((l) => l.agent === me);
  if (mine) team.lostClaimAt = mine.at;
  if (folded.status) {
    team.status = folded.status.status;
    team.statusBy = folded.status.by;
    team.statusAt = folded.status.at;
  }
  if (folded.firstResponse) {
    team.firstResponseAt = folded.firstResponse.at;
    team.firstResponseBy = folded.firstResponse.by;
  }
  if (doc && doc.capturedBy !== me) team.capturedBy = doc.capturedBy;
  return team;
}

/** The inbox's status for a team status: answered ones are `handled`, escalated ones still wait
 * for an answer (`open`), so the inbox's counts, filters and overdue marks need no team logic. */
export function localStatusOf(status: TeamStatus): 'open' | 'handled' | 'dismissed' {
  switch (status) {
    case 'replied':
    case 'handled':
      return 'handled';
    case 'dismissed':
      return 'dismissed';
    case 'open':
    case 'escalated':
      return 'open';
  }
}
