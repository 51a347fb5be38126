/**
 * A new incident: the exact types, severities and statuses of lib/incident/schema.ts, the start
 * time, the keywords that link mentions to it, and its first statement (holding statement) in one
 * language. The form hands over what was typed; the view parses it with the incident file's
 * schema and passes the problems back, each with its path, and the form keeps every word.
 */
import { useId, useState, type FormEvent } from 'react';
import { INCIDENT_SEVERITIES, INCIDENT_STATUSES, INCIDENT_TYPES, type IncidentFileInput } from '../lib/incident/schema.ts';
import type { ImportIssue } from '../lib/json-import.ts';
import { useI18n } from './i18n-context.tsx';
import { ImportIssues } from './import-issues.tsx';
import { fieldMaker } from './form-field.tsx';

/** `2025-03-15T09:30` in the browser's zone, for a datetime-local input. */
export function localInputValue(ms: number): string {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

/** Keywords as typed: one per line or separated by commas (、 and ，too). */
export function splitKeywords(s: string): string[] {
  return s
    .split(/[\n,，、]/)
    .map((k) => k.trim())
    .filter((k) => k !== '');
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
}

export function IncidentForm({ now, lang, agent, errors, busy, onSubmit, onCancel }: {
  now: number;
  /** The statement's first language (the UI's). */
  lang: string;
  agent: string;
  errors: readonly ImportIssue[];
  busy?: boolean;
  onSubmit(file: IncidentFileInput): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const uid = useId();
  const [f, setF] = useState({ title: '', id: '', type: 'product-safety', severity: 'high', status: 'investigating', startedAt: localInputValue(now), keywords: '', lang, text: '', url: '', approvedBy: agent });
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF((prev) => ({ ...prev, [k]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const started = new Date(f.startedAt);
    onSubmit({
      id: f.id.trim() || slug(f.title) || 'incident',
      title: f.title.trim(),
      type: f.type as IncidentFileInput['type'],
      severity: f.severity as IncidentFileInput['severity'],
      status: f.status as IncidentFileInput['status'],
      startedAt: Number.isNaN(started.getTime()) ? f.startedAt : started.toISOString(),
      keywords: splitKeywords(f.keywords),
      statement: {
        version: 1,
        updatedAt: new Date(now).toISOString(),
        approvedBy: f.approvedBy.trim(),
        text: f.text.trim() ? { [f.lang.trim()]: f.text.trim() } : {},
        facts: f.url.trim() ? { url: f.url.trim() } : {},
        commitments: [],
        forbidden: [],
      },
    });
  };
  const field = fieldMaker(uid);
  return (
    <form className="cd-incident-form" onSubmit={submit} data-testid="incident-form" aria-label={t('incidentView.create.title')}>
      {field('title', t('incidentView.field.title'), <input id={`${uid}-title`} value={f.title} onChange={set('title')} required maxLength={200} />)}
      {field('id', t('incidentView.field.id'), <input id={`${uid}-id`} value={f.id} onChange={set('id')} placeholder={slug(f.title)} maxLength={64} />)}
      <div className="cd-incident-form__row">
        {field('type', t('incidentView.field.type'), (
          <select id={`${uid}-type`} value={f.type} onChange={set('type')}>
            {INCIDENT_TYPES.map((v) => <option key={v} value={v}>{t(`incident.type.${v}`)}</option>)}
          </select>
        ))}
        {field('severity', t('incidentView.field.severity'), (
          <select id={`${uid}-severity`} value={f.severity} onChange={set('severity')}>
            {INCIDENT_SEVERITIES.map((v) => <option key={v} value={v}>{t(`incident.severity.${v}`)}</option>)}
          </select>
        ))}
        {field('status', t('incidentView.field.status'), (
          <select id={`${uid}-status`} value={f.status} onChange={set('status')}>
            {INCIDENT_STATUSES.map((v) => <option key={v} value={v}>{t(`incident.status.${v}`)}</option>)}
          </select>
        ))}
      </div>
      {field('startedAt', t('incidentView.field.startedAt'), <input id={`${uid}-startedAt`} type="datetime-local" value={f.startedAt} onChange={set('startedAt')} required />)}
      {field('keywords', t('incidentView.field.keywords'), <textarea id={`${uid}-keywords`} rows={2} value={f.keywords} onChange={set('keywords')} />)}
      <div className="cd-incident-form__row">
        {field('lang', t('incidentView.field.lang'), <input id={`${uid}-lang`} value={f.lang} onChange={set('lang')} size={6} maxLength={20} />)}
        {field('approvedBy', t('incidentView.field.approvedBy'), <input id={`${uid}-approvedBy`} value={f.approvedBy} onChange={set('approvedBy')} maxLength={200} />)}
      </div>
      {field('text', t('incidentView.field.holdingStatement'), <textarea id={`${uid}-text`} rows={4} value={f.text} onChange={set('text')} maxLength={5_000} />)}
      {field('url', t('incidentView.field.noticeUrl'), <input id={`${uid}-url`} type="url" value={f.url} onChange={set('url')} placeholder="https://" />)}
      <ImportIssues errors={errors} testId="incident-form-errors" />
      <div className="cd-incident-form__actions">
        <button type="submit" className="cd-button cd-button--primary" disabled={busy}>
          {t('incidentView.create.submit')}
        </button>
        <button type="button" className="cd-button" onClick={onCancel}>
          {t('incidentView.cancel')}
        </button>
      </div>
    </form>
  );
}
