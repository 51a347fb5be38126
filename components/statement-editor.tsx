/**
 * Editing the next statement version: text per language, the facts (the well-known ones and the
 * team's own), the commitments agents may make, extra forbidden phrases, who approved it, and the
 * status to publish it with. Starts from the current version; "Publish" hands the draft over
 * (publishing is the view's explicit, recorded act). Every word stays in the form until then.
 */
import { useId, useState, type FormEvent } from 'react';
import { COMMITMENT_KINDS, INCIDENT_STATUSES, WELL_KNOWN_FACTS, type IncidentStatus, type Statement } from '../lib/incident/schema.ts';
import type { ImportIssue } from '../lib/json-import.ts';
import { localInputValue } from './incident-form.tsx';
import { useI18n } from './i18n-context.tsx';
import { ImportIssues } from './import-issues.tsx';
import { fieldMaker, toggled } from './form-field.tsx';

export interface StatementDraftInput {
  version: number;
  approvedBy: string;
  text: Record<string, string>;
  facts: Record<string, string>;
  commitments: string[];
  forbidden: string[];
}

type Known = (typeof WELL_KNOWN_FACTS)[number];

export function StatementEditor({ statement, status, errors, busy, onPublish, onCancel }: {
  statement: Statement;
  status: IncidentStatus;
  errors: readonly ImportIssue[];
  busy?: boolean;
  onPublish(draft: StatementDraftInput, status: IncidentStatus): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const uid = useId();
  const [texts, setTexts] = useState(() => Object.entries(statement.text).map(([lang, text]) => ({ lang, text })));
  const known = (k: Known) => statement.facts[k] ?? '';
  const [facts, setFacts] = useState<Record<Known, string>>(() => ({
    happened: known('happened'),
    affected: known('affected'),
    doing: known('doing'),
    nextUpdate: statement.facts.nextUpdate ? localInputValue(Date.parse(statement.facts.nextUpdate)) : '',
    url: known('url'),
  }));
  const [otherFacts, setOtherFacts] = useState(() =>
    Object.entries(statement.facts)
      .filter(([k]) => !(WELL_KNOWN_FACTS as readonly string[]).includes(k))
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
  );
  const [kinds, setKinds] = useState(() => new Set(statement.commitments.filter((c) => (COMMITMENT_KINDS as readonly string[]).includes(c))));
  const [ownWords, setOwnWords] = useState(() => statement.commitments.filter((c) => !(COMMITMENT_KINDS as readonly string[]).includes(c)).join('\n'));
  const [forbidden, setForbidden] = useState(() => statement.forbidden.join('\n'));
  const [approvedBy, setApprovedBy] = useState(statement.approvedBy);
  const [next, setNext] = useState<IncidentStatus>(status);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const f: Record<string, string> = {};
    for (const line of otherFacts.split('\n')) {
      const at = line.indexOf('=');
      if (at > 0) f[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    for (const k of WELL_KNOWN_FACTS) {
      const v = facts[k].trim();
      if (v === '') continue;
      const when = k === 'nextUpdate' ? new Date(v) : undefined;
      f[k] = when && !Number.isNaN(when.getTime()) ? when.toISOString() : v;
    }
    const text: Record<string, string> = {};
    for (const row of texts) if (row.lang.trim() !== '' || row.text.trim() !== '') text[row.lang.trim()] = row.text.trim();
    onPublish(
      {
        version: statement.version,
        approvedBy: approvedBy.trim(),
        text,
        facts: f,
        commitments: [...COMMITMENT_KINDS.filter((k) => kinds.has(k)), ...ownWords.split('\n').map((s) => s.trim()).filter(Boolean)],
        forbidden: forbidden.split('\n').map((s) => s.trim()).filter(Boolean),
      },
      next,
    );
  };
  const field = fieldMaker(uid);
  return (
    <form className="cd-statement-editor" onSubmit={submit} data-testid="statement-editor" aria-label={t('incidentView.statement.editTitle', { version: statement.version + 1 })}>
      <fieldset className="cd-fieldset">
        <legend>{t('incidentView.statement.texts')}</legend>
        {texts.map((row, i) => (
          <div key={i} className="cd-statement-editor__text">
            {field(`lang-${i}`, t('incidentView.field.lang'), <input id={`${uid}-lang-${i}`} value={row.lang} size={6} maxLength={20} onChange={(e) => setTexts((all) => all.map((r, j) => (j === i ? { ...r, lang: e.target.value } : r)))} />)}
            {field(`text-${i}`, t('incidentView.statement.textIn', { lang: row.lang || '?' }), (
              <textarea id={`${uid}-text-${i}`} rows={3} value={row.text} maxLength={5_000} onChange={(e) => setTexts((all) => all.map((r, j) => (j === i ? { ...r, text: e.target.value } : r)))} data-testid={`statement-text-${row.lang}`} />
            ))}
          </div>
        ))}
        <button type="button" className="cd-link-button" onClick={() => setTexts((all) => [...all, { lang: '', text: '' }])}>
          {t('incidentView.statement.addLanguage')}
        </button>
      </fieldset>
      <fieldset className="cd-fieldset">
        <legend>{t('incidentView.statement.facts')}</legend>
        {WELL_KNOWN_FACTS.map((k) =>
          field(`fact-${k}`, t(`incidentView.fact.${k}`), (
            <input
              id={`${uid}-fact-${k}`}
              type={k === 'nextUpdate' ? 'datetime-local' : k === 'url' ? 'url' : 'text'}
              value={facts[k]}
              onChange={(e) => setFacts((all) => ({ ...all, [k]: e.target.value }))}
            />
          )),
        )}
        {field('other-facts', t('incidentView.statement.otherFacts'), <textarea id={`${uid}-other-facts`} rows={2} value={otherFacts} onChange={(e) => setOtherFacts(e.target.value)} />)}
      </fieldset>
      <fieldset className="cd-fieldset">
        <legend>{t('incidentView.statement.commitments')}</legend>
        {COMMITMENT_KINDS.map((k) => (
          <label key={k} className="cd-check">
            <input type="checkbox" checked={kinds.has(k)} onChange={(e) => setKinds((s) => toggled(s, k, e.target.checked))} />
            <span>{t(`incident.commitment.${k}`)}</span>
          </label>
        ))}
        {field('own-words', t('incidentView.statement.ownCommitments'), <textarea id={`${uid}-own-words`} rows={2} value={ownWords} onChange={(e) => setOwnWords(e.target.value)} />)}
      </fieldset>
      {field('forbidden', t('incidentView.statement.forbidden'), <textarea id={`${uid}-forbidden`} rows={2} value={forbidden} onChange={(e) => setForbidden(e.target.value)} />)}
      <div className="cd-incident-form__row">
        {field('approvedBy', t('incidentView.field.approvedBy'), <input id={`${uid}-approvedBy`} value={approvedBy} onChange={(e) => setApprovedBy(e.target.value)} maxLength={200} />)}
        {field('status', t('incidentView.statement.publishAs'), (
          <select id={`${uid}-status`} value={next} onChange={(e) => setNext(e.target.value as IncidentStatus)}>
            {INCIDENT_STATUSES.map((v) => <option key={v} value={v}>{t(`incident.status.${v}`)}</option>)}
          </select>
        ))}
      </div>
      <ImportIssues errors={errors} testId="statement-errors" />
      <div className="cd-incident-form__actions">
        <button type="submit" className="cd-button cd-button--primary" disabled={busy} data-testid="publish">
          {t('incidentView.statement.publish', { version: statement.version + 1 })}
        </button>
        <button type="button" className="cd-button" onClick={onCancel}>
          {t('incidentView.cancel')}
        </button>
      </div>
    </form>
  );
}
