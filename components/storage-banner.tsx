/**
 * Shown when the background could not store captured mentions (storage quota, a broken
 * database). Capture goes on in the pages, but nothing new is saved until the cause is fixed,
 * so the operator must know.
 */
import type { PipelineStatus } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';

export function StorageBanner({ status, now }: { status: PipelineStatus | undefined; now: number }) {
  const { t, relative, dateTime } = useI18n();
  const err = status?.lastError;
  if (!err) return null;
  return (
    <section className="cd-health" role="alert" data-testid="storage-error">
      <div className="cd-health__body">
        <strong className="cd-health__title">{t('storage.title')}</strong>
        <p>{err.code === 'quota' ? t('storage.quota') : t('storage.failed')}</p>
        <p className="cd-small cd-muted">
          <span title={dateTime(err.at)}>{t('storage.seen', { time: relative(err.at, now) })}</span> · {err.message}
        </p>
      </div>
    </section>
  );
}
