/**
 * The options page's "Backup and hand-over" section: download the whole local state as one file,
 * or pick a file, see what importing it would do (BackupSummary), choose whether the file's
 * settings replace ours, import, and see what was done. BackupData comes in as a prop so tests run
 * it with fakes (runtime/backup-data.ts is the real one).
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { BackupSummary } from '../../components/backup-summary.tsx';
import { useI18n } from '../../components/i18n-context.tsx';
import { BACKUP_LIMITS } from '../../lib/backup/format.ts';
import type { MergeSummary } from '../../lib/backup/merge.ts';
import type { ImportIssue } from '../../lib/json-import.ts';
import type { BackupData, BackupFile, BackupRead, ImportProgress } from '../../runtime/backup-data.ts';

type Readable = Extract<BackupRead, { ok: true }>;

type ExportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: Pick<BackupFile, 'name' | 'counts' | 'skipped'> } | { kind: 'failed'; error: string };

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'refused'; name: string; errors: readonly ImportIssue[] }
  | { kind: 'preview'; file: Readable; summary: MergeSummary; takeSettings: boolean }
  | { kind: 'applying'; file: Readable; progress?: ImportProgress }
  | { kind: 'applied'; name: string; summary: MergeSummary }
  | { kind: 'failed'; name: string; error: string };

const MAX_MB = Math.round(BACKUP_LIMITS.fileBytes / 1024 / 1024);
const EXPLAINED = ['too-large', 'json-syntax', 'empty', 'not-backup', 'newer-format'] as const;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function nothingNew(s: MergeSummary): boolean {
  return Object.values(s.counts).every((c) => c.added + c.updated === 0);
}

export function BackupSection({ data }: { data: BackupData }) {
  const { t, dateTime } = useI18n();
  const id = useId();
  const [exporting, setExporting] = useState<ExportState>({ kind: 'idle' });
  const [importing, setImporting] = useState<ImportState>({ kind: 'idle' });
  // A preview asked for by an older choice must not replace a newer one.
  const previewRun = useRef(0);

  const onDownload = () => {
    setExporting({ kind: 'busy' });
    data.exportFile().then(
      (file) => {
        data.save(file);
        setExporting({ kind: 'done', file });
      },
      (e: unknown) => setExporting({ kind: 'failed', error: message(e) }),
    );
  };

  const preview = (file: Readable, takeSettings: boolean) => {
    const run = ++previewRun.current;
    data.preview(file, takeSettings).then(
      (summary) => run === previewRun.current && setImporting({ kind: 'preview', file, summary, takeSettings }),
      (e: unknown) => run === previewRun.current && setImporting({ kind: 'failed', name: file.name, error: message(e) }),
    );
  };

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > BACKUP_LIMITS.fileBytes) {
      setImporting({ kind: 'refused', name: file.name, errors: [{ path: [], pathText: '(file)', code: 'too-large', message: `the file is ${Math.ceil(file.size / 1024 / 1024)} MB` }] });
      return;
    }
    setImporting({ kind: 'reading', name: file.name });
    file.text().then(
      (text) => {
        const read = data.read(file.name, text);
        if (!read.ok) setImporting({ kind: 'refused', name: file.name, errors: read.errors });
        else preview(read, false);
      },
      (err: unknown) => setImporting({ kind: 'failed', name: file.name, error: message(err) }),
    );
  };

  const onApply = (file: Readable, takeSettings: boolean) => {
    setImporting({ kind: 'applying', file });
    data
      .apply(file, takeSettings, (progress) => setImporting({ kind: 'applying', file, progress }))
      .then(
        (summary) => setImporting({ kind: 'applied', name: file.name, summary }),
        (e: unknown) => setImporting({ kind: 'failed', name: file.name, error: message(e) }),
      );
  };

  const skipped = exporting.kind === 'done' ? Object.values(exporting.file.skipped).reduce((a, b) => a + b, 0) : 0;

  return (
    <section className="cd-backup" aria-labelledby={`${id}-title`} data-testid="backup-section">
      <h2 id={`${id}-title`}>{t('backup.title')}</h2>
      <p className="cd-muted">{t('backup.intro')}</p>

      <div className="cd-form__field">
        <div>
          <button type="button" className="cd-button" onClick={onDownload} disabled={exporting.kind === 'busy'} data-testid="backup-download">
            {t('backup.download')}
          </button>
        </div>
        <div role="status" aria-live="polite" data-testid="backup-export-result">
          {exporting.kind === 'busy' && t('backup.downloading')}
          {exporting.kind === 'done' && (
            <>
              <span className="cd-ok">{t('backup.downloaded', { name: exporting.file.name })}</span>
              {skipped > 0 && <span className="cd-error-text"> {t('backup.skipped', { count: skipped })}</span>}
            </>
          )}
          {exporting.kind === 'failed' && <span className="cd-error-text">{t('backup.exportFailed', { error: exporting.error })}</span>}
        </div>
      </div>

      <div className="cd-form__field">
        <label className="cd-form__label" htmlFor={`${id}-file`}>
          {t('backup.import.label')}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-file-help`}
          onChange={onFile}
          disabled={importing.kind === 'reading' || importing.kind === 'applying'}
          data-testid="backup-import"
        />
        <p className="cd-form__help" id={`${id}-file-help`}>
          {t('backup.import.help', { max: MAX_MB })}
        </p>
      </div>

      <div aria-live="polite" data-testid="backup-import-result">
        {importing.kind === 'reading' && <p role="status">{t('backup.import.reading', { name: importing.name })}</p>}
        {importing.kind === 'refused' && (
          <div className="cd-notice cd-notice--error" role="alert" data-testid="backup-refused">
            <div>
              <p>{t('backup.import.refused', { name: importing.name })}</p>
              <ul className="cd-import__list">
                {importing.errors.map((issue, i) => (
                  <li key={i} data-code={issue.code}>
                    {(EXPLAINED as readonly string[]).includes(issue.code) ? (
                      <span>{issue.code === 'too-large' ? t('backup.error.too-large', { max: MAX_MB }) : t(`backup.error.${issue.code as Exclude<(typeof EXPLAINED)[number], 'too-large'>}`)} </span>
                    ) : (
                      i === 0 && <span>{t('backup.error.invalid')} </span>
                    )}
                    {issue.pathText !== '' && <code className="cd-import__path">{issue.pathText}</code>} <span lang="en">{issue.message}</span>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
        {importing.kind === 'preview' && (
          <div className="cd-backup__preview" data-testid="backup-preview">
            <h3>{t('backup.preview.title', { name: importing.file.name })}</h3>
            <p className="cd-small">{t('backup.preview.from', { time: dateTime(importing.file.backup.createdAt), version: importing.file.backup.app.version })}</p>
            {importing.file.warnings.length > 0 && (
              <div className="cd-notice cd-notice--warning" data-testid="backup-warnings">
                <div>
                  <p>{t('backup.warnings')}</p>
                  <ul className="cd-import__list">
                    {importing.file.warnings.map((w, i) => (
                      <li key={i}>
                        <code className="cd-import__path">{w.pathText}</code> <span lang="en">{w.message}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            )}
            <BackupSummary summary={importing.summary} />
            {importing.summary.settingsDiffer.length > 0 && (
              <label className="cd-form__check">
                <input type="checkbox" checked={importing.takeSettings} onChange={(e) => preview(importing.file, e.target.checked)} data-testid="backup-take-settings" /> {t('backup.settings.take')}
              </label>
            )}
            {nothingNew(importing.summary) && <p data-testid="backup-nothing-new">{t('backup.nothingNew')}</p>}
            <div className="cd-backup__actions">
              <button type="button" className="cd-button cd-button--primary" onClick={() => onApply(importing.file, importing.takeSettings)} data-testid="backup-apply">
                {t('backup.apply')}
              </button>{' '}
              <button type="button" className="cd-button" onClick={() => setImporting({ kind: 'idle' })} data-testid="backup-cancel">
                {t('backup.cancel')}
              </button>
            </div>
          </div>
        )}
        {importing.kind === 'applying' && (
          <p role="status" data-testid="backup-applying">
            {importing.progress ? t('backup.applying', { done: importing.progress.done, total: importing.progress.total }) : t('backup.import.reading', { name: importing.file.name })}
            {importing.progress && importing.progress.total > 0 && <progress max={importing.progress.total} value={importing.progress.done} />}
          </p>
        )}
        {importing.kind === 'applied' && (
          <div data-testid="backup-applied">
            <p className="cd-ok" role="status">
              {t('backup.applied', { name: importing.name })}
            </p>
            <BackupSummary summary={importing.summary} showSettingsDiffer={false} />
          </div>
        )}
        {importing.kind === 'failed' && (
          <p className="cd-notice cd-notice--error" role="alert" data-testid="backup-failed">
            {t('backup.applyFailed', { error: importing.error })}
          </p>
        )}
      </div>
    </section>
  );
}
