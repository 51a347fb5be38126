/**
 * Query keys and `queryOptions` factories for the side panel (STYLE.md habit 7, after
 * TanStack Query's "query key factory" pattern). Keys are hierarchical so one invalidation of
 * `inboxKeys.all` refreshes pages, counts and facets together when the store changes.
 */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { InboxViewFilter } from '../../components/inbox-filters.tsx';
import type { InboxFilter, PanelData } from '../../runtime/panel-data.ts';

/** ~100 rows per IndexedDB read: a few screens of the virtual list, one cheap cursor walk. */
export const PAGE_SIZE = 100;

/** The store query for a view filter: always flagged mentions only. Undefined fields are left
 * out so equal filters give equal keys. */
export function toInboxFilter(filter: InboxViewFilter): InboxFilter {
  const out: InboxFilter = { flaggedOnly: true, status: filter.status };
  if (filter.platform) out.platform = filter.platform;
  if (filter.lang) out.lang = filter.lang;
  return out;
}

export const inboxKeys = {
  all: ['inbox'] as const,
  lists: () => [...inboxKeys.all, 'list'] as const,
  list: (filter: InboxFilter) => [...inboxKeys.lists(), filter] as const,
  count: (filter: InboxFilter) => [...inboxKeys.all, 'count', filter] as const,
  facets: () => [...inboxKeys.all, 'facets'] as const,
};

export const healthKeys = { all: ['adapter-health'] as const };
export const settingsKeys = { all: ['settings'] as const };
export const pipelineKeys = { all: ['pipeline-status'] as const };
export const mutationKeys = { setStatus: ['mention', 'set-status'] as const };

export function inboxListOptions(data: PanelData, filter: InboxFilter) {
  return infiniteQueryOptions({
    queryKey: inboxKeys.list(filter),
    queryFn: ({ pageParam }) => data.inboxPage(filter, { limit: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function inboxCountOptions(data: PanelData, filter: InboxFilter) {
  return queryOptions({ queryKey: inboxKeys.count(filter), queryFn: () => data.inboxCount(filter) });
}

export function inboxFacetsOptions(data: PanelData) {
  return queryOptions({ queryKey: inboxKeys.facets(), queryFn: () => data.inboxFacets() });
}

export function healthOptions(data: PanelData) {
  return queryOptions({ queryKey: healthKeys.all, queryFn: () => data.loadHealth() });
}

export function settingsOptions(data: PanelData) {
  return queryOptions({ queryKey: settingsKeys.all, queryFn: () => data.loadSettings() });
}

export function pipelineStatusOptions(data: PanelData) {
  return queryOptions({ queryKey: pipelineKeys.all, queryFn: () => data.loadPipelineStatus() });
}
