/**
 * The local templates (issue 11): the list with status, channels, languages, origin, the statement
 * version each was approved against and stale marks; import a pack file (all or nothing, errors
 * with paths; a pack for another incident is refused), write or edit a template, approve (only
 * when the consistency check finds nothing that blocks, in any variant; the check loads compromise,
 * so it is imported on the first approval, never at panel start), retire, export as a pack file.
 */
import { useMemo, useState, type ChangeEvent } from 'react';
import { useI18n } from '../../../../components/i18n-context.tsx';
import { ImportIssues } from '../../../../components/import-issues.tsx';
import { TemplateEditor, type TemplateEditInput } from '../../../../components/template-editor.tsx';
import { TemplateList, type TemplateRowModel } from '../../../../components/template-list.tsx';
import type { StoredIncident } from '../../../../lib/incident/schema.ts';
import { TemplateSaveMessageSchema } from '../../../../lib/incident/messages.ts';
import { zodIssues, type ImportIssue } from '../../../../lib/json-import.ts';
import type { Finding } from '../../../../lib/templates/findings.ts';
import { staleTemplates, type StaleTemplate } from '../../../../lib/templates/stale.ts';
import { templateOf } from '../../../../lib/templates/stored.ts';
import { packFileText, parsePackText, readPackFile } from './incident-files.ts';
import type { IncidentsModel } from './use-incidents.ts';

type Findings = Record<string, (Finding & { lang: string })[]>;

export function TemplatesSection({ model, incident, now }: { model: IncidentsModel; incident: StoredIncident | undefined; now: number }) {
  const { t, locale } = useI18n();
  const snap = model.snapshot!;
  const by = snap.agent;
  const [issues, setIssues] = useState<{ errors: ImportIssue[]; warnings: ImportIssue[] }>({ errors: [], warnings: [] });
  const [note, setNote] = useState<string>();
  const [editing, setEditing] = useState<string | 'new'>();
  const [findings, setFindings] = useState<Findings>({});
  const [busyId, setBusyId] = useState<string>();

  const stale = useMemo(() => {
    const map = new Map<string, StaleTemplate>();
    const plain = snap.templates.map(templateOf);
    for (const inc of snap.incidents) for (const s of staleTemplates(plain, inc)) map.set(s.id, s);
    return map;
  }, [snap]);
  const rows: TemplateRowModel[] = snap.templates.map((template) => ({ template, stale: stale.get(template.id), findings: findings[template.id] }));

  const importPack = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setNote(undefined);
    const picked = await readPackFile(file);
    if (!picked.ok) return setIssues({ errors: picked.issues, warnings: [] });
    const parsed = parsePackText(picked.text, incident?.id, snap.templates);
    if (!parsed.ok) return setIssues({ errors: parsed.errors, warnings: parsed.warnings });
    const r = await model.act(() => model.data.template({ type: 'templates/import', pack: parsed.value, source: { kind: 'file', fileName: picked.name }, by }));
    if (!r.ok) return setIssues({ errors: r.issues, warnings: [] });
    setIssues({ errors: [], warnings: parsed.warnings });
    setNote(t('templates.imported', { count: r.value.imported ?? 0, kept: r.value.keptLocal?.length ?? 0 }));
  };

  const save = async (edit: TemplateEditInput) => {
    const msg = TemplateSaveMessageSchema.safeParse({ type: 'templates/save', id: edit.id, edit: { title: edit.title, channels: edit.channels, variants: edit.variants, incident: edit.incident }, by });
    if (!msg.success) return setIssues({ errors: zodIssues(msg.error), warnings: [] });
    const r = await model.act(() => model.data.template(msg.data));
    if (!r.ok) return setIssues({ errors: r.issues, warnings: [] });
    setIssues({ errors: [], warnings: [] });
    setEditing(undefined);
    setFindings(({ [edit.id]: _drop, ...rest }) => rest);
  };

  const approve = async (id: string) => {
    const tp = snap.templates.find((x) => x.id === id);
    if (!tp) return;
    setBusyId(id);
    try {
      // Loaded on demand: compromise (~365 KB) stays out of the panel's start.
      const { lintTemplate } = await import('../../../../lib/templates/lint.ts');
      const against = snap.incidents.find((i) => i.id === tp.incident) ?? (tp.incident === undefined ? incident : undefined);
      // Checked as it will be approved: against the current statement version.
      const plain = templateOf(tp);
      const found = lintTemplate(against && tp.incident !== undefined ? { ...plain, statementVersion: against.statement.version } : plain, { incident: against });
      setFindings((all) => ({ ...all, [id]: found }));
      if (found.some((f) => f.severity === 'block')) return;
      const r = await model.act(() => model.data.template({ type: 'templates/approve', id, checked: { title: tp.title, channels: tp.channels, variants: tp.variants }, by }));
      if (!r.ok) setIssues({ errors: r.issues, warnings: [] });
    } finally {
      setBusyId(undefined);
    }
  };

  const retire = async (id: string) => {
    const r = await model.act(() => model.data.template({ type: 'templates/retire', id, by }));
    if (!r.ok) setIssues({ errors: r.issues, warnings: [] });
  };

  const editingTemplate = editing && editing !== 'new' ? snap.templates.find((x) => x.id === editing) : undefined;
  return (
    <section className="cd-incident-section cd-templates" aria-labelledby="cd-templates-title" data-testid="templates-section">
      <h2 id="cd-templates-title" className="cd-incident-section__title">
        {t('templates.title', { count: snap.templates.length })}
      </h2>
      <div className="cd-incident__bar">
        <button type="button" className="cd-button" disabled={!by} onClick={() => setEditing('new')} data-testid="template-new">
          {t('templates.new')}
        </button>
        <label className={`cd-button cd-file-button${by ? '' : ' cd-file-button--disabled'}`}>
          {t('templates.importPack')}
          <input type="file" accept=".json,application/json" className="cd-visually-hidden" onChange={(e) => void importPack(e)} disabled={!by} data-testid="pack-file" />
        </label>
        <button type="button" className="cd-button cd-button--quiet" disabled={snap.templates.length === 0} onClick={() => model.data.download('crisis-desk-templates.pack.json', packFileText(snap.templates, by, now))}>
          {t('templates.exportPack')}
        </button>
      </div>
      {note && (
        <p className="cd-notice" role="status" data-testid="pack-imported">
          {note}
        </p>
      )}
      <ImportIssues errors={issues.errors} warnings={issues.warnings} testId="pack-import-issues" />
      {editing !== undefined && (
        <TemplateEditor
          key={editing}
          template={editingTemplate}
          newId={`local-${now.toString(36)}`}
          incidents={snap.incidents.map((i) => ({ id: i.id, title: i.title }))}
          defaultIncident={incident?.id}
          lang={locale === 'zh-CN' ? 'zh' : 'en'}
          errors={issues.errors}
          busy={model.busy}
          onSave={(e) => void save(e)}
          onCancel={() => setEditing(undefined)}
        />
      )}
      <TemplateList rows={rows} busyId={busyId} onEdit={setEditing} onApprove={(id) => void approve(id)} onRetire={(id) => void retire(id)} />
    </section>
  );
}
