/**
 * The local templates: status, channels, languages, where each came from, the statement version
 * it was approved against, and a stale mark; Edit, Approve, Retire. Approval blocked by the
 * consistency check shows its findings under the row, in the agent's language. Template text is
 * data: shown as text, never as HTML.
 */
import type { Finding } from '../lib/templates/findings.ts';
import { renderMessage } from '../lib/templates/findings.ts';
import type { StaleTemplate } from '../lib/templates/stale.ts';
import type { StoredTemplate } from '../lib/templates/stored.ts';
import { useI18n } from './i18n-context.tsx';

/** The variant to preview: the UI language's, else English, else the first. */
function previewLang(variants: Readonly<Record<string, string>>, locale: string): string {
  const base = locale.split('-')[0]!;
  const keys = Object.keys(variants);
  return keys.find((k) => k.split('-')[0] === base) ?? keys.find((k) => k.split('-')[0] === 'en') ?? keys[0]!;
}

export interface TemplateRowModel {
  template: StoredTemplate;
  stale?: StaleTemplate;
  /** Findings of the last check (approval): shown when present. */
  findings?: readonly (Finding & { lang: string })[];
}

export function TemplateList({ rows, busyId, onEdit, onApprove, onRetire }: {
  rows: readonly TemplateRowModel[];
  busyId?: string;
  onEdit(id: string): void;
  onApprove(id: string): void;
  onRetire(id: string): void;
}) {
  const i18n = useI18n();
  const { t, languageName, list, dateTime, locale } = i18n;
  if (rows.length === 0) return <p className="cd-muted">{t('templates.empty')}</p>;
  return (
    <ul className="cd-template-list" data-testid="template-list">
      {rows.map(({ template: tp, stale, findings }) => {
        const blocking = findings?.filter((f) => f.severity === 'block') ?? [];
        return (
          <li key={tp.id} className="cd-template" data-template-id={tp.id} data-status={tp.status} data-stale={stale ? 'yes' : 'no'}>
            <div className="cd-template__head">
              <strong className="cd-template__title">{tp.title}</strong>
              <span className={`cd-chip cd-chip--${tp.status}`}>{t(`templates.status.${tp.status}`)}</span>
              {stale && <span className="cd-chip cd-chip--stale">{t('templates.staleMark')}</span>}
            </div>
            <p className="cd-small cd-muted cd-template__facts">
              {list(tp.channels.map((c) => t(`templates.channel.${c}`)))} · {list(Object.keys(tp.variants).map(languageName))} · {t(`templates.origin.${tp.source.kind}`)}
              {tp.status === 'approved' && tp.approvedBy && tp.approvedAt && <> · {t('templates.approvedBy', { who: tp.approvedBy, time: dateTime(tp.approvedAt) })}</>}
              {tp.statementVersion !== undefined && <> · {t('templates.againstVersion', { version: tp.statementVersion })}</>}
            </p>
            <p className="cd-template__text" lang={previewLang(tp.variants, locale)} data-testid="template-text">
              {tp.variants[previewLang(tp.variants, locale)]}
            </p>
            {stale && (
              <p className="cd-small cd-stale-mark">
                {t('templates.staleWhy', { phrase: stale.variants[0]?.evidence.phrase.slice(0, 60) ?? '' })}
              </p>
            )}
            {findings && findings.length > 0 && (
              <ul className={`cd-findings${blocking.length > 0 ? ' cd-findings--block' : ''}`} data-testid="template-findings" aria-label={t('templates.findingsLabel')}>
                {findings.slice(0, 20).map((f, i) => (
                  <li key={i} className={`cd-finding cd-finding--${f.severity}`}>
                    <strong>{t(`lint.severity.${f.severity}`)}</strong> · {t(`lint.rule.${f.rule}`)} ({languageName(f.lang)}): {renderMessage(i18n, f.message)}{' '}
                    <span className="cd-muted">{renderMessage(i18n, f.hint)}</span>
                  </li>
                ))}
              </ul>
            )}
            <div className="cd-template__actions">
              <button type="button" className="cd-button" onClick={() => onEdit(tp.id)} disabled={busyId === tp.id}>
                {t('templates.edit')}
              </button>
              {(tp.status !== 'approved' || stale) && (
                <button type="button" className="cd-button" onClick={() => onApprove(tp.id)} disabled={busyId === tp.id}>
                  {tp.status === 'approved' ? t('templates.reapprove') : t('templates.approve')}
                </button>
              )}
              {tp.status !== 'retired' && (
                <button type="button" className="cd-button cd-button--quiet" onClick={() => onRetire(tp.id)} disabled={busyId === tp.id}>
                  {t('templates.retire')}
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
