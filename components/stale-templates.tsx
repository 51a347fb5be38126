/**
 * What publishing a statement version did to the templates: which ones went stale (approved
 * against an older version and stating incident facts in their own words), with the words that
 * made each stale, so the agent knows what to re-approve.
 */
import type { StaleTemplate } from '../lib/templates/stale.ts';
import { useI18n } from './i18n-context.tsx';

/** `from`: the teammate who published the version (it arrived through the team workspace). */
export function StaleTemplates({ version, stale, from, onDismiss }: { version: number; stale: readonly StaleTemplate[]; from?: string; onDismiss(): void }) {
  const { t, languageName } = useI18n();
  return (
    <div className={`cd-notice ${stale.length > 0 ? 'cd-notice--warning' : ''}`} role="status" data-testid="stale-report">
      <div>
        {from !== undefined && <p className="cd-small" data-testid="stale-report-from">{t('incidentView.stale.fromTeammate', { who: from })}</p>}
        <p className="cd-import__lead">{stale.length > 0 ? t('incidentView.stale.some', { version, count: stale.length }) : t('incidentView.stale.none', { version })}</p>
        {stale.length > 0 && (
          <ul className="cd-import__list">
            {stale.map((s) => (
              <li key={s.id} data-testid="stale-template">
                <strong>{s.title}</strong>{' '}
                {s.variants.slice(0, 3).map((v, i) => (
                  <span key={v.lang} className="cd-small">
                    {i > 0 ? '; ' : ''}
                    {t('incidentView.stale.evidence', { lang: languageName(v.lang), phrase: v.evidence.phrase.slice(0, 60) })}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="cd-icon-button" aria-label={t('incidentView.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
