/**
 * Crisis mode's bar, pinned above the tabs while it is on: the incident, its clock (compact) and
 * the checklist's progress, and the switch to turn it off.
 */
import type { ClockItem } from '../lib/incident/clock.ts';
import { CrisisClock } from './crisis-clock.tsx';
import { useI18n } from './i18n-context.tsx';

export function CrisisPin({ title, status, clock, checklist, now, busy, onOpen, onOff }: {
  title: string;
  status: string;
  clock: readonly ClockItem[];
  checklist: { done: number; total: number };
  now: number;
  busy?: boolean;
  onOpen(): void;
  onOff(): void;
}) {
  const { t } = useI18n();
  return (
    <aside className="cd-crisis-pin" aria-label={t('incidentView.crisis.pinLabel')} data-testid="crisis-pin">
      <div className="cd-crisis-pin__head">
        <strong>{t('incidentView.crisis.on')}</strong>
        <button type="button" className="cd-link-button cd-crisis-pin__title" onClick={onOpen}>
          {title}
        </button>
        <span className="cd-small">{status}</span>
        <span className="cd-small" data-testid="crisis-pin-checklist">
          {t('incidentView.checklist.progress', { done: checklist.done, total: checklist.total })}
        </span>
        <button type="button" className="cd-button cd-button--quiet" onClick={onOff} disabled={busy}>
          {t('incidentView.crisis.turnOff')}
        </button>
      </div>
      <CrisisClock items={clock} now={now} compact />
    </aside>
  );
}
