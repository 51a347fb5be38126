/**
 * The inbox's Export control: format, the Export button, then a progress bar with Cancel while it
 * runs, and the outcome (file saved, nothing to export, cancelled, or the error in the UI
 * language). Presentational: the view model comes from the export hook (use-export.ts).
 */
import type { ExportErrorCode } from '../lib/export/errors.ts';
import type { Translator } from '../lib/i18n.ts';
import type { ExportFormat } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';

export type ExportViewState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total?: number }
  | { kind: 'done'; rows: number; skipped: number; file: string }
  | { kind: 'empty' }
  | { kind: 'cancelled' }
  | { kind: 'error'; code: ExportErrorCode; detail: string };

export interface ExportControlsProps {
  format: ExportFormat;
  state: ExportViewState;
  onFormatChange(format: ExportFormat): void;
  onStart(): void;
  onCancel(): void;
  onDismiss(): void;
}

const FORMATS: readonly ExportFormat[] = ['csv', 'jsonl'];

export function ExportControls({ format, state, onFormatChange, onStart, onCancel, onDismiss }: ExportControlsProps) {
  const { t, number } = useI18n();
  const running = state.kind === 'running';
  return (
    <div className="cd-export" data-testid="export">
      <div className="cd-export__bar">
        <label className="cd-field cd-export__format">
          {/* Named for assistive technology; the options say what they are. */}
          <span className="cd-visually-hidden">{t('export.format')}</span>
          <select
            data-testid="export-format"
            value={format}
            disabled={running}
            onChange={(e) => {
              const next = FORMATS.find((f) => f === e.target.value);
              if (next) onFormatChange(next);
            }}
          >
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`export.format.${f}`)}
              </option>
            ))}
          </select>
        </label>
        {running ? (
          <button type="button" className="cd-button" data-testid="export-cancel" onClick={onCancel}>
            {t('export.cancel')}
          </button>
        ) : (
          <button type="button" className="cd-button" data-testid="export-start" title={t('export.startHint')} onClick={onStart}>
            {t('export.start')}
          </button>
        )}
      </div>
      {running && (
        <div className="cd-export__progress" role="status">
          <progress
            data-testid="export-progress"
            aria-label={t('export.progressLabel')}
            max={state.total ?? 1}
            value={state.total === undefined ? undefined : state.done}
          />
          <span className="cd-muted">
            {t('export.progress', { done: number(state.done), total: state.total === undefined ? '…' : number(state.total) })}
          </span>
        </div>
      )}
      <ExportOutcome state={state} onDismiss={onDismiss} onRetry={onStart} />
    </div>
  );
}

function errorMessage(t: Translator['t'], code: ExportErrorCode, detail: string): string {
  switch (code) {
    case 'db-blocked':
      return t('export.error.dbBlocked');
    case 'crypto':
      return t('export.error.crypto');
    case 'db':
      return t('export.error.db', { detail });
    case 'quota':
      return t('export.error.quota', { detail });
    case 'storage':
      return t('export.error.storage', { detail });
    case 'failed':
      return t('export.error.failed', { detail });
  }
}

function ExportOutcome({ state, onDismiss, onRetry }: { state: ExportViewState; onDismiss(): void; onRetry(): void }) {
  const { t } = useI18n();
  if (state.kind === 'idle' || state.kind === 'running') return null;
  const close = (
    <button type="button" className="cd-icon-button" aria-label={t('export.close')} title={t('export.close')} onClick={onDismiss}>
      ×
    </button>
  );
  if (state.kind === 'error') {
    const message = errorMessage(t, state.code, state.detail);
    return (
      <div className="cd-notice cd-notice--error" role="alert" data-testid="export-error">
        <span>{message}</span>
        <span className="cd-export__actions">
          <button type="button" className="cd-button" onClick={onRetry}>
            {t('export.retry')}
          </button>
          {close}
        </span>
      </div>
    );
  }
  let message: string;
  if (state.kind === 'done') {
    message = t('export.done', { count: state.rows, file: state.file });
    if (state.skipped > 0) message += ` ${t('export.skipped', { count: state.skipped })}`;
  } else message = state.kind === 'empty' ? t('export.empty') : t('export.cancelled');
  return (
    <div className="cd-notice" role="status" data-testid="export-outcome" data-outcome={state.kind}>
      <span>{message}</span>
      {close}
    </div>
  );
}
