/**
 * Shown when the background's re-check of stored mentions (after a settings change or an
 * analyser update) failed: stored flags may then lag behind the settings, which an agent or a
 * manager exporting flagged mentions must know. New captures are analysed with the current
 * settings either way.
 */
import type { PipelineStatus } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';

export function RecheckBanner({ status, now }: { status: PipelineStatus | undefined; now: number }) {
  const { t, relative, dateTime } = useI18n();
  const err = status?.recheckError;
  if (!err) return null;
  return (
    <section className="cd-health" role="status" data-testid="recheck-error">
      <div className="cd-health__body">
        <strong className="cd-health__title">{t('recheck.title')}</strong>
        <p>{t('recheck.body')}</p>
        <p className="cd-small cd-muted">
          <span title={dateTime(err.at)}>{t('storage.seen', { time: relative(err.at, now) })}</span> · {err.message}
        </p>
      </div>
    </section>
  );
}
