/**
 * Replicated documents into the inbox's store. The local IndexedDB `mentions` store stays the
 * inbox's one source of truth: the team's view of a mention (who has it, its latest status, its
 * first answer) is folded (fold.ts) and written onto the mention's row, and mentions teammates
 * captured become rows here too, so the inbox, its counts, filters and overdue marks work on the
 * team's queue without knowing about the team.
 *
 * Pure: the row before, the shared document, the folded events and the time in; the row after out
 * (or `undefined` when nothing changes, so an unchanged mention costs no write).
 */
import { StoredMentionSchema, type MentionTeam, type StoredMention } from '../schema.ts';
import type { MentionDoc } from './docs.ts';
import { localStatusOf, teamFieldOf, type FoldedMention } from './fold.ts';
import { stableJson } from './merge.ts';

export interface MapInput {
  current: StoredMention | undefined;
  doc: MentionDoc | undefined;
  folded: FoldedMention;
  /** The agent signed in on this browser. */
  me: string | undefined;
  now: Date;
}

function sameTeam(a: MentionTeam | undefined, b: MentionTeam): boolean {
  return stableJson(a ?? {}) === stableJson(b);
}

/** The row the inbox should hold for this mention, or undefined when it should stay as it is. */
export function mapTeamRow({ current, doc, folded, me, now }: MapInput): StoredMention | undefined {
  const team = teamFieldOf(folded, doc, me);
  const at = now.toISOString();
  if (!current) {
    // Nothing to show without the mention itself (its events may arrive first; the document follows).
    if (!doc) return undefined;
    const status = folded.status ? localStatusOf(folded.status.status) : 'open';
    const row: StoredMention = {
      ...doc.row,
      status,
      ...(folded.status ? { statusChangedAt: folded.status.at } : {}),
      activityAt: at,
      team,
    };
    return StoredMentionSchema.parse(row);
  }
  let next: StoredMention = current;
  // A mention a teammate captured first follows the team's document (merged from every capture:
  // its text may have grown); one first captured here keeps this browser's capture.
  if (doc && team.capturedBy !== undefined) {
    const fromDoc = doc.row;
    if (stableJson(fromDoc) !== stableJson(pickShared(current))) next = { ...next, ...fromDoc };
  }
  if (folded.status) {
    const status = localStatusOf(folded.status.status);
    if (status !== current.status) next = { ...next, status, statusChangedAt: folded.status.at, activityAt: at };
  }
  if (!sameTeam(current.team, team)) next = { ...next, team };
  if (next === current) return undefined;
  return StoredMentionSchema.parse(next);
}

function pickShared(row: StoredMention): Record<string, unknown> {
  const { status: _s, statusChangedAt: _c, activityAt: _a, team: _t, replies: _r, ...shared } = row;
  return shared;
}
