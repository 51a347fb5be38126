/** "Why this spike": terms and phrases with counts a reader can check ("412 of 503 mentions"),
 * categories and languages that grew, example mentions (text as text; links only to http(s)
 * originals). */
import type { AlertWhy as Why, StoredMention } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';
import { isSafeLink } from './mention-row.tsx';

export interface AlertWhyProps {
  why?: Why;
  examples: readonly (StoredMention | undefined)[];
}

export function AlertWhy({ why, examples }: AlertWhyProps) {
  const { t, number, languageName } = useI18n();
  const pct = (x: number) => number(x, { style: 'percent', maximumFractionDigits: 0 });
  const category = (key: string) => {
    const known = ['delivery', 'damaged', 'safety', 'refund', 'account', 'service', 'counterfeit'] as const;
    const k = known.find((c) => c === key);
    return k ? t(`complaint.${k}`) : key;
  };
  const nothing = why && why.terms.length === 0 && why.categories.length === 0 && why.languages.length === 0;
  return (
    <section data-testid="alert-why" aria-labelledby="cd-alert-why-title">
      <h3 id="cd-alert-why-title">{t('alerts.why.title')}</h3>
      {!why && <p className="cd-muted">{t('alerts.why.pending')}</p>}
      {nothing && <p className="cd-muted">{t('alerts.why.nothing')}</p>}
      {why && why.terms.length > 0 && (
        <>
          <h4 className="cd-small">{t('alerts.why.terms')}</h4>
          <ul data-testid="alert-why-terms">
            {why.terms.map((term) => (
              <li key={term.text}>
                {t('alerts.why.term', {
                  term: term.text,
                  count: number(term.count),
                  total: number(why.mentions),
                  baseline: number(term.baseline),
                  baselineTotal: number(why.baselineMentions),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {why && why.categories.length > 0 && (
        <>
          <h4 className="cd-small">{t('alerts.why.categories')}</h4>
          <ul>
            {why.categories.map((c) => (
              <li key={c.key}>{t('alerts.why.grew', { label: category(c.key), share: pct(c.share), baseline: pct(c.baselineShare) })}</li>
            ))}
          </ul>
        </>
      )}
      {why && why.languages.length > 0 && (
        <>
          <h4 className="cd-small">{t('alerts.why.languages')}</h4>
          <ul>
            {why.languages.map((l) => (
              <li key={l.key}>{t('alerts.why.grew', { label: languageName(l.key), share: pct(l.share), baseline: pct(l.baselineShare) })}</li>
            ))}
          </ul>
        </>
      )}
      {examples.some(Boolean) && (
        <>
          <h4 className="cd-small">{t('alerts.why.examples')}</h4>
          <ul data-testid="alert-examples">
            {examples.map((m) =>
              m ? (
                <li key={m.id} data-lang={m.analysis.lang} data-platform={m.platform}>
                  <span className="cd-muted cd-small">
                    {t(`platform.${m.platform}`)} · {languageName(m.analysis.lang)}
                  </span>{' '}
                  <span>{m.text.length > 200 ? `${m.text.slice(0, 200)}…` : m.text}</span>{' '}
                  {isSafeLink(m.permalink) && (
                    <a className="cd-link" href={m.permalink} target="_blank" rel="noreferrer noopener">
                      {t('row.openOriginal')}
                    </a>
                  )}
                </li>
              ) : null,
            )}
          </ul>
        </>
      )}
    </section>
  );
}
