/**
 * Query keys and `queryOptions` factories for the side panel's small reads (STYLE.md habit 7,
 * after TanStack Query's "query key factory" pattern). The inbox itself reads through its engine
 * (lib/inbox/engine.ts), which follows `mentions/changed`.
 */
import { queryOptions } from '@tanstack/react-query';
import type { PanelData } from '../../runtime/panel-data.ts';

export const healthKeys = { all: ['adapter-health'] as const };
export const settingsKeys = { all: ['settings'] as const };
export const pipelineKeys = { all: ['pipeline-status'] as const };

export function healthOptions(data: PanelData) {
  return queryOptions({ queryKey: healthKeys.all, queryFn: () => data.loadHealth() });
}

export function settingsOptions(data: PanelData) {
  return queryOptions({ queryKey: settingsKeys.all, queryFn: () => data.loadSettings() });
}

export function pipelineStatusOptions(data: PanelData) {
  return queryOptions({ queryKey: pipelineKeys.all, queryFn: () => data.loadPipelineStatus() });
}
