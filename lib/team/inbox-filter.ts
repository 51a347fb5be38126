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

/** The inbox facet of who is on a mention (their CouchDB user name); none when nobody is. */
export const CLAIMED_BY_FACET = 'claimedBy';

/**
 * The same for the inbox engine (lib/inbox/facts.ts `FacetSource`): the claimer's name, so the
 * filter menu lists "claimed by" with counts, and the query's `hideClaimed` rule leaves out open
 * mentions whose claimer is not the agent signed in here (lib/inbox/query.ts).
 */
export const claimedByFacetSource = {
  id: CLAIMED_BY_FACET,
  valueOf: (row: Pick<StoredMention, 'team'>): string | undefined => row.team?.claimedBy,
};

/** A column for the inbox's query rule, not a menu facet (`_…`): the agent here lost a claim on
 * the mention, so it stays listed with who has it (nothing is silently dropped). */
export const LOST_CLAIM_FACET = '_teamLostClaim';
export const lostClaimFacetSource = {
  id: LOST_CLAIM_FACET,
  valueOf: (row: Pick<StoredMention, 'team'>): string | undefined => (row.team?.lostClaimAt !== undefined ? 'yes' : undefined),
};
