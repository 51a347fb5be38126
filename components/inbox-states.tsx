/**
 * What the inbox shows instead of rows: loading, empty (with what to do next), and errors.
 */
import { useI18n } from './i18n-context.tsx';

export function LoadingState({ progress }: { progress?: { read: number; total: number } }) {
  const { t, number } = useI18n();
  return (
    <div className="cd-state" role="status" data-testid="inbox-loading">
      <span className="cd-spinner" aria-hidden="true" />
      {t('inbox.loading')}
      {progress && progress.total > 0 && (
        <>
          <progress className="cd-progress" max={progress.total} value={progress.read} aria-label={t('inbox.loading')} />
          <span className="cd-muted cd-small">{t('inbox.readingShort', { read: number(progress.read), total: number(progress.total) })}</span>
        </>
      )}
    </div>
  );
}

/** nothing-yet: the store has no flagged mention; all-done: none open under the default
 * filter; no-match: the chosen filters, search or focus hide everything. */
export type EmptyKind = 'nothing-yet' | 'all-done' | 'no-match';

export interface EmptyStateProps {
  kind: EmptyKind;
  /** Number of watch-list terms (brands + handles + products), when settings are known. */
  watchTerms?: number;
  onClearFilters(): void;
  onOpenSettings(): void;
}

export function EmptyState({ kind, watchTerms, onClearFilters, onOpenSettings }: EmptyStateProps) {
  const { t } = useI18n();
  if (kind !== 'nothing-yet') {
    return (
      <div className="cd-state" data-testid="inbox-empty" data-empty-kind={kind}>
        <h2 className="cd-state__title">{kind === 'all-done' ? t('empty.doneTitle') : t('empty.filteredTitle')}</h2>
        <p>{kind === 'all-done' ? t('empty.doneBody') : t('empty.filteredBody')}</p>
        {kind === 'no-match' && (
          <button type="button" className="cd-button" onClick={onClearFilters}>
            {t('filter.clear')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="cd-state" data-testid="inbox-empty" data-empty-kind={kind}>
      <h2 className="cd-state__title">{t('empty.title')}</h2>
      <p>{t('empty.body')}</p>
      {watchTerms !== undefined && (
        <p className="cd-muted">
          {watchTerms === 0 ? t('empty.watchListEmpty') : t('empty.watchList', { count: watchTerms })}
        </p>
      )}
      <button type="button" className="cd-button" onClick={onOpenSettings}>
        {t('app.openSettings')}
      </button>
    </div>
  );
}

export interface ErrorStateProps {
  message: string;
  onRetry(): void;
}

export function ErrorState({ message, onRetry }: ErrorStateProps) {
  const { t } = useI18n();
  return (
    <div className="cd-state cd-state--error" role="alert" data-testid="inbox-error">
      <h2 className="cd-state__title">{t('error.title')}</h2>
      <p>
        <code className="cd-error-detail">{message}</code>
      </p>
      <p className="cd-muted">{t('error.hint')}</p>
      <button type="button" className="cd-button cd-button--primary" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}

/** A dismissible error line above the list (e.g. the background refused a status change). */
export function ErrorNotice({ message, onClose }: { message: string; onClose(): void }) {
  const { t } = useI18n();
  return (
    <div className="cd-notice cd-notice--error" role="alert" data-testid="status-error">
      <span>{message}</span>
      <button type="button" className="cd-icon-button" aria-label={t('error.close')} title={t('error.close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}

/** Rows the store holds but the list could not parse: said, never silently dropped. */
export function SkippedNotice({ count }: { count: number }) {
  const { t } = useI18n();
  if (count <= 0) return null;
  return (
    <div className="cd-notice" role="status" data-testid="inbox-skipped">
      <span>{t('inbox.skipped', { count })}</span>
    </div>
  );
}
