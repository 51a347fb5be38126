/**
 * The Alerts tab: scope-reset notes, the alert list (open first, then history) or one alert's
 * detail (chart, why this spike, actions), and the alert settings.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { AlertDetail, type AlertActionName } from '../../../components/alert-detail.tsx';
import { useScopeLabel } from '../../../components/alert-labels.tsx';
import { AlertRow } from '../../../components/alert-row.tsx';
import { AlertSettingsForm } from '../../../components/alert-settings-form.tsx';
import { useI18n } from '../../../components/i18n-context.tsx';
import { ErrorNotice, ErrorState } from '../../../components/inbox-states.tsx';
import type { AlertScope, AlertSettings } from '../../../lib/schema.ts';
import type { AlertsData } from '../../../runtime/alerts-data.ts';
import { describeError } from './inbox-view.tsx';
import { alertChartOptions, alertExamplesOptions, alertKeys, alertSettingsOptions, alertsOverviewOptions } from './alerts-queries.ts';

/** "Snooze" snoozes for an hour: the usual "not now" in listening tools; longer is a resolve. */
export const SNOOZE_MINUTES = 60;

export interface AlertsViewProps {
  data: AlertsData;
  now: number;
  selectedId?: string;
  onSelect(id: string | undefined): void;
}

function AlertsSettings({ data, scopes }: { data: AlertsData; scopes: AlertScope[] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const settings = useQuery(alertSettingsOptions(data));
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  if (!settings.data) return null;
  const previous = settings.data.settings;
  const save = (next: AlertSettings) => {
    setSaving(true);
    // Called straight from the submit handler: the permission prompt needs the user gesture.
    data
      .saveSettings(next, previous)
      .then(() => setMessage({ kind: 'ok', text: t('alerts.settings.saved') }))
      .catch((error: unknown) => setMessage({ kind: 'error', text: describeError(t, error) }))
      .finally(() => {
        setSaving(false);
        void queryClient.invalidateQueries({ queryKey: alertKeys.settings });
      });
  };
  return (
    <details className="cd-alert-settings">
      <summary>{t('alerts.settings.title')}</summary>
      {settings.data.problems.length > 0 && (
        <p className="cd-notice cd-notice--warning">{t('alerts.settings.problems', { fields: settings.data.problems.join(', ') })}</p>
      )}
      <AlertSettingsForm key={JSON.stringify(previous)} settings={previous} scopes={scopes} saving={saving} message={message} onSave={save} />
    </details>
  );
}

export function AlertsView({ data, now, selectedId, onSelect }: AlertsViewProps) {
  const { t } = useI18n();
  const label = useScopeLabel();
  const queryClient = useQueryClient();
  const overview = useQuery(alertsOverviewOptions(data));
  const alerts = overview.data?.alerts ?? [];
  const selected = selectedId ? alerts.find((a) => a.id === selectedId) : undefined;
  const chart = useQuery(alertChartOptions(data, selected, now));
  const examples = useQuery(alertExamplesOptions(data, selected?.why?.exampleIds ?? []));
  const [actionError, setActionError] = useState<unknown>();
  const action = useMutation({
    mutationFn: ({ id, name }: { id: string; name: AlertActionName | 'retry' }) =>
      name === 'retry' ? data.retryWebhook(id) : data.act(id, name, name === 'snooze' ? SNOOZE_MINUTES : undefined),
    onMutate: () => setActionError(undefined),
    onError: (error) => setActionError(error),
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertKeys.all }),
  });

  let body;
  if (overview.error) body = <ErrorState message={describeError(t, overview.error)} onRetry={() => void overview.refetch()} />;
  else if (overview.isPending) body = <p className="cd-state" role="status">{t('alerts.loading')}</p>;
  else if (selectedId && !selected) {
    body = (
      <div className="cd-state">
        <p>{t('alerts.notFound')}</p>
        <button type="button" className="cd-button" onClick={() => onSelect(undefined)}>
          {t('alerts.back')}
        </button>
      </div>
    );
  } else if (selected) {
    body = (
      <AlertDetail
        alert={selected}
        now={now}
        points={chart.data}
        examples={examples.data ?? []}
        pending={action.isPending}
        onAction={(name) => action.mutate({ id: selected.id, name })}
        onRetryWebhook={() => action.mutate({ id: selected.id, name: 'retry' })}
        onBack={() => onSelect(undefined)}
      />
    );
  } else if (alerts.length === 0) {
    body = (
      <div className="cd-state" data-testid="alerts-empty">
        <h2 className="cd-state__title">{t('alerts.empty.title')}</h2>
        <p>{t('alerts.empty.body')}</p>
      </div>
    );
  } else {
    body = (
      <ul className="cd-list" aria-label={t('alerts.listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {alerts.map((a) => (
          <AlertRow key={a.id} alert={a} now={now} onSelect={onSelect} />
        ))}
      </ul>
    );
  }

  const resets = overview.data?.resets ?? [];
  const scopes = [...new Set([...(overview.data?.scopes ?? []), ...alerts.map((a) => a.scope)])].sort();
  return (
    <div className="cd-inbox" role="tabpanel" id="cd-tabpanel-alerts" aria-labelledby="cd-tab-alerts">
      {resets.map((r) => (
        <p key={r.scope} className="cd-notice cd-notice--warning" data-testid="alert-reset">
          {t('alerts.reset', { scope: label(r.scope as AlertScope), reason: r.reason })}
        </p>
      ))}
      {actionError !== undefined && (
        <ErrorNotice message={t('alerts.actionFailed', { error: describeError(t, actionError) })} onClose={() => setActionError(undefined)} />
      )}
      {body}
      {!selected && (overview.data?.late ?? 0) > 0 && <p className="cd-muted cd-small">{t('alerts.late', { count: overview.data!.late })}</p>}
      {!selected && !overview.isPending && <AlertsSettings data={data} scopes={scopes} />}
    </div>
  );
}
