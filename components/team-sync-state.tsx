/**
 * What the team replication is doing, in words: signed in as whom to which database, up to date
 * or why not (translated from the failure's code, the server's words as details), when it last
 * caught up, and the documents kept on this device only (refused by the server, or too large to
 * share). Shown on the options page and, when something is wrong, above the inbox.
 */
import type { TeamSettings, TeamSyncStatus } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';
import { errorCodeText, megabytes, sharedLimitText } from './team-text.ts';

export interface TeamSyncStateProps {
  settings: TeamSettings;
  sync: TeamSyncStatus;
  now: number;
  /** Leave out "signed in as" (the panel's banner is short). */
  compact?: boolean;
}

export function TeamSyncState({ settings, sync, now, compact = false }: TeamSyncStateProps) {
  const tr = useI18n();
  const { t, relative, dateTime } = tr;
  const db = settings.dbUrl ? settings.dbUrl.replace(/^https?:\/\//, '') : '';
  const state = settings.dbUrl ? sync.state : 'off';
  const error = state === 'live' ? undefined : sync.lastError;
  return (
    <div className={`cd-team-state cd-team-state--${state}`} data-testid="team-state" data-state={state} data-error={error?.code}>
      {!compact && settings.dbUrl && settings.agent && <p data-testid="team-signed-in">{t('team.signedInAs', { agent: settings.agent, db })}</p>}
      <p role="status">
        <strong>{t(`team.state.${state}`)}</strong>
        {sync.lastSyncAt && state !== 'off' && (
          <span className="cd-muted" title={dateTime(sync.lastSyncAt)}>
            {' '}
            · {t('team.lastSync', { when: relative(sync.lastSyncAt, now) })}
          </span>
        )}
      </p>
      {error && (
        <p className="cd-team-state__error" data-testid="team-sync-error">
          {errorCodeText(t, error.code)}
          {!compact && <span className="cd-small cd-muted"> {t('team.error.detail', { detail: error.message })}</span>}
        </p>
      )}
      {sync.refused.length > 0 && (
        <div className="cd-team-state__refused" data-testid="team-refused">
          <p>{t('team.refused', { count: sync.refused.length })}</p>
          <ul>
            {sync.refused.slice(0, compact ? 3 : 10).map((r) => (
              <li key={`${r.by}:${r.id}`} title={dateTime(r.at)}>
                {r.by === 'server'
                  ? t('team.refused.server', { id: r.id, size: megabytes(tr, r.bytes) })
                  : t('team.refused.local', { id: r.id, size: megabytes(tr, r.bytes), max: sharedLimitText(tr) })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
