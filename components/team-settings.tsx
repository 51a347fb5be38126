/**
 * The options page's team workspace: the database URL and the agent's CouchDB sign-in, then what
 * the replication is doing. The password lives in this form only until it is sent (cleared on
 * submit, whatever the answer); it is never stored, logged or shown. Every failure is said in
 * words (server down, wrong password, not a member, database gone, a document refused), with the
 * reassurance that matters: work stays on this device.
 */
import { useId, useState, type FormEvent, type ReactElement } from 'react';
import type { TeamSettings, TeamSyncStatus } from '../lib/schema.ts';
import { checkTeamDbUrl } from '../lib/team/url.ts';
import { useI18n } from './i18n-context.tsx';
import { TeamSyncState } from './team-sync-state.tsx';
import { problemOf, teamProblemText } from './team-text.ts';

export interface TeamSettingsProps {
  settings: TeamSettings;
  sync: TeamSyncStatus;
  now: number;
  /** Resolves when signed in; rejects with the reason (team-text.ts problemOf). */
  onSignIn(dbUrl: string, name: string, password: string): Promise<unknown>;
  onSignOut(leave: boolean): Promise<unknown>;
  onSyncNow(): Promise<unknown>;
}

type Field = 'dbUrl' | 'name' | 'password';
type Errors = Partial<Record<Field, string>>;
type Submit = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; message: string; detail?: string };

export function TeamSettingsForm({ settings, sync, now, onSignIn, onSignOut, onSyncNow }: TeamSettingsProps) {
  const { t } = useI18n();
  const ids = { dbUrl: useId(), name: useId(), password: useId() };
  const [dbUrl, setDbUrl] = useState(settings.dbUrl ?? '');
  const [name, setName] = useState(settings.agent ?? '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [submit, setSubmit] = useState<Submit>({ kind: 'idle' });
  const signedIn = Boolean(settings.dbUrl && settings.agent);

  const validate = (): Errors => {
    const out: Errors = {};
    if (!dbUrl.trim()) out.dbUrl = t('team.url.required');
    else {
      const checked = checkTeamDbUrl(dbUrl);
      if (!checked.ok) out.dbUrl = t(`team.url.${checked.problem}`);
    }
    if (!name.trim()) out.name = t('team.nameRequired');
    if (!password) out.password = t('team.passwordRequired');
    return out;
  };

  const signIn = (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const secret = password;
    setPassword('');
    setSubmit({ kind: 'busy' });
    // Called inside the submit's user gesture: the host permission prompt needs it.
    onSignIn(dbUrl.trim(), name.trim(), secret).then(
      () => setSubmit({ kind: 'idle' }),
      (error: unknown) => {
        const { reason, detail } = problemOf(error);
        const message = teamProblemText(t, reason);
        setSubmit({ kind: 'failed', message: message ?? detail, ...(message ? { detail } : {}) });
      },
    );
  };

  const run = (action: () => Promise<unknown>) => () => {
    setSubmit({ kind: 'busy' });
    action().then(
      () => setSubmit({ kind: 'idle' }),
      (error: unknown) => setSubmit({ kind: 'failed', message: problemOf(error).detail }),
    );
  };

  return (
    <section className="cd-team-settings" aria-labelledby={`${ids.dbUrl}-title`} data-testid="team-settings">
      <h2 id={`${ids.dbUrl}-title`}>{t('team.title')}</h2>
      <p className="cd-muted">{t('team.intro')}</p>
      <TeamSyncState settings={settings} sync={sync} now={now} />
      {signedIn ? (
        <div className="cd-form__actions">
          <button type="button" className="cd-button" data-testid="team-sync-now" disabled={submit.kind === 'busy'} onClick={run(onSyncNow)}>
            {t('team.syncNow')}
          </button>
          <button type="button" className="cd-button" data-testid="team-sign-out" disabled={submit.kind === 'busy'} onClick={run(() => onSignOut(false))}>
            {t('team.signOut')}
          </button>
          <button type="button" className="cd-button" data-testid="team-leave" disabled={submit.kind === 'busy'} onClick={run(() => onSignOut(true))}>
            {t('team.leave')}
          </button>
        </div>
      ) : (
        <form className="cd-form" onSubmit={signIn} noValidate data-testid="team-sign-in">
          <TextField id={ids.dbUrl} label={t('team.dbUrl')} help={t('team.dbUrlHelp')} error={errors.dbUrl} testId="team-db-url">
            <input id={ids.dbUrl} type="url" spellCheck={false} autoComplete="url" value={dbUrl} onChange={(e) => setDbUrl(e.target.value)} />
          </TextField>
          <TextField id={ids.name} label={t('team.name')} error={errors.name} testId="team-name">
            <input id={ids.name} type="text" spellCheck={false} autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} />
          </TextField>
          <TextField id={ids.password} label={t('team.password')} error={errors.password} testId="team-password">
            <input id={ids.password} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          </TextField>
          <div className="cd-form__actions">
            <button type="submit" className="cd-button cd-button--primary" data-testid="team-sign-in-button" disabled={submit.kind === 'busy'}>
              {submit.kind === 'busy' ? t('team.signingIn') : t('team.signIn')}
            </button>
          </div>
        </form>
      )}
      {submit.kind === 'failed' && (
        <div className="cd-error-text" role="alert" data-testid="team-error">
          <p>{submit.message}</p>
          {submit.detail && <p className="cd-small cd-muted">{t('team.error.detail', { detail: submit.detail })}</p>}
        </div>
      )}
    </section>
  );
}

function TextField({ id, label, help, error, testId, children }: { id: string; label: string; help?: string; error?: string; testId: string; children: ReactElement }) {
  return (
    <div className={`cd-form__field${error ? ' cd-form__field--invalid' : ''}`} data-testid={testId}>
      <label className="cd-form__label" htmlFor={id}>
        {label}
      </label>
      {children}
      {help && <p className="cd-form__help">{help}</p>}
      {error && (
        <p className="cd-error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
