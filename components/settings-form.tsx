/**
 * The options form: watch list (brands, X handles, ASINs), team languages, retention, and the
 * "only my watch list" switch. Validated with SettingsSchema on save; each field lists its own
 * errors, naming the entry at fault. Saving is the caller's job (`onSave`).
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Settings } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';
import { draftToCandidate, parseDraft, toDraft, type DraftField, type FieldErrors, type SettingsDraft } from './settings-form-model.ts';

export interface SettingsFormProps {
  initial: Settings;
  onSave(settings: Settings): Promise<unknown>;
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: string };

export function SettingsForm({ initial, onSave }: SettingsFormProps) {
  const { t, languageName, list } = useI18n();
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const watchHelpId = useId();

  const edit = <K extends keyof SettingsDraft>(field: K, value: SettingsDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setSave({ kind: 'idle' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = parseDraft(draft, t);
    if (!result.ok) {
      setErrors(result.errors);
      setSave({ kind: 'idle' });
      return;
    }
    setErrors({});
    setSave({ kind: 'saving' });
    try {
      await onSave(result.settings);
      setDraft(toDraft(result.settings));
      setSave({ kind: 'saved' });
    } catch (error) {
      setSave({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  const languageNames = draftToCandidate(draft).languages.filter((c) => /^[a-z]{2}$/.test(c)).map(languageName);
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <form className="cd-form" onSubmit={submit} noValidate>
      <Field field="brands" label={t('options.brands')} help={t('options.brandsHelp')} errors={errors.brands}>
        {(props) => <textarea {...props} rows={4} value={draft.brands} onChange={(e) => edit('brands', e.target.value)} />}
      </Field>
      <Field field="handles" label={t('options.handles')} help={t('options.handlesHelp')} errors={errors.handles}>
        {(props) => <textarea {...props} rows={3} value={draft.handles} onChange={(e) => edit('handles', e.target.value)} />}
      </Field>
      <Field field="productIds" label={t('options.productIds')} help={t('options.productIdsHelp')} errors={errors.productIds}>
        {(props) => (
          <textarea {...props} rows={4} spellCheck={false} value={draft.productIds} onChange={(e) => edit('productIds', e.target.value)} />
        )}
      </Field>
      <Field
        field="languages"
        label={t('options.languages')}
        help={languageNames.length ? t('options.languagesHelpNamed', { help: t('options.languagesHelp'), names: list(languageNames) }) : t('options.languagesHelp')}
        errors={errors.languages}
      >
        {(props) => <input {...props} type="text" spellCheck={false} value={draft.languages} onChange={(e) => edit('languages', e.target.value)} />}
      </Field>
      <Field field="retentionDays" label={t('options.retentionDays')} help={t('options.retentionHelp')} errors={errors.retentionDays}>
        {(props) => (
          <input {...props} type="number" min={1} max={3650} step={1} inputMode="numeric" value={draft.retentionDays} onChange={(e) => edit('retentionDays', e.target.value)} />
        )}
      </Field>
      <Field field="responseTargetMinutes" label={t('options.responseTarget')} help={t('options.responseTargetHelp')} errors={errors.responseTargetMinutes}>
        {(props) => (
          <input
            {...props}
            type="number"
            min={5}
            max={10080}
            step={5}
            inputMode="numeric"
            value={draft.responseTargetMinutes}
            onChange={(e) => edit('responseTargetMinutes', e.target.value)}
          />
        )}
      </Field>
      <div className="cd-form__field cd-form__field--check">
        <label className="cd-check">
          <input
            type="checkbox"
            data-testid="settings-watchOnly"
            aria-describedby={`${watchHelpId}`}
            checked={draft.watchOnly}
            onChange={(e) => edit('watchOnly', e.target.checked)}
          />
          <span>{t('options.watchOnly')}</span>
        </label>
        <p className="cd-form__help" id={watchHelpId}>
          {t('options.watchOnlyHelp')}
        </p>
      </div>
      <div className="cd-form__actions">
        <button type="submit" className="cd-button cd-button--primary" data-testid="settings-save" disabled={save.kind === 'saving'}>
          {save.kind === 'saving' ? t('options.saving') : t('options.save')}
        </button>
        <span role="status" aria-live="polite">
          {save.kind === 'saved' && <span className="cd-ok" data-testid="settings-saved">{t('options.saved')}</span>}
          {hasErrors && <span className="cd-error-text">{t('options.fixErrors')}</span>}
        </span>
        {save.kind === 'failed' && (
          <p className="cd-error-text" role="alert" data-testid="settings-save-error">
            {t('options.saveFailed', { error: save.error })}
          </p>
        )}
      </div>
    </form>
  );
}

interface ControlProps {
  id: string;
  name: DraftField;
  'data-testid': string;
  'aria-invalid': boolean;
  'aria-describedby': string;
}

function Field(props: {
  field: DraftField;
  label: string;
  help: string;
  errors?: string[];
  children(control: ControlProps): ReactNode;
}) {
  const { field, label, help, errors, children } = props;
  const id = useId();
  return (
    <div className={`cd-form__field${errors ? ' cd-form__field--invalid' : ''}`}>
      <label className="cd-form__label" htmlFor={id}>
        {label}
      </label>
      {children({
        id,
        name: field,
        'data-testid': `settings-${field}`,
        'aria-invalid': Boolean(errors),
        'aria-describedby': `${id}-help ${id}-errors`,
      })}
      <p className="cd-form__help" id={`${id}-help`}>
        {help}
      </p>
      <ul className="cd-form__errors" id={`${id}-errors`} data-testid={`error-${field}`}>
        {errors?.map((message) => <li key={message}>{message}</li>)}
      </ul>
    </div>
  );
}
