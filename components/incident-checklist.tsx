/**
 * The first-hours checklist (lib/incident/checklist.ts): the actions and the five questions, each
 * a checkbox whose change is recorded with who and when. Items the incident itself shows done
 * (a published statement, a scheduled next update) say so.
 */
import type { ChecklistItemId } from '../lib/incident/schema.ts';
import type { ChecklistView } from '../lib/incident/checklist.ts';
import { useI18n } from './i18n-context.tsx';

export function IncidentChecklist({ items, busy, onToggle }: { items: readonly ChecklistView[]; busy?: boolean; onToggle(id: ChecklistItemId, done: boolean): void }) {
  const { t, dateTime } = useI18n();
  const done = items.filter((i) => i.done).length;
  return (
    <section className="cd-incident-section" aria-labelledby="cd-checklist-title" data-testid="incident-checklist">
      <h3 id="cd-checklist-title" className="cd-incident-section__title">
        {t('incidentView.checklist.title', { done, total: items.length })}
      </h3>
      <ul className="cd-checklist">
        {items.map((item) => (
          <li key={item.id} className="cd-checklist__item">
            <label className="cd-check">
              <input type="checkbox" checked={item.done} disabled={busy} onChange={(e) => onToggle(item.id, e.target.checked)} data-testid={`check-${item.id}`} />
              <span>
                {t(item.labelKey)}
                {item.done && item.at && (
                  <span className="cd-muted cd-small">
                    {' · '}
                    {item.derived ? t('incidentView.checklist.derived') : item.by ? t('incidentView.checklist.doneBy', { who: item.by, time: dateTime(item.at) }) : dateTime(item.at)}
                  </span>
                )}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
