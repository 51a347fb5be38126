/**
 * "Hide what teammates are on": an open mention claimed by another agent is theirs to answer, so
 * the inbox leaves it out unless the agent asks to see it (the switch above the list). Answered,
 * dismissed and unclaimed mentions, and the agent's own, always show.
 */
import type { StoredMention } from '../schema.ts';

type Row = Pick<StoredMention, 'status' | 'team'>;

export function teammateIsOn(row: Row, me: string | undefined): boolean {
  const by = row.team?.claimedBy;
  return row.status === 'open' && by !== undefined && by !== me;
}

/** Splits rows into those to show and how many were hidden. */
export function hideTeammates<T extends Row>(rows: readonly T[], me: string | undefined, show: boolean): { rows: readonly T[]; hidden: number } {
  if (show) return { rows, hidden: 0 };
  const kept = rows.filter((r) => !teammateIsOn(r, me));
  return { rows: kept.length === rows.length ? rows : kept, hidden: rows.length - kept.length };
}

/**
 * The same as a facet for the inbox engine (wt/inbox lib/inbox/facts.ts `FacetSource`):
 * `mine`, `teammate` or `nobody`, so its filters can count and pick them.
 */
export function claimFacetSource(me: string | undefined): { id: string; valueOf(row: StoredMention): string | undefined } {
  return {
    id: 'claimed',
    valueOf: (row) => {
      const by = row.team?.claimedBy;
      return by === undefined ? 'nobody' : by === me ? 'mine' : 'teammate';
    },
  };
}
