/**
 * The Incident tab (issue 11): pick, create, import or start from the bundled example; the
 * selected incident's detail (incident-detail.tsx); the local templates (templates-section.tsx).
 * A new user with no incident is offered the example first, so the whole flow shows at once.
 */
import { useState, type ChangeEvent } from 'react';
import { useI18n } from '../../../../components/i18n-context.tsx';
import { IncidentForm } from '../../../../components/incident-form.tsx';
import { ImportIssues } from '../../../../components/import-issues.tsx';
import type { ImportIssue } from '../../../../lib/json-import.ts';
import type { SaveIntent } from '../../../../lib/incident/publish.ts';
import { IncidentFileSchema, type IncidentFileInput } from '../../../../lib/incident/schema.ts';
import { zodIssues } from '../../../../lib/json-import.ts';
import { AgentName } from './agent-name.tsx';
import { IncidentDetail } from './incident-detail.tsx';
import { parseIncidentText, parsePackText, readIncidentFile } from './incident-files.ts';
import { TemplatesSection } from './templates-section.tsx';
import type { IncidentsModel } from './use-incidents.ts';

export function IncidentView({ model, now, selectedId, onSelect }: { model: IncidentsModel; now: number; selectedId: string | undefined; onSelect(id: string | undefined): void }) {
  const { t, locale } = useI18n();
  const [mode, setMode] = useState<'view' | 'create'>('view');
  const [issues, setIssues] = useState<{ errors: ImportIssue[]; warnings: ImportIssue[] }>({ errors: [], warnings: [] });
  // The new-incident form's problems, shown in the form (a file's or the example's above).
  const [formErrors, setFormErrors] = useState<ImportIssue[]>([]);
  const snap = model.snapshot;
  if (!snap) {
    return (
      <section id="cd-tabpanel-incident" role="tabpanel" aria-labelledby="cd-tab-incident" className="cd-incident">
        {model.error ? (
          <p className="cd-notice cd-notice--error" role="alert">
            {t('incidentView.loadFailed')}{' '}
            <button type="button" className="cd-button" onClick={model.reload}>
              {t('incidentView.retry')}
            </button>
          </p>
        ) : (
          <p className="cd-muted">{t('incidentView.loading')}</p>
        )}
      </section>
    );
  }
  const selected = snap.incidents.find((i) => i.id === selectedId) ?? model.crisis ?? snap.incidents[0];
  const by = snap.agent;

  const saveFile = async (fileInput: unknown, intent: SaveIntent, warnings: ImportIssue[] = []) => {
    const refused = (errors: ImportIssue[]) => (intent === 'create' ? setFormErrors(errors) : setIssues({ errors, warnings: [] }));
    const parsed = IncidentFileSchema.safeParse(fileInput);
    if (!parsed.success) return refused(zodIssues(parsed.error));
    const r = await model.act(() => model.data.incident({ type: 'incident/save-file', file: parsed.data, intent, by }));
    if (!r.ok) return refused(r.issues);
    setIssues({ errors: [], warnings });
    setFormErrors([]);
    setMode('view');
    onSelect(parsed.data.id);
    return parsed.data;
  };
  const importIncident = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const picked = await readIncidentFile(file);
    if (!picked.ok) return setIssues({ errors: picked.issues, warnings: [] });
    const r = parseIncidentText(picked.text, now);
    if (!r.ok) return setIssues({ errors: r.errors, warnings: r.warnings });
    await saveFile(r.value, 'import', r.warnings);
  };
  const startExample = async () => {
    const loaded = await model.act(() => model.data.loadExample());
    if (!loaded.ok) return setIssues({ errors: loaded.issues, warnings: [] });
    const inc = parseIncidentText(loaded.value.incident, now);
    if (!inc.ok) return setIssues({ errors: inc.errors, warnings: [] });
    const pack = parsePackText(loaded.value.pack, inc.value.id, snap.templates);
    if (!pack.ok) return setIssues({ errors: pack.errors, warnings: [] });
    if (!(await saveFile(inc.value, 'import'))) return;
    const r = await model.act(() => model.data.template({ type: 'templates/import', pack: pack.value, source: { kind: 'example' }, by }));
    if (!r.ok) setIssues({ errors: r.issues, warnings: [] });
  };

  return (
    <section id="cd-tabpanel-incident" role="tabpanel" aria-labelledby="cd-tab-incident" className="cd-incident" data-testid="incident-view">
      <AgentName model={model} />
      {snap.skipped.length > 0 && (
        <p className="cd-notice cd-notice--warning" role="status" data-testid="incident-skipped">
          {t('incidentView.skipped', { count: snap.skipped.length })}
        </p>
      )}
      <div className="cd-incident__bar">
        {snap.incidents.length > 0 && (
          <label className="cd-field cd-incident__picker">
            <span className="cd-field__label">{t('incidentView.pick')}</span>
            <select value={selected?.id ?? ''} onChange={(e) => onSelect(e.target.value)} data-testid="incident-picker">
              {snap.incidents.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.title} ({t(`incident.status.${i.status}`)})
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="cd-button" onClick={() => {
            setFormErrors([]);
            setMode('create');
          }} disabled={!by} data-testid="incident-new">
          {t('incidentView.create.open')}
        </button>
        <label className={`cd-button cd-file-button${by ? '' : ' cd-file-button--disabled'}`}>
          {t('incidentView.import.incident')}
          <input type="file" accept=".json,application/json" className="cd-visually-hidden" onChange={(e) => void importIncident(e)} disabled={!by} data-testid="incident-file" />
        </label>
        <button type="button" className={`cd-button${snap.incidents.length === 0 ? ' cd-button--primary' : ''}`} onClick={() => void startExample()} disabled={!by || model.busy} data-testid="incident-example">
          {t('incidentView.example')}
        </button>
      </div>
      {snap.incidents.length === 0 && mode === 'view' && <p className="cd-muted">{t('incidentView.empty')}</p>}
      <ImportIssues errors={issues.errors} warnings={issues.warnings} testId="incident-import-issues" />
      {mode === 'create' && (
        <IncidentForm now={now} lang={locale === 'zh-CN' ? 'zh' : 'en'} agent={by} errors={formErrors} busy={model.busy} onSubmit={(f: IncidentFileInput) => void saveFile(f, 'create')} onCancel={() => setMode('view')} />
      )}
      {selected && mode === 'view' && <IncidentDetail key={selected.id} model={model} incident={selected} now={now} />}
      <TemplatesSection model={model} incident={selected} now={now} />
    </section>
  );
}
