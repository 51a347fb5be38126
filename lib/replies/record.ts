/**
 * Replies recorded on a mention (StoredMention.replies): adding one (bounded), taking one back,
 * the first-response time, and what the inbox, the export and the row read from them. Pure.
 *
 * First response: the first recorded reply that reached the customer (a decision not to reply,
 * channel `none`, is no response). Measured from the post's time on X. Amazon reviews carry a
 * day, not a time (stored as 00:00 UTC: README "What counts, and when"), so from 00:00 the
 * minutes would be up to a day too many: for them it is measured from when the review was
 * captured, and said so (`from: 'captured'`).
 */
import { MAX_REPLIES_PER_MENTION, type ReplyRecord, type StoredMention } from '../schema.ts';

/** Agent name for solo users (no team workspace signed in). */
export const SOLO_AGENT = 'me';

export type ReplyRow = Pick<StoredMention, 'platform' | 'postedAt' | 'capturedAt'> & { replies?: readonly ReplyRecord[] };

/** Did this record answer the customer? */
export function isResponse(r: Pick<ReplyRecord, 'channel'>): boolean {
  return r.channel !== 'none';
}

/**
 * `replies` with `record` added in time order. Over the bound, the first response is kept (it is
 * what first-response figures read) and the oldest of the others go.
 */
export function withReply(replies: readonly ReplyRecord[] | undefined, record: ReplyRecord, max = MAX_REPLIES_PER_MENTION): ReplyRecord[] {
  const all = [...(replies ?? []), record].sort((a, b) => a.at.localeCompare(b.at));
  if (all.length <= max) return all;
  const first = all.find(isResponse);
  const rest = all.filter((r) => r !== first);
  const keep = rest.slice(rest.length - (first ? max - 1 : max));
  return (first ? [first, ...keep] : keep).sort((a, b) => a.at.localeCompare(b.at));
}

/** `replies` without the record made at `at` (undo); undefined when none is left. */
export function withoutReply(replies: readonly ReplyRecord[] | undefined, at: string): ReplyRecord[] | undefined {
  const left = (replies ?? []).filter((r) => r.at !== at);
  return left.length > 0 ? left : undefined;
}

export interface FirstResponse {
  record: ReplyRecord;
  /** Whole minutes from `from` to the reply (never negative: clocks differ). */
  minutes: number;
  from: 'posted' | 'captured';
}

export function firstResponse(row: ReplyRow): FirstResponse | undefined {
  const record = (row.replies ?? []).find(isResponse);
  if (!record) return undefined;
  const posted = row.platform === 'x' && row.postedAt ? row.postedAt : undefined;
  const start = Date.parse(posted ?? row.capturedAt);
  const minutes = Math.max(0, Math.floor((Date.parse(record.at) - start) / 60_000));
  return { record, minutes: Number.isFinite(minutes) ? minutes : 0, from: posted ? 'posted' : 'captured' };
}

/** The latest record (what the row shows and the facet reads). */
export function latestReply(row: { replies?: readonly ReplyRecord[] }): ReplyRecord | undefined {
  const r = row.replies ?? [];
  return r[r.length - 1];
}
