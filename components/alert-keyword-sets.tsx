/**
 * Incident keyword sets in the alert settings: list, add, edit, switch on/off, delete. Each change
 * is saved at once through `onSave` (the alert-settings store); the editor stays open with the
 * operator's text when validation or the save fails. A set's id is made from its name when it is
 * created and never changes, so renaming keeps its scope's baseline and alerts.
 */
import { useId, useState, type FormEvent } from 'react';
import { keywordSetId, MAX_KEYWORD_SETS } from '../lib/alerts/settings.ts';
import { AlertSettingsSchema, type AlertSettings, type KeywordSet } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';
import {
  parseKeywordSetDraft,
  toKeywordSetDraft,
  withKeywordSet,
  withKeywordSetEnabled,
  withoutKeywordSet,
  type KeywordSetDraft,
  type KeywordSetErrors,
} from './keyword-set-model.ts';

export interface KeywordSetsEditorProps {
  settings: AlertSettings;
  /** Ids a new set may not take besides the sets' own: deleted sets whose scope still has state. */
  takenIds: readonly string[];
  /** For a new set's `createdAt`. */
  now: number;
  saving?: boolean;
  /** Rejects with a displayable Error when the save failed. */
  onSave(next: AlertSettings): Promise<void>;
}

type Editing = { mode: 'add' } | { mode: 'edit'; set: KeywordSet };

