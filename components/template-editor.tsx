/**
 * Writing or editing a template: title, channels, the incident it serves, and a text per language
 * with {{variables}}. Saving an approved template makes it a draft (it must be approved again).
 * Problems come back with their paths and the form keeps every word.
 */
import { useId, useState, type FormEvent } from 'react';
import { CHANNELS, type Channel } from '../lib/templates/schema.ts';
import type { StoredTemplate } from '../lib/templates/stored.ts';
import type { ImportIssue } from '../lib/json-import.ts';
import { VARIABLES } from '../lib/templates/variables.ts';
import { useI18n } from './i18n-context.tsx';
import { ImportIssues } from './import-issues.tsx';
import { fieldMaker, toggled } from './form-field.tsx';

export interface TemplateEditInput {
  id: string;
  title: string;
  channels: Channel[];
  incident?: string;
  variants: Record<string, string>;
}

export function TemplateEditor({ template, newId, incidents, defaultIncident, lang, errors, busy, onSave, onCancel }: {
  template?: StoredTemplate;
  newId: string;
  incidents: readonly { id: string; title: string }[];
  defaultIncident?: string;
  lang: string;
  errors: readonly ImportIssue[];
  busy?: boolean;
  onSave(edit: TemplateEditInput): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const uid = useId();
  const [title, setTitle] = useState(template?.title ?? '');
  const [channels, setChannels] = useState<Set<Channel>>(() => new Set(template?.channels ?? ['x-reply']));
  const [incident, setIncident] = useState(template ? (template.incident ?? '') : (defaultIncident ?? ''));
  const [variants, setVariants] = useState(() => (template ? Object.entries(template.variants).map(([l, text]) => ({ lang: l, text })) : [{ lang, text: '' }]));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v: Record<string, string> = {};
    for (const row of variants) if (row.lang.trim() !== '' || row.text !== '') v[row.lang.trim()] = row.text;
    onSave({ id: template?.id ?? newId, title: title.trim(), channels: CHANNELS.filter((c) => channels.has(c)), ...(incident ? { incident } : {}), variants: v });
  };
  const field = fieldMaker(uid);
  return (
    <form className="cd-template-editor" onSubmit={submit} data-testid="template-editor" aria-label={template ? t('templates.editTitle', { title: template.title }) : t('templates.newTitle')}>
      {template?.status === 'approved' && <p className="cd-notice cd-notice--warning">{t('templates.editMakesDraft')}</p>}
      {field('title', t('incidentView.field.title'), <input id={`${uid}-title`} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />)}
      <fieldset className="cd-fieldset">
        <legend>{t('templates.channels')}</legend>
        {CHANNELS.map((c) => (
          <label key={c} className="cd-check">
            <input type="checkbox" checked={channels.has(c)} onChange={(e) => setChannels((s) => toggled(s, c, e.target.checked))} />
            <span>{t(`templates.channel.${c}`)}</span>
          </label>
        ))}
      </fieldset>
      {field('incident', t('templates.serves'), (
        <select id={`${uid}-incident`} value={incident} onChange={(e) => setIncident(e.target.value)}>
          <option value="">{t('templates.servesNone')}</option>
          {incidents.map((i) => <option key={i.id} value={i.id}>{i.title}</option>)}
        </select>
      ))}
      <fieldset className="cd-fieldset">
        <legend>{t('templates.variants')}</legend>
        <p className="cd-small cd-muted">{t('templates.variablesHint', { variables: VARIABLES.map((v) => `{{${v}}}`).join(' '), ask: '{{ask:order number}}' })}</p>
        {variants.map((row, i) => (
          <div key={i} className="cd-statement-editor__text">
            {field(`lang-${i}`, t('incidentView.field.lang'), <input id={`${uid}-lang-${i}`} value={row.lang} size={6} maxLength={20} onChange={(e) => setVariants((all) => all.map((r, j) => (j === i ? { ...r, lang: e.target.value } : r)))} />)}
            {field(`text-${i}`, t('incidentView.statement.textIn', { lang: row.lang || '?' }), (
              <textarea id={`${uid}-text-${i}`} rows={4} value={row.text} onChange={(e) => setVariants((all) => all.map((r, j) => (j === i ? { ...r, text: e.target.value } : r)))} data-testid={`variant-${row.lang}`} />
            ))}
          </div>
        ))}
        <button type="button" className="cd-link-button" onClick={() => setVariants((all) => [...all, { lang: '', text: '' }])}>
          {t('incidentView.statement.addLanguage')}
        </button>
      </fieldset>
      <ImportIssues errors={errors} testId="template-errors" />
      <div className="cd-incident-form__actions">
        <button type="submit" className="cd-button cd-button--primary" disabled={busy} data-testid="template-save">
          {t('templates.save')}
        </button>
        <button type="button" className="cd-button" onClick={onCancel}>
          {t('incidentView.cancel')}
        </button>
      </div>
    </form>
  );
}
