/**
 * One flagged mention in the inbox. Text is rendered as text only (no HTML from a post ever
 * reaches the DOM as markup); links open in a new tab and only for http(s) permalinks.
 */
import { memo, type ReactNode } from 'react';
import { MAX_TEXT_CHARS, type MentionStatus, type StoredMention } from '../lib/schema.ts';
import { HighlightedText } from './highlighted-text.tsx';
import { useI18n } from './i18n-context.tsx';
import { MentionAuthor, MentionMeta, ProductLine, ReviewHeading } from './mention-meta.tsx';

/** Longer text is clamped (CSS, six lines) behind "Show more": 280 is a full classic tweet. */
export const CLAMP_CHARS = 280;

export interface MentionRowProps {
  mention: StoredMention;
  now: number;
  /** A status change for this row is on its way to the background. */
  pending?: boolean;
  expanded?: boolean;
  onToggleExpanded?(id: string): void;
  onSetStatus(id: string, status: MentionStatus): void;
  /** Team workspace (issue 12): its part of the row (components/team-row.tsx), above the actions. */
  extra?: ReactNode;
}

export function isSafeLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export const MentionRow = memo(function MentionRow(props: MentionRowProps) {
  const { mention, now, pending = false, expanded = false, onToggleExpanded, onSetStatus, extra } = props;
  const { t, list } = useI18n();
  const long = mention.text.length > CLAMP_CHARS;
  const categories = mention.analysis.complaint?.categories ?? [];
  return (
    <article
      className={`cd-row cd-row--${mention.status}`}
      data-testid="mention-row"
      data-mention-id={mention.id}
      aria-busy={pending || undefined}
    >
      <MentionMeta mention={mention} now={now} />
      <MentionAuthor mention={mention} />
      <ReviewHeading mention={mention} />
      <p className={`cd-row__text${long && !expanded ? ' cd-row__text--clamped' : ''}`} lang={langAttr(mention)}>
        <HighlightedText text={mention.text} evidence={mention.analysis.complaint?.evidence} />
      </p>
      {long && onToggleExpanded && (
        <button type="button" className="cd-link-button" aria-expanded={expanded} onClick={() => onToggleExpanded(mention.id)}>
          {expanded ? t('row.showLess') : t('row.showMore')}
        </button>
      )}
      {mention.truncated && <p className="cd-muted cd-small">{t('row.truncated', { max: MAX_TEXT_CHARS })}</p>}
      {mention.quotedText && (
        <blockquote className="cd-row__quote">
          <span className="cd-muted cd-small">{t('row.quoting')}</span> {mention.quotedText}
        </blockquote>
      )}
      {(categories.length > 0 || mention.watchMatches.length > 0) && (
        <div className="cd-row__chips">
          {categories.map((c) => (
            <span key={c} className="cd-chip cd-chip--complaint">
              {t(`complaint.${c}`)}
            </span>
          ))}
          {mention.watchMatches.length > 0 && (
            <span className="cd-chip cd-chip--watch">{t('row.watchMatches', { terms: list(mention.watchMatches) })}</span>
          )}
        </div>
      )}
      <ProductLine mention={mention} />
      {extra}
      <div className="cd-row__actions" role="group" aria-label={t('row.actionsLabel')}>
        {isSafeLink(mention.permalink) && (
          <a className="cd-link" href={mention.permalink} target="_blank" rel="noopener noreferrer">
            {t('row.openOriginal')}
          </a>
        )}
        <span className="cd-spacer" />
        {mention.status === 'open' ? (
          <>
            <button type="button" className="cd-button cd-button--primary" data-testid="mark-handled" disabled={pending} onClick={() => onSetStatus(mention.id, 'handled')}>
              {t('row.markHandled')}
            </button>
            <button type="button" className="cd-button" data-testid="dismiss" disabled={pending} onClick={() => onSetStatus(mention.id, 'dismissed')}>
              {t('row.dismiss')}
            </button>
          </>
        ) : (
          <button type="button" className="cd-button" data-testid="reopen" disabled={pending} onClick={() => onSetStatus(mention.id, 'open')}>
            {t('row.reopen')}
          </button>
        )}
      </div>
    </article>
  );
});

/** The `lang` attribute helps screen readers and CJK font selection; 'und' says nothing. */
function langAttr(mention: StoredMention): string | undefined {
  return mention.analysis.lang === 'und' ? undefined : mention.analysis.lang;
}
