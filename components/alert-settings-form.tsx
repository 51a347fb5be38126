/**
 * Alert settings per scope: preset, minimum volume, cooldown, quiet hours; plus notifications and
 * the team webhook. Each field is checked on its own and its error is shown under it in the UI
 * language (issue 13: not zod's English "minVolume Invalid input: expected number, received NaN"
 * in the Chinese UI); then the whole draft is parsed with AlertSettingsSchema before it is handed out.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { AlertScopeSettingsSchema, AlertSettingsSchema, WEBHOOK_CREDENTIALS, type AlertScope, type AlertScopeSettings, type AlertSettings } from '../lib/schema.ts';
import { useScopeLabel } from './alert-labels.tsx';
import { useI18n } from './i18n-context.tsx';

export interface AlertSettingsFormProps {
  settings: AlertSettings;
  /** Scopes to offer besides the defaults (the ones that have state, and every keyword set's). */
  scopes: readonly AlertScope[];
  saving?: boolean;
  message?: { kind: 'ok' | 'error'; text: string };
  onSave(next: AlertSettings): void;
}

const DEFAULTS = 'defaults';
/** AlertScopeSettingsSchema's bounds. */
const MAX_MIN_VOLUME = 10_000;
const MAX_COOLDOWN_MINUTES = 7 * 24 * 60;

type Field = 'minVolume' | 'cooldown' | 'quietHours' | 'webhookUrl';
type FieldErrors = Partial<Record<Field, string>>;

const wholeNumber = (s: string, min: number, max: number): boolean => /^\d+$/.test(s.trim()) && Number(s) >= min && Number(s) <= max;

interface Draft {
  enabled: boolean;
  preset: AlertScopeSettings['preset'];
  minVolume: string;
  cooldown: string;
  quietFrom: string;
  quietTo: string;
}

function toDraft(s: AlertScopeSettings): Draft {
  return {
    enabled: s.enabled,
    preset: s.preset,
    minVolume: s.minVolume?.toString() ?? '',
    cooldown: s.cooldownMinutes?.toString() ?? '',
    quietFrom: s.quietHours?.from ?? '',
    quietTo: s.quietHours?.to ?? '',
  };
}

function fromDraft(d: Draft): unknown {
  return {
    enabled: d.enabled,
    preset: d.preset,
    ...(d.minVolume.trim() ? { minVolume: Number(d.minVolume) } : {}),
    ...(d.cooldown.trim() ? { cooldownMinutes: Number(d.cooldown) } : {}),
    ...(d.quietFrom && d.quietTo ? { quietHours: { from: d.quietFrom, to: d.quietTo } } : {}),
  };
}

function fieldErrors(d: Draft, webhook: string, t: ReturnType<typeof useI18n>['t'], number: (n: number) => string): FieldErrors {
  const errors: FieldErrors = {};
  if (d.minVolume.trim() && !wholeNumber(d.minVolume, 1, MAX_MIN_VOLUME)) errors.minVolume = t('alerts.settings.error.minVolume', { max: number(MAX_MIN_VOLUME) });
  if (d.cooldown.trim() && !wholeNumber(d.cooldown, 0, MAX_COOLDOWN_MINUTES)) errors.cooldown = t('alerts.settings.error.cooldown', { max: number(MAX_COOLDOWN_MINUTES) });
  if (!d.quietFrom !== !d.quietTo) errors.quietHours = t('alerts.settings.error.quietHours');
  const url = webhook.trim();
  if (url) {
    const parsed = AlertSettingsSchema.shape.webhookUrl.safeParse(url);
    if (!parsed.success) {
      const credentials = parsed.error.issues.some((i) => i.code === 'custom' && i.params?.reason === WEBHOOK_CREDENTIALS);
      errors.webhookUrl = credentials ? t('alerts.settings.webhookCredentials') : t('alerts.settings.error.webhook');
    }
  }
  return errors;
}

