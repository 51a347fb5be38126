/**
 * One incident: status and crisis mode, its clock and checklist, its statement with the editor
 * for the next version (publishing is an explicit, recorded act; the templates it made stale are
 * listed at once), the timeline of versions, keywords, and the incident file export.
 */
import { useState } from 'react';
import { CrisisClock } from '../../../../components/crisis-clock.tsx';
import { useI18n } from '../../../../components/i18n-context.tsx';
import { ImportIssues } from '../../../../components/import-issues.tsx';
import { IncidentChecklist } from '../../../../components/incident-checklist.tsx';
import { StaleTemplates } from '../../../../components/stale-templates.tsx';
import { StatementCard, StatementTimeline } from '../../../../components/statement-card.tsx';
import { StatementEditor, type StatementDraftInput } from '../../../../components/statement-editor.tsx';
import { checklistView } from '../../../../lib/incident/checklist.ts';
import { crisisClock } from '../../../../lib/incident/clock.ts';
import { StatementDraftSchema } from '../../../../lib/incident/messages.ts';
import { INCIDENT_STATUSES, type IncidentStatus, type StoredIncident } from '../../../../lib/incident/schema.ts';
import { zodIssues, type ImportIssue } from '../../../../lib/json-import.ts';
import { staleTemplates, type StaleTemplate } from '../../../../lib/templates/stale.ts';
import { IncidentKeywords } from './incident-keywords.tsx';
import { incidentFileName, incidentFileText } from './incident-files.ts';
import type { IncidentsModel } from './use-incidents.ts';

export function IncidentDetail({ model, incident, now }: { model: IncidentsModel; incident: StoredIncident; now: number }) {
  const { t, dateTime } = useI18n();
  const by = model.snapshot!.agent;
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<ImportIssue[]>([]);
  const [report, setReport] = useState<{ version: number; stale: StaleTemplate[]; from?: string }>();
  const [seen, setSeen] = useState({ id: incident.id, version: incident.statement.version });
  // A version a teammate published (it arrived through the team workspace while this incident
  // was open): the same report as after publishing here, checked against this browser's
  // templates, so nobody keeps sending replies the new facts made stale.
  // (Adjusted while rendering, React's pattern for state derived from a changed prop.)
  const version = incident.statement.version;
  if (seen.id !== incident.id || seen.version !== version) {
    setSeen({ id: incident.id, version });
    const from = incident.history.find((h) => h.statement.version === version)?.publishedBy;
    // Published here: publish() reports it.
    if (seen.id === incident.id && version > seen.version && from !== undefined && from !== by) {
      setReport({ version, stale: staleTemplates(model.snapshot?.templates ?? [], incident), from });
    }
  }
  const send = async (msg: Parameters<IncidentsModel['data']['incident']>[0]) => {
    const r = await model.act(() => model.data.incident(msg));
    setErrors(r.ok ? [] : r.issues);
    return r;
  };
  const publish = async (draft: StatementDraftInput, status: IncidentStatus) => {
    const parsed = StatementDraftSchema.safeParse(draft);
    if (!parsed.success) return setErrors(zodIssues(parsed.error));
    const r = await send({ type: 'incident/publish', id: incident.id, draft: parsed.data, status, by });
    if (r.ok) {
      setEditing(false);
      setReport({ version: r.value.record?.statement.version ?? incident.statement.version + 1, stale: r.value.stale ?? [] });
    }
  };
  const crisisOn = model.snapshot!.crisis.incidentId === incident.id;
  return (
    <article className="cd-incident-detail" aria-labelledby="cd-incident-title" data-testid="incident-detail">
      <header className="cd-incident-detail__head">
        <h2 id="cd-incident-title" className="cd-incident-detail__title">
          {incident.title}
        </h2>
        <p className="cd-small cd-muted">
          {t(`incident.type.${incident.type}`)} · {t(`incident.severity.${incident.severity}`)} · {t('incidentView.startedAt', { time: dateTime(incident.startedAt) })}
        </p>
        <div className="cd-incident-detail__controls">
          <label className="cd-field">
            <span className="cd-field__label">{t('incidentView.field.status')}</span>
            <select value={incident.status} disabled={!by || model.busy} onChange={(e) => void send({ type: 'incident/set-status', id: incident.id, status: e.target.value as IncidentStatus, by })} data-testid="incident-status">
              {INCIDENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`incident.status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            role="switch"
            aria-checked={crisisOn}
            className={`cd-button${crisisOn ? ' cd-button--active' : ''}`}
            disabled={model.busy}
            onClick={() => void send({ type: 'incident/crisis-mode', ...(crisisOn ? {} : { id: incident.id }) })}
            data-testid="crisis-switch"
          >
            {t('incidentView.crisis.switch')}
          </button>
          <button type="button" className="cd-button cd-button--quiet" onClick={() => model.data.download(incidentFileName(incident), incidentFileText(incident))}>
            {t('incidentView.export')}
          </button>
          {model.data.openReport && (
            <button type="button" className="cd-button cd-button--quiet" onClick={() => model.data.openReport?.(incident.id)} data-testid="incident-report">
              {t('report.open')}
            </button>
          )}
        </div>
      </header>
      <ImportIssues errors={errors} testId="incident-errors" />
      <section className="cd-incident-section" aria-labelledby="cd-clock-title">
        <h3 id="cd-clock-title" className="cd-incident-section__title">
          {t('incidentView.clock.title')}
        </h3>
        <CrisisClock items={crisisClock(incident, now)} now={now} onDone={by ? (stage) => void send({ type: 'incident/milestone', id: incident.id, stage, by }) : undefined} />
      </section>
      <IncidentChecklist items={checklistView(incident, now)} busy={!by || model.busy} onToggle={(item, done) => void send({ type: 'incident/checklist', id: incident.id, item, done, by })} />
      {report && <StaleTemplates version={report.version} stale={report.stale} from={report.from} onDismiss={() => setReport(undefined)} />}
      {editing ? (
        <StatementEditor statement={incident.statement} status={incident.status} errors={errors} busy={model.busy} onPublish={(d, s) => void publish(d, s)} onCancel={() => setEditing(false)} />
      ) : (
        <>
          <StatementCard incident={incident} />
          <button type="button" className="cd-button" disabled={!by} onClick={() => setEditing(true)} data-testid="statement-edit">
            {t('incidentView.statement.writeNext', { version: incident.statement.version + 1 })}
          </button>
        </>
      )}
      <StatementTimeline history={incident.history} />
      <IncidentKeywords model={model} incident={incident} onErrors={setErrors} />
    </article>
  );
}
