/** One alert: what, when, how much, the chart, why, and the actions. Props in, events out. */
import type { Alert, StoredMention } from '../lib/schema.ts';
import type { ChartPoint } from '../lib/alerts/chart.ts';
import { AlertChart } from './alert-chart.tsx';
import { SeverityChip, useScopeLabel } from './alert-labels.tsx';
import { AlertWhy } from './alert-why.tsx';
import { useI18n } from './i18n-context.tsx';
import { usePanelNav } from './panel-nav.tsx';

export type AlertActionName = 'acknowledge' | 'snooze' | 'resolve';

export interface AlertDetailProps {
  alert: Alert;
  now: number;
  points?: readonly ChartPoint[];
  examples: readonly (StoredMention | undefined)[];
  pending?: boolean;
  onAction(action: AlertActionName): void;
  onRetryWebhook(): void;
  onBack(): void;
}

const LIVE = new Set(['open', 'acknowledged', 'snoozed']);

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

export function AlertDetail({ alert, now, points, examples, pending = false, onAction, onRetryWebhook, onBack }: AlertDetailProps) {
  const { t, dateTime, relative, number } = useI18n();
  const label = useScopeLabel();
  const { openInbox } = usePanelNav();
  const live = LIVE.has(alert.status);
  const share = alert.total > 0 ? number(alert.negatives / alert.total, { style: 'percent', maximumFractionDigits: 0 }) : undefined;
  return (
    <article data-testid="alert-detail" data-alert-id={alert.id} aria-busy={pending || undefined}>
      <button type="button" className="cd-link-button" onClick={onBack}>
        ← {t('alerts.back')}
      </button>
      <h2 className="cd-state__title">
        <SeverityChip severity={alert.severity} /> {label(alert.scope)}
      </h2>
      <p className="cd-small">
        <span className="cd-status">{t(`alerts.status.${alert.status}`)}</span> ·{' '}
        {t('alerts.startedWithRelative', { time: dateTime(alert.startedAt), relative: relative(alert.startedAt, now) })} ·{' '}
        {alert.endedAt ? t('alerts.endedAt', { time: dateTime(alert.endedAt) }) : t('alerts.ongoing')}
      </p>
      <p>
        {t('alerts.counts', { count: alert.negatives, expected: number(Math.round(alert.expected)) })}
        {share !== undefined && <> · {t('alerts.share', { share, total: number(alert.total) })}</>}
      </p>
      {alert.provisional && <p className="cd-notice cd-notice--warning cd-small">{t('alerts.provisional')}</p>}
      {alert.status === 'snoozed' && alert.snoozedUntil && <p className="cd-muted cd-small">{t('alerts.snoozedUntil', { time: dateTime(alert.snoozedUntil) })}</p>}
      {alert.silenced && <p className="cd-muted cd-small">{t(`alerts.silenced.${alert.silenced}`)}</p>}
      <WebhookLine alert={alert} onRetry={onRetryWebhook} />
      <button
        type="button"
        className="cd-button"
        data-testid="alert-show-mentions"
        onClick={() => openInbox({ kind: 'scopes', label: label(alert.scope), scopes: [alert.scope], from: alert.startedAt, to: alert.endedAt, alertId: alert.id })}
      >
        {t('alerts.showMentions')}
      </button>
      {live && (
        <div className="cd-row__actions" role="group" aria-label={t('row.actionsLabel')}>
          {alert.status !== 'acknowledged' && (
            <button type="button" className="cd-button" disabled={pending} onClick={() => onAction('acknowledge')}>
              {t('alerts.acknowledge')}
            </button>
          )}
          <button type="button" className="cd-button" disabled={pending} onClick={() => onAction('snooze')}>
            {t('alerts.snooze')}
          </button>
          <button type="button" className="cd-button cd-button--primary" disabled={pending} onClick={() => onAction('resolve')}>
            {t('alerts.resolve')}
          </button>
        </div>
      )}
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
