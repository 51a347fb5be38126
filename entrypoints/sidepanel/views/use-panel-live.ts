/**
 * Keeps the panel's small queries in step with storage events: adapter health, the background's
 * status and settings. (Mentions follow `mentions/changed` through the inbox engine,
 * inbox/use-inbox-engine.ts.)
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { PanelData } from '../../../runtime/panel-data.ts';
import { healthKeys, pipelineKeys, settingsKeys } from '../queries.ts';

export function usePanelLive(data: PanelData): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      data.subscribe({
        mentionsChanged: () => undefined,
        healthChanged: (reports) => queryClient.setQueryData(healthKeys.all, reports),
        pipelineStatusChanged: (status) => queryClient.setQueryData(pipelineKeys.all, status),
        settingsChanged: (settings) => queryClient.setQueryData(settingsKeys.all, settings),
      }),
    [data, queryClient],
  );
}
