/**
 * The crisis clock (lib/incident/clock.ts): identify within 30 minutes, first public response
 * within the hour, assess within 2 hours, respond within 24 hours, each live from `now`; an
 * overdue stage is marked in red with words, not only colour. "Done" records the stage.
 */
import type { ClockItem } from '../lib/incident/clock.ts';
import type { ClockStage } from '../lib/incident/schema.ts';
import { useI18n } from './i18n-context.tsx';

export function CrisisClock({ items, now, compact = false, onDone }: { items: readonly ClockItem[]; now: number; compact?: boolean; onDone?(stage: ClockStage): void }) {
  const { t, duration, dateTime } = useI18n();
  return (
    <ol className={`cd-clock${compact ? ' cd-clock--compact' : ''}`} aria-label={t('incidentView.clock.title')} data-testid="crisis-clock">
      {items.map((item) => {
        const when =
          item.state === 'done'
            ? t('incident.clock.done', { time: dateTime(item.doneAt!) })
            : item.state === 'overdue'
              ? t('incident.clock.overdue', { time: duration(now - Date.parse(item.dueAt)) })
              : t('incident.clock.remaining', { time: duration(Math.max(0, item.remainingMs)) });
        return (
          <li key={item.stage} className={`cd-clock__item cd-clock__item--${item.state}`} data-stage={item.stage} data-state={item.state}>
            <span className="cd-clock__stage">{t(`incident.clock.${item.stage}`)}</span>
            <span className="cd-clock__when">
              {item.state === 'overdue' && <strong>{t('incidentView.clock.overdueMark')} </strong>}
              {item.state === 'due-soon' && <strong>{t('incidentView.clock.dueSoonMark')} </strong>}
              {when}
            </span>
            {onDone && item.state !== 'done' && !compact && (
              <button type="button" className="cd-link-button" onClick={() => onDone(item.stage)}>
                {t('incidentView.clock.markDone')}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
