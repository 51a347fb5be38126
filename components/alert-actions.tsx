/**
 * What the operator can do with an alert event: acknowledge, snooze for a chosen time, resolve;
 * and reopen one that was resolved. Each applies to the whole event (lib/alerts/actions.ts).
 */
import { useState } from 'react';
import { SNOOZE_CHOICES_MINUTES } from '../lib/alerts/lifecycle.ts';
import type { AlertStatus } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';

export type AlertActionName = 'acknowledge' | 'snooze' | 'resolve' | 'reopen';

export interface AlertActionsProps {
  status: AlertStatus;
  pending?: boolean;
  onAction(action: AlertActionName, minutes?: number): void;
}

const LIVE = new Set<AlertStatus>(['open', 'acknowledged', 'snoozed']);
/** An hour: the usual "not now" in listening tools. */
const DEFAULT_SNOOZE = 60;

export function AlertActions({ status, pending = false, onAction }: AlertActionsProps) {
  const { t } = useI18n();
  const [minutes, setMinutes] = useState<number>(DEFAULT_SNOOZE);
  const label = (m: number) => (m < 60 ? t('alerts.snoozeChoice.minutes', { count: m }) : t('alerts.snoozeChoice.hours', { count: m / 60 }));
  if (status === 'resolved') {
    return (
      <div className="cd-alert-actions" role="group" aria-label={t('row.actionsLabel')}>
        <button type="button" className="cd-button" disabled={pending} onClick={() => onAction('reopen')}>
          {t('alerts.reopen')}
        </button>
      </div>
    );
  }
  if (!LIVE.has(status)) return null;
  return (
    <div className="cd-alert-actions" role="group" aria-label={t('row.actionsLabel')}>
      {status !== 'acknowledged' && (
        <button type="button" className="cd-button" disabled={pending} onClick={() => onAction('acknowledge')}>
          {t('alerts.acknowledge')}
        </button>
      )}
      <select name="snoozeMinutes" aria-label={t('alerts.snoozeFor')} value={minutes} disabled={pending} onChange={(e) => setMinutes(Number(e.target.value))}>
        {SNOOZE_CHOICES_MINUTES.map((m) => (
          <option key={m} value={m}>
            {label(m)}
          </option>
        ))}
      </select>
      <button type="button" className="cd-button" disabled={pending} onClick={() => onAction('snooze', minutes)}>
        {t('alerts.snooze')}
      </button>
      <button type="button" className="cd-button cd-button--primary" disabled={pending} onClick={() => onAction('resolve')}>
        {t('alerts.resolve')}
      </button>
    </div>
  );
}
