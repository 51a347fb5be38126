/**
 * The inbox view model: rows of the current filter (paged), counts, facets, the status
 * mutation and its pending ids and error. Components get plain values and callbacks.
 */
import {
  useInfiniteQuery,
  useMutation,
  useMutationState,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { InboxViewFilter } from '../../../components/inbox-filters.tsx';
import type { MentionStatus, StoredMention } from '../../../lib/schema.ts';
import type { InboxFacets, PanelData } from '../../../runtime/panel-data.ts';
import {
  inboxCountOptions,
  inboxFacetsOptions,
  inboxKeys,
  inboxListOptions,
  mutationKeys,
  toInboxFilter,
} from '../queries.ts';

export interface StatusChange {
  id: string;
  status: MentionStatus;
}

export interface InboxModel {
  items: StoredMention[];
  /** Stored rows the list left out because they no longer parse (damaged or from a future
   * version): counted so the panel can say so instead of silently showing fewer. */
  skipped: number;
  count?: number;
  facets?: InboxFacets;
  isLoading: boolean;
  error?: unknown;
  retry(): void;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore(): void;
  pendingIds: ReadonlySet<string>;
  setStatus(id: string, status: MentionStatus): void;
  statusError?: unknown;
  clearStatusError(): void;
}

export function useInbox(data: PanelData, viewFilter: InboxViewFilter): InboxModel {
  const queryClient = useQueryClient();
  const filter = useMemo(() => toInboxFilter(viewFilter), [viewFilter]);
  const list = useInfiniteQuery(inboxListOptions(data, filter));
  const count = useQuery(inboxCountOptions(data, filter));
  const facets = useQuery(inboxFacetsOptions(data));
  const [statusError, setStatusError] = useState<unknown>();

  const mutation = useMutation({
    mutationKey: mutationKeys.setStatus,
    mutationFn: ({ id, status }: StatusChange) => data.setStatus(id, status),
    onMutate: () => setStatusError(undefined),
    onError: (error) => setStatusError(error),
    // The background also broadcasts `mentions/changed`; invalidating here as well keeps the
    // panel right if that broadcast is lost (e.g. the worker restarted in between).
    onSettled: () => queryClient.invalidateQueries({ queryKey: inboxKeys.all }),
  });
  const pending = useMutationState({
    filters: { mutationKey: mutationKeys.setStatus, status: 'pending' },
    select: (m) => (m.state.variables as StatusChange | undefined)?.id,
  });

  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const skipped = useMemo(() => list.data?.pages.reduce((n, p) => n + (p.skipped ?? 0), 0) ?? 0, [list.data]);
  const pendingIds = useMemo(() => new Set(pending.filter((id): id is string => id !== undefined)), [pending]);
  const { mutate } = mutation;
  const { fetchNextPage } = list;
  const retry = useCallback(() => void queryClient.invalidateQueries({ queryKey: inboxKeys.all }), [queryClient]);
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const setStatus = useCallback((id: string, status: MentionStatus) => mutate({ id, status }), [mutate]);
  const clearStatusError = useCallback(() => setStatusError(undefined), []);

  return {
    items,
    skipped,
    count: count.data,
    facets: facets.data,
    isLoading: list.isPending,
    error: list.error ?? undefined,
    retry,
    hasMore: list.hasNextPage,
    loadingMore: list.isFetchingNextPage,
    loadMore,
    pendingIds,
    setStatus,
    statusError,
    clearStatusError,
  };
}