export function AlertSettingsForm({ settings, scopes, saving = false, message, onSave }: AlertSettingsFormProps) {
  const { t, number } = useI18n();
  const id = useId();
  const [errors, setErrors] = useState<FieldErrors>({});
  const label = useScopeLabel();
  const [scope, setScope] = useState<string>(DEFAULTS);
  const current = scope === DEFAULTS ? settings.defaults : (settings.perScope[scope] ?? settings.defaults);
  const [draft, setDraft] = useState<Draft>(() => toDraft(current));
  const [notifications, setNotifications] = useState(settings.notifications);
  const [webhook, setWebhook] = useState(settings.webhookUrl ?? '');
  const [error, setError] = useState<string>();

  const pickScope = (next: string) => {
    setScope(next);
    setDraft(toDraft(next === DEFAULTS ? settings.defaults : (settings.perScope[next] ?? settings.defaults)));
  };
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = fieldErrors(draft, webhook, t, number);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setError(t('alerts.settings.fixFields'));
      return;
    }
    const entry = AlertScopeSettingsSchema.safeParse(fromDraft(draft));
    const next = entry.success
      ? AlertSettingsSchema.safeParse({
          ...settings,
          notifications,
          webhookUrl: webhook.trim() || undefined,
          ...(scope === DEFAULTS ? { defaults: entry.data } : { perScope: { ...settings.perScope, [scope]: entry.data } }),
        })
      : entry;
    if (!next.success) {
      // The field checks above cover what a user can type; anything else names the field path only.
      const issue = next.error.issues[0];
      setError(t('alerts.settings.invalid', { error: issue?.path.join('.') || '?' }));
      return;
    }
    setError(undefined);
    onSave(next.data as AlertSettings);
  };

  // Each field names its own error, tied to it with aria-describedby.
  const invalid = (f: Field) => (errors[f] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${f}-error` } : {});
  const errorOf = (f: Field): ReactNode =>
    errors[f] && (
      <span className="cd-field__error cd-error-text cd-small" id={`${id}-${f}-error`} data-field-error={f}>
        {errors[f]}
      </span>
    );

  return (
    <form className="cd-alert-settings__form" data-testid="alert-settings" onSubmit={submit} noValidate>
      <h3>{t('alerts.settings.title')}</h3>
      <label className="cd-field">
        <span className="cd-field__label">{t('alerts.settings.scope')}</span>
        <select value={scope} onChange={(e) => pickScope(e.target.value)} name="scope">
          <option value={DEFAULTS}>{t('alerts.settings.defaults')}</option>
          {scopes.map((s) => (
            <option key={s} value={s}>
              {label(s)}
            </option>
          ))}
        </select>
      </label>
      <label className="cd-check">
        <input type="checkbox" name="enabled" checked={draft.enabled} onChange={(e) => set('enabled', e.target.checked)} />
        <span>{t('alerts.settings.enabled')}</span>
      </label>
      <label className="cd-field">
        <span className="cd-field__label">{t('alerts.settings.preset')}</span>
        <select name="preset" value={draft.preset} onChange={(e) => set('preset', e.target.value as Draft['preset'])}>
          <option value="sensitive">{t('preset.sensitive')}</option>
          <option value="balanced">{t('preset.balanced')}</option>
          <option value="strict">{t('preset.strict')}</option>
        </select>
      </label>
      <label className="cd-field">
        <span className="cd-field__label">{t('alerts.settings.minVolume')}</span>
        <input name="minVolume" inputMode="numeric" placeholder={t('alerts.settings.presetValue')} value={draft.minVolume} onChange={(e) => set('minVolume', e.target.value)} {...invalid('minVolume')} />
        {errorOf('minVolume')}
      </label>
      <label className="cd-field">
        <span className="cd-field__label">{t('alerts.settings.cooldown')}</span>
        <input name="cooldown" inputMode="numeric" placeholder={t('alerts.settings.presetValue')} value={draft.cooldown} onChange={(e) => set('cooldown', e.target.value)} {...invalid('cooldown')} />
        {errorOf('cooldown')}
      </label>
      <div className="cd-field">
        <label>
          {t('alerts.settings.quietFrom')} <input type="time" name="quietFrom" value={draft.quietFrom} onChange={(e) => set('quietFrom', e.target.value)} {...invalid('quietHours')} />
        </label>{' '}
        <label>
          {t('alerts.settings.quietTo')} <input type="time" name="quietTo" value={draft.quietTo} onChange={(e) => set('quietTo', e.target.value)} {...invalid('quietHours')} />
        </label>
        {errorOf('quietHours')}
        <p className="cd-muted cd-small">{t('alerts.settings.quietHelp')}</p>
      </div>
      <label className="cd-check">
        <input type="checkbox" name="notifications" checked={notifications} onChange={(e) => setNotifications(e.target.checked)} />
        <span>{t('alerts.settings.notifications')}</span>
      </label>
      <label className="cd-field">
        <span className="cd-field__label">{t('alerts.settings.webhook')}</span>
        <input name="webhookUrl" type="url" placeholder="https://hooks.slack.com/services/…" value={webhook} onChange={(e) => setWebhook(e.target.value)} {...invalid('webhookUrl')} />
        {errorOf('webhookUrl')}
        <span className="cd-muted cd-small">{t('alerts.settings.webhookHelp')}</span>
      </label>
      {error && (
        <p className="cd-error-text" role="alert">
          {error}
        </p>
      )}
      {message && (
        <p className={message.kind === 'ok' ? 'cd-ok' : 'cd-error-text'} role="status">
          {message.text}
        </p>
      )}
      <button type="submit" className="cd-button cd-button--primary" disabled={saving}>
        {t('alerts.settings.save')}
      </button>
    </form>
  );
}
