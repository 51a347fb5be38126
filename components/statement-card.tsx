/**
 * The current statement, read-only: text in the agent's language (or, when it has none, the
 * fallback with a notice in the agent's language), facts, what agents may promise, the forbidden
 * phrases, and the timeline of published versions (who published each, when, what went stale).
 * Statement text is data: shown as text, never as HTML.
 */
import type { StatementRecord, StoredIncident } from '../lib/incident/schema.ts';
import { COMMITMENT_KINDS } from '../lib/incident/schema.ts';
import { useI18n } from './i18n-context.tsx';

/** The statement language for a UI locale: the exact tag, then the primary language, then English, then any. */
export function statementLangFor(text: Readonly<Record<string, string>>, locale: string): { lang: string | undefined; own: boolean } {
  const base = locale.toLowerCase().split('-')[0]!;
  const own = Object.keys(text).find((k) => k.toLowerCase() === locale.toLowerCase()) ?? Object.keys(text).find((k) => k.toLowerCase().split('-')[0] === base);
  if (own) return { lang: own, own: true };
  const fallback = Object.keys(text).find((k) => k === 'en' || k.startsWith('en-')) ?? Object.keys(text)[0];
  return { lang: fallback, own: false };
}

export function StatementCard({ incident }: { incident: StoredIncident }) {
  const { t, locale, languageName, dateTime, list } = useI18n();
  const st = incident.statement;
  const { lang, own } = statementLangFor(st.text, locale);
  const commitments = st.commitments.map((c) => ((COMMITMENT_KINDS as readonly string[]).includes(c) ? t(`incident.commitment.${c as (typeof COMMITMENT_KINDS)[number]}`) : c));
  return (
    <section className="cd-incident-section" aria-labelledby="cd-statement-title" data-testid="statement-card">
      <h3 id="cd-statement-title" className="cd-incident-section__title">
        {t('incidentView.statement.current', { version: st.version })}
      </h3>
      <p className="cd-muted cd-small">{t('incidentView.statement.approved', { who: st.approvedBy, time: dateTime(st.updatedAt) })}</p>
      {!own && (
        <p className="cd-notice cd-notice--warning" role="status" data-testid="statement-no-own-lang">
          {t('incidentView.statement.noOwnLanguage', { lang: languageName(locale.split('-')[0]!), shown: lang ? languageName(lang) : '—' })}
        </p>
      )}
      {lang && (
        <blockquote className="cd-statement" lang={lang}>
          {st.text[lang]}
        </blockquote>
      )}
      <p className="cd-small">
        {t('incidentView.statement.languages')}: {list(Object.keys(st.text).map(languageName))}
      </p>
      <dl className="cd-facts">
        {Object.entries(st.facts).map(([k, v]) => (
          <div key={k} className="cd-facts__row">
            <dt>{k}</dt>
            <dd>{k === 'nextUpdate' && v ? dateTime(v) : v}</dd>
          </div>
        ))}
      </dl>
      <p className="cd-small">
        {t('incidentView.statement.mayPromise')}: {commitments.length > 0 ? list(commitments) : t('incident.commitment.none')}
      </p>
      {st.forbidden.length > 0 && (
        <p className="cd-small">
          {t('incidentView.statement.forbidden')}: {list(st.forbidden)}
        </p>
      )}
    </section>
  );
}

export function StatementTimeline({ history }: { history: readonly StatementRecord[] }) {
  const { t, dateTime } = useI18n();
  return (
    <section className="cd-incident-section" aria-labelledby="cd-timeline-title" data-testid="statement-timeline">
      <h3 id="cd-timeline-title" className="cd-incident-section__title">
        {t('incidentView.timeline.title')}
      </h3>
      <ol className="cd-timeline" reversed>
        {[...history].reverse().map((h) => (
          <li key={h.statement.version} data-version={h.statement.version}>
            <strong>{t('incidentView.timeline.version', { version: h.statement.version })}</strong>{' '}
            {t('incidentView.timeline.published', { who: h.publishedBy, time: dateTime(h.publishedAt), approver: h.statement.approvedBy })}
            {h.staleTemplateIds.length > 0 && <span className="cd-stale-mark"> · {t('incidentView.timeline.stale', { count: h.staleTemplateIds.length })}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
