/**
 * The background's own failures (PipelineStatus), above the inbox:
 * - storage: captured mentions could not be saved (storage quota, a broken database). Capture
 *   goes on in the pages, but nothing new is saved until the cause is fixed, so the operator must
 *   know;
 * - re-check: stored mentions could not be analysed and flagged again after a settings change or
 *   an analyser update, so stored flags may lag behind the settings (an agent, or a manager
 *   exporting flagged mentions, must know). New captures are analysed with the current settings.
 */
import type { PipelineStatus } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';

export function PipelineBanners({ status, now }: { status: PipelineStatus | undefined; now: number }) {
  const { t } = useI18n();
  const stored = status?.lastError;
  const recheck = status?.recheckError;
  return (
    <>
      {stored && (
        <FailureBanner
          testId="storage-error"
          role="alert"
          title={t('storage.title')}
          body={stored.code === 'quota' ? t('storage.quota') : t('storage.failed')}
          failure={stored}
          now={now}
        />
      )}
      {recheck && (
        <FailureBanner testId="recheck-error" role="status" title={t('recheck.title')} body={t('recheck.body')} failure={recheck} now={now} />
      )}
    </>
  );
}

interface FailureBannerProps {
  testId: string;
  role: 'alert' | 'status';
  title: string;
  body: string;
  failure: { message: string; at: string };
  now: number;
}

function FailureBanner({ testId, role, title, body, failure, now }: FailureBannerProps) {
  const { t, relative, dateTime } = useI18n();
  return (
    <section className="cd-health" role={role} data-testid={testId}>
      <div className="cd-health__body">
        <strong className="cd-health__title">{title}</strong>
        <p>{body}</p>
        <p className="cd-small cd-muted">
          <span title={dateTime(failure.at)}>{t('storage.seen', { time: relative(failure.at, now) })}</span> · {failure.message}
        </p>
      </div>
    </section>
  );
}
