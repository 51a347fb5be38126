/**
 * The inbox's team view model: is a workspace set, who is signed in, the replication's state,
 * the response figures, the "show what teammates are on" switch, and the claim / let go / status
 * actions with their pending ids and error. Components get plain values and callbacks.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TeamStatus } from '../../../../lib/schema.ts';
import type { TeamResponseSummary } from '../../../../lib/team/response-times.ts';
import type { TeamData, TeamView } from '../../../../runtime/team-data.ts';
import type { PanelData } from '../../../../runtime/panel-data.ts';

export const teamKeys = {
  view: ['team', 'view'] as const,
  // Refreshed by every `mentions/changed` (below).
  summary: ['team', 'summary'] as const,
};

type Action = { kind: 'claim' | 'release'; id: string } | { kind: 'status'; id: string; status: TeamStatus };

export interface TeamModel {
  /** A workspace is set and an agent signed in: the team UI shows. */
  active: boolean;
  view?: TeamView;
  me: string;
  summary?: TeamResponseSummary;
  showTeammates: boolean;
  setShowTeammates(show: boolean): void;
  pendingIds: ReadonlySet<string>;
  claim(id: string): void;
  release(id: string): void;
  setStatus(id: string, status: TeamStatus): void;
  error?: unknown;
  clearError(): void;
}

export function useTeam(team: TeamData, data: PanelData): TeamModel {
  const queryClient = useQueryClient();
  const view = useQuery({ queryKey: teamKeys.view, queryFn: () => team.load() });
  const active = Boolean(view.data?.settings.dbUrl && view.data.settings.agent);
  const me = view.data?.settings.agent ?? '';
  // A minute is fine enough for "waiting past the target"; the list's changes refresh it too.
  const summary = useQuery({ queryKey: teamKeys.summary, queryFn: () => team.loadSummary(), enabled: active, refetchInterval: 60_000 });
  const [showTeammates, setShowTeammates] = useState(false);
  const [pending, setPending] = useState<ReadonlySet<string>>(() => new Set());
  const [error, setError] = useState<unknown>();

  useEffect(() => team.subscribe(() => void queryClient.invalidateQueries({ queryKey: teamKeys.view })), [team, queryClient]);
  // Mentions change (statuses, claims replicated in): the response figures follow. The inbox's
  // own list follows the same message through its engine.
  useEffect(
    () =>
      data.subscribe({
        mentionsChanged: () => void queryClient.invalidateQueries({ queryKey: teamKeys.summary }),
        healthChanged: () => undefined,
        pipelineStatusChanged: () => undefined,
        settingsChanged: () => undefined,
      }),
    [data, queryClient],
  );

  const { mutate } = useMutation({
    mutationFn: (a: Action) => {
      if (a.kind === 'status') return team.setStatus(a.id, a.status);
      return a.kind === 'claim' ? team.claim(a.id) : team.release(a.id);
    },
    onMutate: (a) => {
      setError(undefined);
      setPending((p) => new Set(p).add(a.id));
    },
    onError: (e) => setError(e),
    onSettled: (_d, _e, a) => {
      setPending((p) => {
        const next = new Set(p);
        next.delete(a.id);
        return next;
      });
      void queryClient.invalidateQueries({ queryKey: teamKeys.summary });
    },
  });

  const claim = useCallback((id: string) => mutate({ kind: 'claim', id }), [mutate]);
  const release = useCallback((id: string) => mutate({ kind: 'release', id }), [mutate]);
  const setStatus = useCallback((id: string, status: TeamStatus) => mutate({ kind: 'status', id, status }), [mutate]);
  const clearError = useCallback(() => setError(undefined), []);

  return useMemo(
    () => ({
      active,
      view: view.data,
      me,
      summary: summary.data,
      showTeammates,
      setShowTeammates,
      pendingIds: pending,
      claim,
      release,
      setStatus,
      error,
      clearError,
    }),
    [active, view.data, me, summary.data, showTeammates, pending, claim, release, setStatus, error, clearError],
  );
}
