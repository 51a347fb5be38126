/**
 * "12 mentions · 340 flagged in total". The first number is what the current filters match
 * (the e2e suite reads it from `inbox-count`); the second counts every flagged mention.
 */
import { useI18n } from './i18n-context.tsx';

export function InboxSummary({ count, totalFlagged }: { count?: number; totalFlagged?: number }) {
  const { t } = useI18n();
  return (
    <p className="cd-summary" aria-live="polite">
      <strong data-testid="inbox-count" data-count={count}>
        {count ?? '…'}
      </strong>{' '}
      {t('inbox.countUnit', { count: count ?? 0 })}
      {totalFlagged !== undefined && (
        <span className="cd-muted"> · {t('inbox.totalFlagged', { count: totalFlagged })}</span>
      )}
    </p>
  );
}
