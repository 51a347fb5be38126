/**
 * The Alerts tab: scope-reset notes, the list of alert events (open first, then history) or one
 * event's detail (its scopes, chart, why this spike, actions), and the alert settings (incident
 * keyword sets, then per-scope settings). Keyword-set scopes are named from the stored sets.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { AlertActionName } from '../../../components/alert-actions.tsx';
import { AlertDetail } from '../../../components/alert-detail.tsx';
import { KeywordSetsEditor } from '../../../components/alert-keyword-sets.tsx';
import { KeywordSetNamesProvider } from '../../../components/alert-labels.tsx';
import { AlertRow } from '../../../components/alert-row.tsx';
import { AlertSettingsForm } from '../../../components/alert-settings-form.tsx';
import { useI18n } from '../../../components/i18n-context.tsx';
import { ErrorNotice, ErrorState } from '../../../components/inbox-states.tsx';
import { eventOf, groupEvents } from '../../../lib/alerts/events.ts';
import { scopeLabel } from '../../../lib/alerts/labels.ts';
import type { AlertScope, AlertSettings } from '../../../lib/schema.ts';
import type { AlertsData } from '../../../runtime/alerts-data.ts';
import { describeError } from './inbox-view.tsx';
import { alertChartOptions, alertExamplesOptions, alertKeys, alertSettingsOptions, alertsOverviewOptions } from './alerts-queries.ts';
import './alert-settings.css';
import './alert-detail.css';

export interface AlertsViewProps {
  data: AlertsData;
  now: number;
  selectedId?: string;
  onSelect(id: string | undefined): void;
}

const KEYWORDS = 'keywords:';

function AlertsSettings({ data, scopes, now }: { data: AlertsData; scopes: AlertScope[]; now: number }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const settings = useQuery(alertSettingsOptions(data));
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  if (!settings.data) return null;
  const previous = settings.data.settings;
  const persist = (next: AlertSettings) => {
    setSaving(true);
    // Called straight from the submit handler: the permission prompt needs the user gesture.
    return data.saveSettings(next, previous).finally(() => {
      setSaving(false);
      void queryClient.invalidateQueries({ queryKey: alertKeys.settings });
    });
  };
  const save = (next: AlertSettings) => {
    persist(next)
      .then(() => setMessage({ kind: 'ok', text: t('alerts.settings.saved') }))
      .catch((error: unknown) => setMessage({ kind: 'error', text: describeError(t, error) }));
  };
  const saveKeywordSets = (next: AlertSettings) =>
    persist(next).catch((error: unknown) => {
      throw new Error(describeError(t, error));
    });
  // A deleted set's scope may still have state: a new set must not take over its id.
  const takenIds = scopes.filter((s) => s.startsWith(KEYWORDS)).map((s) => s.slice(KEYWORDS.length));
  // The per-scope form is not reset by a keyword-set save (its draft may hold unsaved changes).
  const formKey = JSON.stringify({ ...previous, keywordSets: undefined });
  return (
    <details className="cd-alert-settings">
      <summary>{t('alerts.settings.title')}</summary>
      {settings.data.problems.length > 0 && (
        <p className="cd-notice cd-notice--warning">{t('alerts.settings.problems', { fields: settings.data.problems.join(', ') })}</p>
      )}
      <KeywordSetsEditor settings={previous} takenIds={takenIds} now={now} saving={saving} onSave={saveKeywordSets} />
      <AlertSettingsForm key={formKey} settings={previous} scopes={scopes} saving={saving} message={message} onSave={save} />
    </details>
  );
}

export function AlertsView({ data, now, selectedId, onSelect }: AlertsViewProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const overview = useQuery(alertsOverviewOptions(data));
  const keywordSets = useQuery(alertSettingsOptions(data)).data?.settings.keywordSets;
  const alerts = overview.data?.alerts;
  // One burst, one event: the list and the detail show events (lib/alerts/events.ts).
  const events = useMemo(() => groupEvents(alerts ?? []), [alerts]);
  // A notification or link may name any alert of an event.
  const selected = selectedId ? eventOf(events, selectedId) : undefined;
  const chart = useQuery(alertChartOptions(data, selected?.lead, now));
  const examples = useQuery(alertExamplesOptions(data, selected?.lead.why?.exampleIds ?? []));
  const [actionError, setActionError] = useState<unknown>();
  const action = useMutation({
    mutationFn: ({ id, name, minutes }: { id: string; name: AlertActionName | 'retry'; minutes?: number }) =>
      name === 'retry' ? data.retryWebhook(id) : data.act(id, name, name === 'snooze' ? minutes : undefined),
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
        event={selected}
        now={now}
        points={chart.data}
        examples={examples.data ?? []}
        pending={action.isPending}
        onAction={(name, minutes) => action.mutate({ id: selected.id, name, minutes })}
        onRetryWebhook={() => action.mutate({ id: selected.lead.id, name: 'retry' })}
        onBack={() => onSelect(undefined)}
      />
    );
  } else if (events.length === 0) {
    body = (
      <div className="cd-state" data-testid="alerts-empty">
        <h2 className="cd-state__title">{t('alerts.empty.title')}</h2>
        <p>{t('alerts.empty.body')}</p>
      </div>
    );
  } else {
    body = (
      <ul className="cd-list cd-alert-list" aria-label={t('alerts.listLabel')}>
        {events.map((e) => (
          <AlertRow key={e.id} event={e} now={now} onSelect={onSelect} />
        ))}
      </ul>
    );
  }

  const resets = overview.data?.resets ?? [];
  const scopes = [
    ...new Set([...(overview.data?.scopes ?? []), ...(alerts ?? []).map((a) => a.scope), ...(keywordSets ?? []).map((k): AlertScope => `${KEYWORDS}${k.id}`)]),
  ].sort();
  return (
    <KeywordSetNamesProvider sets={keywordSets}>
      <div className="cd-inbox" role="tabpanel" id="cd-tabpanel-alerts" aria-labelledby="cd-tab-alerts">
        {resets.map((r) => (
          <p key={r.scope} className="cd-notice cd-notice--warning" data-testid="alert-reset">
            {t('alerts.reset', { scope: scopeLabel(r.scope as AlertScope, t, keywordSets), reason: r.reason })}
          </p>
        ))}
        {actionError !== undefined && (
          <ErrorNotice message={t('alerts.actionFailed', { error: describeError(t, actionError) })} onClose={() => setActionError(undefined)} />
        )}
        {body}
        {!selected && (overview.data?.history ?? 0) > 0 && (
          <p className="cd-muted cd-small" data-testid="alerts-history">
            {t('alerts.history', { count: overview.data!.history })}
          </p>
        )}
        {!selected && (overview.data?.late ?? 0) > 0 && (
          <p className="cd-muted cd-small" data-testid="alerts-late">
            {t('alerts.late', { count: overview.data!.late })}
          </p>
        )}
        {!selected && !overview.isPending && <AlertsSettings data={data} scopes={scopes} now={now} />}
      </div>
    </KeywordSetNamesProvider>
  );
}
