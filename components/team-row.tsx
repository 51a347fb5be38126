/**
 * The team's part of an inbox row: who is on it ("ben is on it"), its latest status with who and
 * when ("Replied by ana 3 min ago"), who captured it, a lost claim (shown to the agent who lost
 * it, never dropped: lib/team/fold.ts), and the team's actions — claim or let go, mark replied,
 * escalate. The row's own buttons (handled, dismiss, reopen) stay as they are and reach the team
 * too (the background records them).
 */
import type { MentionStatus, MentionTeam, TeamStatus } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';

export interface TeamRowProps {
  mentionId: string;
  team: MentionTeam | undefined;
  /** The row's inbox status. */
  status: MentionStatus;
  /** The agent signed in here. */
  me: string;
  now: number;
  pending?: boolean;
  onClaim(id: string): void;
  onRelease(id: string): void;
  onSetStatus(id: string, status: TeamStatus): void;
}

export function TeamRow({ mentionId, team, status, me, now, pending = false, onClaim, onRelease, onSetStatus }: TeamRowProps) {
  const { t, relative, dateTime } = useI18n();
  const claimedBy = team?.claimedBy;
  const mine = claimedBy === me;
  const queued = team?.lostClaimAt !== undefined;
  return (
    <div className="cd-team-row" data-testid="team-row" data-claimed-by={claimedBy ?? ''} data-team-status={team?.status ?? ''}>
      <p className="cd-team-row__facts cd-small">
        {claimedBy && (
          <span className={`cd-chip${mine ? ' cd-chip--mine' : ' cd-chip--teammate'}`} data-testid="team-claimed-by" title={team?.claimedAt && dateTime(team.claimedAt)}>
            {mine ? t('team.row.claimedByMe') : t('team.row.claimedBy', { agent: claimedBy })}
          </span>
        )}
        {team?.status && team.statusBy && team.statusAt && (
          <span className="cd-team-row__status" data-testid="team-status-by" title={dateTime(team.statusAt)}>
            {t('team.row.statusBy', { status: t(`team.status.${team.status}`), agent: team.statusBy, when: relative(team.statusAt, now) })}
          </span>
        )}
        {team?.capturedBy && <span className="cd-muted">{t('team.row.capturedBy', { agent: team.capturedBy })}</span>}
      </p>
      {queued && claimedBy && (
        <p className="cd-team-row__lost cd-small" role="status" data-testid="team-lost-claim">
          {t('team.row.lostClaim', { when: relative(team!.lostClaimAt!, now), agent: claimedBy })}
        </p>
      )}
      {status === 'open' && (
        <div className="cd-team-row__actions" role="group" aria-label={t('team.actionsLabel')}>
          {mine || queued ? (
            <button type="button" className="cd-button" data-testid="team-release" disabled={pending} onClick={() => onRelease(mentionId)}>
              {t('team.action.release')}
            </button>
          ) : (
            <button type="button" className="cd-button cd-button--primary" data-testid="team-claim" disabled={pending} onClick={() => onClaim(mentionId)}>
              {t('team.action.claim')}
            </button>
          )}
          <button type="button" className="cd-button" data-testid="team-replied" disabled={pending} onClick={() => onSetStatus(mentionId, 'replied')}>
            {t('team.action.replied')}
          </button>
          {team?.status !== 'escalated' && (
            <button type="button" className="cd-button" data-testid="team-escalate" disabled={pending} onClick={() => onSetStatus(mentionId, 'escalated')}>
              {t('team.action.escalate')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
