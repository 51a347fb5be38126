/** One alert event in the list: severity, its scopes, status, when, how many. Clicking opens it. */
import type { AlertEvent } from '../lib/alerts/events.ts';
import { SeverityChip, useScopeLabel } from './alert-labels.tsx';
import { useI18n } from './i18n-context.tsx';

export interface AlertRowProps {
  event: AlertEvent;
  now: number;
  selected?: boolean;
  onSelect(id: string): void;
}

export function AlertRow({ event, now, selected = false, onSelect }: AlertRowProps) {
  const { t, relative, number } = useI18n();
  const label = useScopeLabel();
  const { lead } = event;
  const more = event.scopes.length - 1;
  return (
    <li>
      <button
        type="button"
        className={`cd-row cd-alert-row cd-row--${event.status === 'open' ? 'open' : 'handled'}`}
        data-testid="alert-row"
        data-alert-id={event.id}
        data-status={event.status}
        data-scopes={event.scopes.join(' ')}
        aria-current={selected || undefined}
        onClick={() => onSelect(event.id)}
      >
        <span className="cd-row__meta">
          <SeverityChip severity={event.severity} /> <strong>{label(lead.scope)}</strong>
          {more > 0 && <span className="cd-muted cd-small"> {t('alerts.event.more', { count: more })}</span>}{' '}
          <span className={`cd-status cd-status--${event.status === 'open' ? 'open' : 'handled'}`}>{t(`alerts.status.${event.status}`)}</span>
        </span>
        <span className="cd-muted cd-small cd-alert-row__when">
          {t('alerts.started', { time: relative(event.startedAt, now) })} ·{' '}
          {t('alerts.counts', { count: lead.negatives, expected: number(Math.round(lead.expected)) })}
        </span>
      </button>
    </li>
  );
}
