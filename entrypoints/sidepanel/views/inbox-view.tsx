/**
 * The inbox tab: adapter-health warnings, counts, filters, then the virtualised list (or the
 * loading / empty / error state). Data comes from `useInbox`; components only render.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { HealthBanners } from '../../../components/health-banner.tsx';
import { PipelineBanners } from '../../../components/pipeline-banners.tsx';
import { useI18n } from '../../../components/i18n-context.tsx';
import { DEFAULT_VIEW_FILTER, InboxFilters, type InboxViewFilter } from '../../../components/inbox-filters.tsx';
import { InboxList } from '../../../components/inbox-list.tsx';
import { EmptyState, ErrorNotice, ErrorState, LoadingState, SkippedNotice, type EmptyKind } from '../../../components/inbox-states.tsx';
import { InboxSummary } from '../../../components/inbox-summary.tsx';
import { TeamInboxBar } from '../../../components/team-inbox-bar.tsx';
import { TeamRow } from '../../../components/team-row.tsx';
import type { Translator } from '../../../lib/i18n.ts';
import type { AdapterHealth } from '../../../lib/schema.ts';
import { MessageError } from '../../../lib/messaging.ts';
import { usePanelData } from '../panel-context.tsx';
import { healthKeys, healthOptions, pipelineStatusOptions, settingsOptions } from '../queries.ts';
import type { TeamData } from '../../../runtime/team-data.ts';
import { useInbox } from './use-inbox.ts';
import { useTeam } from './use-team.ts';

export function describeError(t: Translator['t'], error: unknown): string {
  if (error instanceof MessageError && error.code === 'no-reply') return `${t('error.noReply')} (${error.message})`;
  if (error instanceof Error) return error.message;
  return String(error);
}

function isDefaultFilter(filter: InboxViewFilter): boolean {
  return !filter.platform && !filter.lang && filter.status === DEFAULT_VIEW_FILTER.status;
}

export function InboxView({ now, team: teamData }: { now: number; team: TeamData }) {
  const { t } = useI18n();
  const data = usePanelData();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<InboxViewFilter>(DEFAULT_VIEW_FILTER);
  const inbox = useInbox(data, filter);
  const health = useQuery(healthOptions(data));
  const settings = useQuery(settingsOptions(data));
  const pipeline = useQuery(pipelineStatusOptions(data));
  // Team workspace (issue 12): claimed-by and statuses on rows, teammates' mentions hidden.
  const team = useTeam(teamData);
  const listed = team.filter(inbox.items);

  const dismissHealth = (key: string) => {
    // Hide it at once; the storage event that follows confirms it.
    queryClient.setQueryData<AdapterHealth[]>(healthKeys.all, (old) =>
      old?.filter((r) => `${r.platform}/${r.pageType}` !== key),
    );
    data.dismissHealth(key).catch(() => void queryClient.invalidateQueries({ queryKey: healthKeys.all }));
  };

  const emptyKind: EmptyKind =
    inbox.facets?.total === 0 ? 'nothing-yet' : isDefaultFilter(filter) ? 'all-done' : 'no-match';
  const watchTerms = settings.data
    ? settings.data.brands.length + settings.data.handles.length + settings.data.productIds.length
    : undefined;

  let body;
  if (inbox.error) body = <ErrorState message={describeError(t, inbox.error)} onRetry={inbox.retry} />;
  else if (inbox.isLoading) body = <LoadingState />;
  else if (listed.rows.length === 0) {
    body = (
      <EmptyState
        kind={inbox.facets ? emptyKind : 'nothing-yet'}
        watchTerms={watchTerms}
        onClearFilters={() => setFilter(DEFAULT_VIEW_FILTER)}
        onOpenSettings={data.openSettings}
      />
    );
  } else {
    body = (
      <InboxList
        // A new filter is a new list: start at the top with fresh row measurements.
        key={JSON.stringify(filter)}
        items={listed.rows}
        now={now}
        hasMore={inbox.hasMore}
        loadingMore={inbox.loadingMore}
        onLoadMore={inbox.loadMore}
        pendingIds={inbox.pendingIds}
        onSetStatus={inbox.setStatus}
        rowExtra={
          team.active
            ? (m) => (
                <TeamRow
                  mentionId={m.id}
                  team={m.team}
                  status={m.status}
                  me={team.me}
                  now={now}
                  pending={team.pendingIds.has(m.id)}
                  onClaim={team.claim}
                  onRelease={team.release}
                  onSetStatus={team.setStatus}
                />
              )
            : undefined
        }
      />
    );
  }

  return (
    <div className="cd-inbox" role="tabpanel" id="cd-tabpanel-inbox" aria-labelledby="cd-tab-inbox">
      <PipelineBanners status={pipeline.data} now={now} />
      <HealthBanners reports={health.data ?? []} now={now} onDismiss={dismissHealth} />
      <div className="cd-inbox__head">
        <InboxSummary count={inbox.count} totalFlagged={inbox.facets?.total} />
        <InboxFilters filter={filter} facets={inbox.facets} onChange={setFilter} />
      </div>
      {inbox.statusError !== undefined && (
        <ErrorNotice
          message={t('error.statusFailed', { error: describeError(t, inbox.statusError) })}
          onClose={inbox.clearStatusError}
        />
      )}
      {team.active && team.view && (
        <TeamInboxBar
          settings={team.view.settings}
          sync={team.view.sync}
          now={now}
          summary={team.summary}
          showTeammates={team.showTeammates}
          hiddenCount={listed.hidden}
          onShowTeammates={team.setShowTeammates}
          onOpenSettings={data.openSettings}
        />
      )}
      {team.error !== undefined && (
        <ErrorNotice message={t('team.actionFailed', { error: describeError(t, team.error) })} onClose={team.clearError} />
      )}
      <SkippedNotice count={inbox.skipped} />
      {body}
    </div>
  );
}
