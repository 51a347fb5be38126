/**
 * Keeps the panel in step with the store: the background broadcasts `mentions/changed` after
 * every write, and storage events carry adapter health and settings. Bursts (a timeline
 * scrolled fast sends a batch every idle callback) are coalesced into one refetch.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { PanelData } from '../../../runtime/panel-data.ts';
import { healthKeys, inboxKeys, pipelineKeys, settingsKeys } from '../queries.ts';

/** Long enough to merge a burst of batches, short enough to feel live. */
export const COALESCE_MS = 250;

export function useLiveUpdates(data: PanelData): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refreshInbox = () => {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        void queryClient.invalidateQueries({ queryKey: inboxKeys.all });
      }, COALESCE_MS);
    };
    const unsubscribe = data.subscribe({
      mentionsChanged: refreshInbox,
      healthChanged: (reports) => queryClient.setQueryData(healthKeys.all, reports),
      pipelineStatusChanged: (status) => queryClient.setQueryData(pipelineKeys.all, status),
      settingsChanged: (settings) => {
        queryClient.setQueryData(settingsKeys.all, settings);
        // Watch-list counts in the empty state depend on settings. (The background then re-checks
        // stored mentions and announces the rows it changed with mentions/changed.)
        refreshInbox();
      },
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [data, queryClient]);
}
