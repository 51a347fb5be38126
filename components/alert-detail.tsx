/**
 * One alert event: what, when, how much, the scopes it was raised on, the chart, why, and the
 * actions. Props in, events out. The event (lib/alerts/events.ts) exposes its scopes and its span
 * (`startedAt`, `endedAt`); its lead alert holds the counts, the chart's scope and the "why".
 */
import type { Alert, StoredMention } from '../lib/schema.ts';
import type { ChartPoint } from '../lib/alerts/chart.ts';
import type { AlertEvent } from '../lib/alerts/events.ts';
import { AlertActions, type AlertActionName } from './alert-actions.tsx';
import { AlertChart } from './alert-chart.tsx';
import { SeverityChip, useScopeLabel } from './alert-labels.tsx';
import { AlertWhy } from './alert-why.tsx';
import { useI18n } from './i18n-context.tsx';
import { usePanelNav } from './panel-nav.tsx';

export interface AlertDetailProps {
  event: AlertEvent;
  now: number;
  points?: readonly ChartPoint[];
  examples: readonly (StoredMention | undefined)[];
  pending?: boolean;
  onAction(action: AlertActionName, minutes?: number): void;
  onRetryWebhook(): void;
  onBack(): void;
}

function EventScopes({ event }: { event: AlertEvent }) {
  const { t, number } = useI18n();
  const label = useScopeLabel();
  if (event.members.length < 2) return null;
  return (
    <>
      <h3 className="cd-small">{t('alerts.event.scopesTitle')}</h3>
      <ul className="cd-alert-scopes cd-small" data-testid="alert-event-scopes">
        {event.members.map((m) => (
          <li key={m.id} data-scope={m.scope}>
            {t('alerts.event.scopeLine', { scope: label(m.scope), counts: t('alerts.counts', { count: m.negatives, expected: number(Math.round(m.expected)) }) })}
          </li>
        ))}
      </ul>
    </>
  );
}

function WebhookLine({ alert, onRetry }: { alert: Alert; onRetry(): void }) {
  const { t, dateTime } = useI18n();
  const w = alert.webhook;
  if (!w) return null;
  let text: string;
  if (w.state === 'sent') text = t('alerts.webhook.sent', { time: dateTime(w.sentAt ?? alert.detectedAt) });
  else if (w.state === 'failed') text = t('alerts.webhook.failed', { count: w.attempts, error: w.lastError ?? '?' });
  else if (w.lastError) text = t('alerts.webhook.pendingError', { error: w.lastError, time: dateTime(w.nextAttemptAt ?? alert.detectedAt) });
  else text = t('alerts.webhook.pending', { attempt: w.attempts + 1, time: dateTime(w.nextAttemptAt ?? alert.detectedAt) });
  return (
    <p className={`cd-small ${w.state === 'failed' ? 'cd-error-text' : 'cd-muted'}`} data-testid="alert-webhook" data-state={w.state}>
      {text}{' '}
      {w.state === 'failed' && (
        <button type="button" className="cd-link-button" onClick={onRetry}>
          {t('alerts.webhook.retry')}
        </button>
      )}
    </p>
  );
}

export function AlertDetail({ event, now, points, examples, pending = false, onAction, onRetryWebhook, onBack }: AlertDetailProps) {
  const { t, dateTime, relative, number, list } = useI18n();
  const label = useScopeLabel();
  const alert: Alert = event.lead;
  const { openInbox } = usePanelNav();
  const share = alert.total > 0 ? number(alert.negatives / alert.total, { style: 'percent', maximumFractionDigits: 0 }) : undefined;
  return (
    <article data-testid="alert-detail" data-alert-id={event.id} data-scopes={event.scopes.join(' ')} aria-busy={pending || undefined}>
      <button type="button" className="cd-link-button" onClick={onBack}>
        ← {t('alerts.back')}
      </button>
      <h2 className="cd-state__title">
        <SeverityChip severity={event.severity} /> {label(alert.scope)}
      </h2>
      <p className="cd-small">
        <span className="cd-status">{t(`alerts.status.${event.status}`)}</span> ·{' '}
        {t('alerts.startedWithRelative', { time: dateTime(event.startedAt), relative: relative(event.startedAt, now) })} ·{' '}
        {event.endedAt ? t('alerts.endedAt', { time: dateTime(event.endedAt) }) : t('alerts.ongoing')}
      </p>
      <p>
        {t('alerts.counts', { count: alert.negatives, expected: number(Math.round(alert.expected)) })}
        {share !== undefined && <> · {t('alerts.share', { share, total: number(alert.total) })}</>}
      </p>
      <EventScopes event={event} />
      {event.provisional && <p className="cd-notice cd-notice--warning cd-small">{t('alerts.provisional')}</p>}
      {alert.status === 'snoozed' && alert.snoozedUntil && <p className="cd-muted cd-small">{t('alerts.snoozedUntil', { time: dateTime(alert.snoozedUntil) })}</p>}
      {alert.silenced && <p className="cd-muted cd-small">{t(`alerts.silenced.${alert.silenced}`)}</p>}
      <WebhookLine alert={alert} onRetry={onRetryWebhook} />
      <button
        type="button"
        className="cd-button"
        data-testid="alert-show-mentions"
        onClick={() =>
          openInbox({ kind: 'scopes', label: list(event.scopes.map(label)), scopes: event.scopes, from: event.startedAt, to: event.endedAt, alertId: alert.id })
        }
      >
        {t('alerts.showMentions')}
      </button>
      <AlertActions status={event.status} pending={pending} onAction={onAction} />
      {points ? (
        <AlertChart points={points} span={{ start: Date.parse(alert.startedAt), end: alert.endedAt ? Date.parse(alert.endedAt) : undefined }} />
      ) : (
        <div data-testid="alert-chart" className="cd-muted cd-small">
          {t('alerts.loading')}
        </div>
      )}
      <AlertWhy why={alert.why} examples={examples} />
    </article>
  );
}
