/**
 * What a backup import will do (the preview) or did (the result): a table of records per kind —
 * new, updated from the file, kept because newer here, already the same, skipped — then the
 * settings that differ, the skipped records with their JSON path and reason, and notes.
 */
import type { MergeSummary } from '../lib/backup/merge.ts';
import { SUMMARY_KINDS } from '../lib/backup/format.ts';
import type { BackupSettingKey } from '../lib/backup/settings.ts';
import { useI18n } from './i18n-context.tsx';

/** Skipped records listed by path; the rest are counted. */
export const LISTED_REJECTED = 20;

const COLUMNS = ['added', 'updated', 'keptLocal', 'unchanged', 'rejected'] as const;

const SETTING_LABEL = {
  'local:settings': 'backup.setting.settings',
  'local:alertSettings': 'backup.setting.alertSettings',
  'local:inboxPrefs': 'backup.setting.inboxPrefs',
} as const satisfies Record<BackupSettingKey, string>;

export function BackupSummary({ summary, showSettingsDiffer = true }: { summary: MergeSummary; showSettingsDiffer?: boolean }) {
  const { t, number, list } = useI18n();
  const kinds = SUMMARY_KINDS.filter((k) => COLUMNS.some((c) => summary.counts[k][c] > 0));
  const rejected = summary.rejected;
  return (
    <div className="cd-backup__summary" data-testid="backup-summary">
      {kinds.length > 0 && (
        <table className="cd-backup__table">
          <thead>
            <tr>
              <th scope="col">{t('backup.col.kind')}</th>
              {COLUMNS.map((c) => (
                <th scope="col" key={c}>
                  {t(`backup.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kinds.map((k) => (
              <tr key={k} data-kind={k}>
                <th scope="row">{t(`backup.kind.${k}`)}</th>
                {COLUMNS.map((c) => (
                  <td key={c} data-col={c}>
                    {number(summary.counts[k][c])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {showSettingsDiffer && summary.settingsDiffer.length > 0 && (
        <p data-testid="backup-settings-differ">{t('backup.settings.differ', { list: list(summary.settingsDiffer.map((k) => t(SETTING_LABEL[k]))) })}</p>
      )}
      {summary.notes.map((n, i) => (
        <p key={i} className="cd-notice cd-notice--warning" data-code={n.code}>
          {t(`backup.note.${n.code}`, { id: n.id })}
        </p>
      ))}
      {rejected.length > 0 && (
        <div data-testid="backup-rejected">
          <p>{t('backup.rejected.title', { count: rejected.length })}</p>
          <ul className="cd-import__list">
            {rejected.slice(0, LISTED_REJECTED).map((r, i) => (
              <li key={i} data-code={r.code}>
                <code className="cd-import__path">{r.path}</code> {t(`backup.rejected.${r.code}`)}
                {r.code !== 'damaged-local' && r.code !== 'unknown-setting' && (
                  <>
                    {' — '}
                    <span lang="en">{r.reason}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
          {rejected.length > LISTED_REJECTED && <p className="cd-small">{t('backup.rejected.more', { count: rejected.length - LISTED_REJECTED })}</p>}
        </div>
      )}
    </div>
  );
}
