/**
 * The team workspace (issue 12) in the inbox, through the room the inbox leaves for it
 * (components/inbox-extensions.tsx): each row's team part (who is on it, its latest status with
 * who and when, claim / let go / replied / escalate), a "claimed by" facet, and "hide what
 * teammates are on" as a query rule. The team's model (use-team.ts) reaches rows and the view
 * through one context; without a workspace nothing here shows.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { InboxExtensions } from '../../../../components/inbox-extensions.tsx';
import { TeamRow } from '../../../../components/team-row.tsx';
import type { StoredMention } from '../../../../lib/schema.ts';
import { CLAIMED_BY_FACET, claimedByFacetSource, LOST_CLAIM_FACET, lostClaimFacetSource } from '../../../../lib/team/inbox-filter.ts';
import type { TeamModel } from './use-team.ts';

const TeamContext = createContext<{ team: TeamModel; now: number } | undefined>(undefined);

export function TeamProvider({ team, now, children }: { team: TeamModel; now: number; children: ReactNode }) {
  const value = useMemo(() => ({ team, now }), [team, now]);
  return <TeamContext.Provider value={value}>{children}</TeamContext.Provider>;
}

/** The team's model, or undefined outside a TeamProvider (tests of the inbox alone). */
export function useTeamContext(): TeamModel | undefined {
  return useContext(TeamContext)?.team;
}

function TeamRowActions({ mention }: { mention: StoredMention; ids: readonly string[] }) {
  const ctx = useContext(TeamContext);
  if (!ctx?.team.active) return null;
  const { team, now } = ctx;
  return (
    <TeamRow
      mentionId={mention.id}
      team={mention.team}
      status={mention.status}
      me={team.me}
      now={now}
      pending={team.pendingIds.has(mention.id)}
      onClaim={team.claim}
      onRelease={team.release}
      onSetStatus={team.setStatus}
    />
  );
}

/** The facet source is always there (the inbox engine reads its sources once, at start); it has
 * values only once a workspace has claimed something. */
export const TEAM_FACET_SOURCES = [claimedByFacetSource, lostClaimFacetSource];

type RowActionsComponent = NonNullable<InboxExtensions['RowActions']>;
const composedCache = new WeakMap<RowActionsComponent, RowActionsComponent>();

/** The other feature's row actions, then the team's: one component per outer component, so rows
 * are not remounted when the team's state changes. */
function composed(Outer: RowActionsComponent): RowActionsComponent {
  let c = composedCache.get(Outer);
  if (!c) {
    c = function RowActionsWithTeam(props) {
      return (
        <>
          <Outer {...props} />
          <TeamRowActions {...props} />
        </>
      );
    };
    composedCache.set(Outer, c);
  }
  return c;
}

/** `outer`'s extensions (the replies feature's, tests') with the team's added. */
export function withTeamExtensions(outer: InboxExtensions, team: TeamModel | undefined, facetLabel: string): InboxExtensions {
  const facets = { ...outer.facets, [CLAIMED_BY_FACET]: { label: facetLabel } };
  if (!team?.active) return { ...outer, facets };
  const Outer = outer.RowActions;
  const RowActions = Outer ? composed(Outer) : TeamRowActions;
  return {
    ...outer,
    facets,
    RowActions,
    hideClaimed: team.showTeammates ? undefined : { facet: CLAIMED_BY_FACET, except: team.me, unless: LOST_CLAIM_FACET },
  };
}
