/**
 * Above the inbox when a team workspace is set: the replication's trouble, if any (offline,
 * signed out, the database gone, documents kept here), the switch that brings back the mentions
 * teammates are on (hidden by default, so nobody answers a post a teammate already has), and the
 * team's response figures against the response target.
 */
import type { TeamSettings, TeamSyncStatus } from '../lib/schema.ts';
import type { TeamResponseSummary } from '../lib/team/response-times.ts';
import { useI18n } from './i18n-context.tsx';
import { TeamSyncState } from './team-sync-state.tsx';

export interface TeamInboxBarProps {
  settings: TeamSettings;
  sync: TeamSyncStatus;
  now: number;
  summary?: TeamResponseSummary;
  showTeammates: boolean;
  /** Rows of the current list hidden because a teammate is on them. */
  hiddenCount: number;
  onShowTeammates(show: boolean): void;
  onOpenSettings(): void;
}

const TROUBLE = new Set<TeamSyncStatus['state']>(['offline', 'signed-out', 'error']);

export function TeamInboxBar({ settings, sync, now, summary, showTeammates, hiddenCount, onShowTeammates, onOpenSettings }: TeamInboxBarProps) {
  const { t, number } = useI18n();
  const trouble = TROUBLE.has(sync.state) || sync.refused.length > 0;
  const minutes = (m: number | undefined) => (m === undefined ? '–' : number(m, { maximumFractionDigits: m < 10 ? 1 : 0 }));
  return (
    <div className="cd-team-bar" data-testid="team-bar">
      {trouble && (
        <section className="cd-health" role="alert" data-testid="team-trouble">
          <div className="cd-health__body">
            <TeamSyncState settings={settings} sync={sync} now={now} compact />
            <button type="button" className="cd-link-button" onClick={onOpenSettings}>
              {t('team.banner.open')}
            </button>
          </div>
        </section>
      )}
      {summary && (
        <p className="cd-team-bar__summary cd-small" data-testid="team-summary">
          <strong>{t('team.summary.title')}</strong> · {t('team.summary.unanswered', { count: summary.unanswered })}
          {summary.overdue > 0 && (
            <span className="cd-team-bar__overdue" data-testid="team-overdue">
              {' '}
              · {t('team.summary.overdue', { count: summary.overdue, target: summary.targetMinutes })}
            </span>
          )}
          <br />
          {summary.overall.answered > 0
            ? t('team.summary.firstResponse', {
                median: minutes(summary.overall.medianMinutes),
                p90: minutes(summary.overall.p90Minutes),
                share: number(summary.overall.withinTarget ?? 0, { style: 'percent' }),
                target: summary.targetMinutes,
              })
            : t('team.summary.none')}
          {summary.perAgent.length > 0 && (
            <span className="cd-muted" data-testid="team-per-agent">
              <br />
              {summary.perAgent.map((a) => t('team.summary.agent', { agent: a.agent, count: a.answered, median: minutes(a.medianMinutes) })).join(' · ')}
            </span>
          )}
        </p>
      )}
      <label className="cd-team-bar__toggle">
        <input type="checkbox" data-testid="team-show-teammates" checked={showTeammates} onChange={(e) => onShowTeammates(e.target.checked)} />{' '}
        {t('team.showTeammates')}
      </label>
      {!showTeammates && hiddenCount > 0 && (
        <span className="cd-muted cd-small" data-testid="team-hidden-count">
          {' '}
          {t('team.hidden', { count: hiddenCount })}
        </span>
      )}
    </div>
  );
}
