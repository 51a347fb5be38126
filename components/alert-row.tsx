/** One alert in the list: severity, scope, status, when, how many. Clicking opens its detail. */
import type { Alert } from '../lib/schema.ts';
import { SeverityChip, useScopeLabel } from './alert-labels.tsx';
import { useI18n } from './i18n-context.tsx';

export interface AlertRowProps {
  alert: Alert;
  now: number;
  selected?: boolean;
  onSelect(id: string): void;
}

export function AlertRow({ alert, now, selected = false, onSelect }: AlertRowProps) {
  const { t, relative, number } = useI18n();
  const label = useScopeLabel();
  return (
    <li>
      <button
        type="button"
        className={`cd-row cd-alert-row cd-row--${alert.status === 'open' ? 'open' : 'handled'}`}
        data-testid="alert-row"
        data-alert-id={alert.id}
        data-status={alert.status}
        aria-current={selected || undefined}
        onClick={() => onSelect(alert.id)}
      >
        <span className="cd-row__meta">
          <SeverityChip severity={alert.severity} />{' '}
          <strong>{label(alert.scope)}</strong>{' '}
          <span className={`cd-status cd-status--${alert.status === 'open' ? 'open' : 'handled'}`}>{t(`alerts.status.${alert.status}`)}</span>
        </span>
        <span className="cd-muted cd-small cd-alert-row__when">
          {t('alerts.started', { time: relative(alert.startedAt, now) })} ·{' '}
          {t('alerts.counts', { count: alert.negatives, expected: number(Math.round(alert.expected)) })}
        </span>
      </button>
    </li>
  );
}