export function KeywordSetsEditor({ settings, takenIds, now, saving = false, onSave }: KeywordSetsEditorProps) {
  const { t } = useI18n();
  const headingId = useId();
  const [editing, setEditing] = useState<Editing>();
  const [confirming, setConfirming] = useState<string>();
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const sets = settings.keywordSets;
  const full = sets.length >= MAX_KEYWORD_SETS;

  const commit = async (next: AlertSettings): Promise<boolean> => {
    const parsed = AlertSettingsSchema.safeParse(next);
    try {
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'invalid');
      await onSave(parsed.data);
      setStatus({ kind: 'ok', text: t('alerts.keywords.saved') });
      return true;
    } catch (error) {
      setStatus({ kind: 'error', text: t('alerts.keywords.failed', { error: error instanceof Error ? error.message : String(error) }) });
      return false;
    }
  };

  const newId = (name: string) => keywordSetId(name, [...sets.map((k) => k.id), ...takenIds]);
  const open = (next: Editing | undefined) => {
    setEditing(next);
    setConfirming(undefined);
    setStatus(undefined);
  };
  // After a save: the editor closes, the status ("saved") stays.
  const close = () => {
    setEditing(undefined);
    setConfirming(undefined);
  };

  return (
    <section className="cd-keyword-sets" data-testid="keyword-sets" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('alerts.keywords.title')}</h3>
      <p className="cd-muted cd-small">{t('alerts.keywords.help')}</p>
      {sets.length === 0 ? (
        <p className="cd-muted">{t('alerts.keywords.empty')}</p>
      ) : (
        <ul className="cd-keyword-sets__list" aria-label={t('alerts.keywords.listLabel')}>
          {sets.map((set) => (
            <li key={set.id} className="cd-keyword-set" data-testid="keyword-set" data-set-id={set.id} data-enabled={set.enabled}>
              <div className="cd-keyword-set__head">
                <label className="cd-keyword-set__toggle">
                  <input
                    type="checkbox"
                    checked={set.enabled}
                    disabled={saving}
                    aria-label={t('alerts.keywords.watch', { name: set.name })}
                    onChange={(e) => void commit(withKeywordSetEnabled(settings, set.id, e.target.checked))}
                  />
                  <span className="cd-keyword-set__name">{set.name}</span>
                </label>
                {!set.enabled && <span className="cd-chip cd-chip--quiet">{t('alerts.keywords.off')}</span>}
                <button type="button" className="cd-link-button" aria-label={t('alerts.keywords.editNamed', { name: set.name })} onClick={() => open({ mode: 'edit', set })}>
                  {t('alerts.keywords.edit')}
                </button>
                <button type="button" className="cd-link-button" aria-label={t('alerts.keywords.deleteNamed', { name: set.name })} onClick={() => setConfirming(set.id)}>
                  {t('alerts.keywords.delete')}
                </button>
              </div>
              <p className="cd-keyword-set__terms cd-small">
                <span className="cd-muted">{t('alerts.keywords.termCount', { count: set.terms.length })}</span> · {set.terms.join(', ')}
              </p>
              {confirming === set.id && (
                <div className="cd-keyword-set__confirm" role="group" aria-label={t('alerts.keywords.deleteNamed', { name: set.name })}>
                  <p>{t('alerts.keywords.confirmDelete', { name: set.name })}</p>
                  <button type="button" className="cd-button" disabled={saving} onClick={() => void commit(withoutKeywordSet(settings, set.id)).then((ok) => ok && close())}>
                    {t('alerts.keywords.confirmYes')}
                  </button>
                  <button type="button" className="cd-button cd-button--quiet" onClick={() => setConfirming(undefined)}>
                    {t('alerts.keywords.cancel')}
                  </button>
                </div>
              )}
              {editing?.mode === 'edit' && editing.set.id === set.id && (
                <KeywordSetForm
                  initial={set}
                  saving={saving}
                  onSubmit={(draft) => parseKeywordSetDraft(draft, set, t)}
                  onSave={(next) => commit(withKeywordSet(settings, next)).then((ok) => ok && close())}
                  onCancel={() => open(undefined)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {editing?.mode === 'add' ? (
        <KeywordSetForm
          saving={saving}
          onSubmit={(draft) => parseKeywordSetDraft(draft, { id: newId(draft.name), enabled: true, createdAt: new Date(now).toISOString() }, t)}
          onSave={(next) => commit(withKeywordSet(settings, next)).then((ok) => ok && close())}
          onCancel={() => open(undefined)}
        />
      ) : (
        <button type="button" className="cd-button" disabled={full || saving} onClick={() => open({ mode: 'add' })}>
          {t('alerts.keywords.add')}
        </button>
      )}
      {full && <p className="cd-muted cd-small">{t('alerts.keywords.full', { max: MAX_KEYWORD_SETS })}</p>}
      {status && (
        <p className={status.kind === 'ok' ? 'cd-ok' : 'cd-error-text'} role="status" data-testid="keyword-sets-status">
          {status.text}
        </p>
      )}
    </section>
  );
}

interface KeywordSetFormProps {
  initial?: KeywordSet;
  saving: boolean;
  onSubmit(draft: KeywordSetDraft): ReturnType<typeof parseKeywordSetDraft>;
  onSave(set: KeywordSet): Promise<unknown>;
  onCancel(): void;
}

function KeywordSetForm({ initial, saving, onSubmit, onSave, onCancel }: KeywordSetFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<KeywordSetDraft>(() => toKeywordSetDraft(initial));
  const [errors, setErrors] = useState<KeywordSetErrors>({});
  const edit = (field: keyof KeywordSetDraft, value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = onSubmit(draft);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) void onSave(result.set);
  };

  // Each field names its own errors, tied to it with aria-describedby.
  const invalid = (field: keyof KeywordSetErrors) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-errors` } : {};
  const errorList = (field: keyof KeywordSetErrors) => {
    const list = errors[field];
    return (
      list && (
        <ul className="cd-keyword-form__errors cd-error-text" id={`${id}-${field}-errors`}>
          {list.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )
    );
  };

  return (
    <form className="cd-keyword-form" data-testid="keyword-set-form" onSubmit={submit} noValidate aria-label={t(initial ? 'alerts.keywords.editTitle' : 'alerts.keywords.addTitle')}>
      <label className="cd-field">
        <span className="cd-field__label">{t('alerts.keywords.name')}</span>
        <input name="keywordSetName" value={draft.name} onChange={(e) => edit('name', e.target.value)} {...invalid('name')} />
      </label>
      {errorList('name')}
      <label className="cd-field">
        <span className="cd-field__label">{t('alerts.keywords.terms')}</span>
        <textarea name="keywordSetTerms" rows={4} value={draft.terms} onChange={(e) => edit('terms', e.target.value)} {...invalid('terms')} />
      </label>
      {errorList('terms')}
      <div className="cd-keyword-form__actions">
        <button type="submit" className="cd-button cd-button--primary" disabled={saving}>
          {t('alerts.keywords.save')}
        </button>
        <button type="button" className="cd-button cd-button--quiet" onClick={onCancel}>
          {t('alerts.keywords.cancel')}
        </button>
      </div>
    </form>
  );
}
