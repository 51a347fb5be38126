/**
 * "12 mentions · 340 flagged in total", and while the panel is still reading the store, how far
 * it got. The first number is what the current filters match (the e2e suite reads it from
 * `inbox-count`); the second counts every flagged mention.
 */
import { useI18n } from './i18n-context.tsx';

export interface InboxSummaryProps {
  count?: number;
  totalFlagged?: number;
  progress?: { read: number; total: number };
}

export function InboxSummary({ count, totalFlagged, progress }: InboxSummaryProps) {
  const { t, number } = useI18n();
  return (
    <p className="cd-summary" aria-live="polite">
      <strong data-testid="inbox-count" data-count={count}>
        {count === undefined ? '…' : number(count)}
      </strong>{' '}
      {t('inbox.countUnit', { count: count ?? 0 })}
      {totalFlagged !== undefined && <span className="cd-muted"> · {t('inbox.totalFlagged', { count: totalFlagged })}</span>}
      {progress && (
        <span className="cd-muted cd-small" data-testid="inbox-reading">
          {' · '}
          {t('inbox.readingShort', { read: number(progress.read), total: number(progress.total) })}
        </span>
      )}
    </p>
  );
}
