/**
 * Query keys and options for the Alerts view (the inbox's live in ../queries.ts). One
 * invalidation of `alertKeys.all` after `alerts/changed` refreshes the list, charts and examples.
 */
import { queryOptions } from '@tanstack/react-query';
import { compareAlerts } from '../../../lib/alerts/lifecycle.ts';
import type { Alert } from '../../../lib/schema.ts';
import type { AlertsData } from '../../../runtime/alerts-data.ts';

export const alertKeys = {
  all: ['alerts'] as const,
  overview: () => [...alertKeys.all, 'overview'] as const,
  chart: (id: string, now: number) => [...alertKeys.all, 'chart', id, now] as const,
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

export function alertChartOptions(data: AlertsData, alert: Alert | undefined, now: number) {
  return queryOptions({
    queryKey: alertKeys.chart(alert?.id ?? '', now),
    queryFn: () => data.chart(alert!, now),
    enabled: alert !== undefined,
  });
}

export function alertExamplesOptions(data: AlertsData, ids: readonly string[]) {
  return queryOptions({ queryKey: alertKeys.examples(ids), queryFn: () => data.mentions(ids), enabled: ids.length > 0 });
}

export function alertSettingsOptions(data: AlertsData) {
  return queryOptions({ queryKey: alertKeys.settings, queryFn: () => data.loadSettings() });
}
