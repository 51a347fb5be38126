/**
 * Query keys and options for the Alerts view (the inbox's live in ../queries.ts). One
 * invalidation of `alertKeys.all` after `alerts/changed` refreshes the list, charts and examples.
 */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { compareAlerts } from '../../../lib/alerts/lifecycle.ts';
import type { Alert } from '../../../lib/schema.ts';
import type { AlertsData } from '../../../runtime/alerts-data.ts';

export const alertKeys = {
  all: ['alerts'] as const,
  overview: () => [...alertKeys.all, 'overview'] as const,
  /** No clock in the key (STYLE.md, TanStack's query-options guide): the data is refetched on an
   * interval instead, so the chart never flips back to "Loading…" every minute (issue 13). */
  chart: (id: string, endedAt: string | undefined) => [...alertKeys.all, 'chart', id, endedAt ?? 'live'] as const,
  examples: (ids: readonly string[]) => [...alertKeys.all, 'examples', ids] as const,
  settings: ['alert-settings'] as const,
};

export function alertsOverviewOptions(data: AlertsData) {
  return queryOptions({
    queryKey: alertKeys.overview(),
    queryFn: async () => {
      const o = await data.overview();
      return { ...o, alerts: [...o.alerts].sort(compareAlerts) };
    },
  });
}

/** A live alert's chart grows by a bucket every 5 minutes; once a minute keeps its open buckets fresh. */
export const CHART_REFRESH_MS = 60_000;

/** `now` is the view's minute clock: the latest render's queryFn is the one the interval runs. */
export function alertChartOptions(data: AlertsData, alert: Alert | undefined, now: number) {
  return queryOptions({
    queryKey: alertKeys.chart(alert?.id ?? '', alert?.endedAt),
    queryFn: () => data.chart(alert!, now),
    enabled: alert !== undefined,
    refetchInterval: alert && !alert.endedAt ? CHART_REFRESH_MS : false,
    placeholderData: keepPreviousData,
  });
}

export function alertExamplesOptions(data: AlertsData, ids: readonly string[]) {
  return queryOptions({ queryKey: alertKeys.examples(ids), queryFn: () => data.mentions(ids), enabled: ids.length > 0 });
}

export function alertSettingsOptions(data: AlertsData) {
  return queryOptions({ queryKey: alertKeys.settings, queryFn: () => data.loadSettings() });
}
