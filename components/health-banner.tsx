/**
 * One warning per platform + page type whose content script reported that its selectors no
 * longer find what they should (STYLE.md habit 4: a broken adapter is never silent).
 */
import type { AdapterHealth } from '../lib/schema.ts';
import type { MessageKey } from '../lib/i18n.ts';
import { NODE_SLOT, useI18n, withNode } from './i18n-context.tsx';

export interface HealthBannersProps {
  reports: readonly AdapterHealth[];
  now: number;
  onDismiss(key: string): void;
}

type PageTypeKey = Extract<MessageKey, `pageType.${string}`>;

/** Page types the adapters report (lib/platforms/types.ts); unknown ones are shown as-is. */
const PAGE_TYPE_KEYS = new Map<string, PageTypeKey>([
  ['home', 'pageType.home'],
  ['profile', 'pageType.profile'],
  ['search', 'pageType.search'],
  ['status', 'pageType.status'],
  ['product-reviews', 'pageType.product-reviews'],
  ['product-page', 'pageType.product-page'],
  ['other', 'pageType.other'],
]);

export function HealthBanners({ reports, now, onDismiss }: HealthBannersProps) {
  const { t, relative, dateTime } = useI18n();
  if (reports.length === 0) return null;
  return (
    <div className="cd-health-list">
      {reports.map((report) => {
        const key = `${report.platform}/${report.pageType}`;
        const typeKey = PAGE_TYPE_KEYS.get(report.pageType);
        const pageType = typeKey ? t(typeKey) : report.pageType;
        return (
          <section key={key} className="cd-health" role="alert" data-testid="adapter-health" data-health-key={key}>
            <div className="cd-health__body">
              <strong className="cd-health__title">
                {t('health.title', { platform: t(`platform.${report.platform}`), pageType })}
              </strong>
              <p>{report.problem === 'ok' ? null : t(`health.${report.problem}`)}</p>
              {report.selector && (
                <p className="cd-small">
                  {withNode(t('health.selector', { selector: NODE_SLOT }), <code>{report.selector}</code>)}
                </p>
              )}
              {/* Counts in the UI language; the adapter's own English `detail` stays in storage and logs. */}
              {report.problem === 'no-text' && report.containers > 0 && (
                <p className="cd-small cd-muted">{t('health.noTextCount', { count: report.containers })}</p>
              )}
              {report.problem === 'extract-failed' && report.containers > 0 && (
                <p className="cd-small cd-muted">{t('health.extractedCount', { count: report.containers, extracted: report.extracted })}</p>
              )}
              <p className="cd-small cd-muted">
                <span title={dateTime(report.at)}>
                  {t('health.seen', { time: relative(report.at, now), url: report.url })}
                </span>
              </p>
              <p className="cd-small">{t('health.advice')}</p>
            </div>
            <button
              type="button"
              className="cd-icon-button"
              data-testid="dismiss-health"
              aria-label={t('health.dismiss')}
              title={t('health.dismiss')}
              onClick={() => onDismiss(key)}
            >
              ×
            </button>
          </section>
        );
      })}
    </div>
  );
}
