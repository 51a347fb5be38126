/**
 * The incident's title, severity and keywords: the keywords are its alert keyword set (the
 * Alerts settings list it as the incident's) and the inbox's incident facet.
 */
import { useState } from 'react';
import { useI18n } from '../../../../components/i18n-context.tsx';
import { splitKeywords } from '../../../../components/incident-form.tsx';
import { IncidentUpdateMessageSchema } from '../../../../lib/incident/messages.ts';
import { INCIDENT_SEVERITIES, type IncidentSeverity, type StoredIncident } from '../../../../lib/incident/schema.ts';
import { zodIssues, type ImportIssue } from '../../../../lib/json-import.ts';
import type { IncidentsModel } from './use-incidents.ts';

export function IncidentKeywords({ model, incident, onErrors }: { model: IncidentsModel; incident: StoredIncident; onErrors(issues: ImportIssue[]): void }) {
  const { t, list } = useI18n();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(incident.title);
  const [severity, setSeverity] = useState<IncidentSeverity>(incident.severity);
  const [keywords, setKeywords] = useState(incident.keywords.join('\n'));
  if (!open) {
    return (
      <section className="cd-incident-section" aria-labelledby="cd-keywords-title">
        <h3 id="cd-keywords-title" className="cd-incident-section__title">
          {t('incidentView.keywords.title')}
        </h3>
        <p className="cd-small" data-testid="incident-keywords">
          {incident.keywords.length > 0 ? list(incident.keywords) : t('incidentView.keywords.none')}
        </p>
        <button type="button" className="cd-link-button" disabled={!model.snapshot!.agent} onClick={() => setOpen(true)}>
          {t('incidentView.keywords.edit')}
        </button>
      </section>
    );
  }
  const save = async () => {
    const msg = IncidentUpdateMessageSchema.safeParse({ type: 'incident/update', id: incident.id, title, severity, keywords: splitKeywords(keywords), by: model.snapshot!.agent });
    if (!msg.success) return onErrors(zodIssues(msg.error));
    const r = await model.act(() => model.data.incident(msg.data));
    onErrors(r.ok ? [] : r.issues);
    if (r.ok) setOpen(false);
  };
  return (
    <form className="cd-incident-form" onSubmit={(e) => (e.preventDefault(), void save())} aria-label={t('incidentView.keywords.edit')}>
      <label className="cd-field">
        <span className="cd-field__label">{t('incidentView.field.title')}</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />
      </label>
      <label className="cd-field">
        <span className="cd-field__label">{t('incidentView.field.severity')}</span>
        <select value={severity} onChange={(e) => setSeverity(e.target.value as IncidentSeverity)}>
          {INCIDENT_SEVERITIES.map((v) => (
            <option key={v} value={v}>
              {t(`incident.severity.${v}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="cd-field">
        <span className="cd-field__label">{t('incidentView.field.keywords')}</span>
        <textarea rows={3} value={keywords} onChange={(e) => setKeywords(e.target.value)} />
      </label>
      <div className="cd-incident-form__actions">
        <button type="submit" className="cd-button cd-button--primary" disabled={model.busy}>
          {t('templates.save')}
        </button>
        <button type="button" className="cd-button" onClick={() => setOpen(false)}>
          {t('incidentView.cancel')}
        </button>
      </div>
    </form>
  );
}
