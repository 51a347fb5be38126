/**
 * One row of the inbox: a flagged mention, or a brigade of near-identical ones shown through its
 * best-ranked member. Text is rendered as text only (no HTML from a post ever reaches the DOM as
 * markup); links open in a new tab and only for http(s) permalinks.
 *
 * Two densities: comfortable (the whole post, its chips and buttons) and compact (two lines: who,
 * why and how long it waited, then the text's first line), for at least 12 rows on a 900 px panel.
 */
import { memo, type ReactNode } from 'react';
import { priorityOf } from '../lib/inbox/priority.ts';
import { waitingSince } from '../lib/inbox/facts.ts';
import type { Density } from '../lib/inbox/view-state.ts';
import { MAX_TEXT_CHARS, type MentionStatus, type StoredMention } from '../lib/schema.ts';
import { HighlightedText } from './highlighted-text.tsx';
import { useI18n } from './i18n-context.tsx';
import { useInboxExtensions } from './inbox-extensions.tsx';
import { MentionAuthor, MentionMeta, ProductLine, ReviewHeading, Stars } from './mention-meta.tsx';

/** Longer text is clamped (CSS, six lines) behind "Show more": 280 is a full classic tweet. */
export const CLAMP_CHARS = 280;

export interface MentionRowProps {
  mention: StoredMention;
  now: number;
  /** The team's response target (ms): the waiting time turns overdue past it. */
  targetMs?: number;
  density?: Density;
  /** Every mention this row stands for (a brigade: the shown one first). Default: just this one. */
  ids?: readonly string[];
  /** A status change for this row is on its way to the background. */
  pending?: boolean;
  expanded?: boolean;
  onToggleExpanded?(id: string): void;
  /** The brigade's copies are listed under the row. */
  membersOpen?: boolean;
  onToggleMembers?(): void;
  /** The list of copies (rendered by the list when open). */
  members?: ReactNode;
  selected?: boolean;
  onToggleSelected?(ids: readonly string[]): void;
  /** The keyboard's row. */
  focused?: boolean;
  showPriority?: boolean;
  onSetStatus(ids: readonly string[], status: MentionStatus): void;
  /** Row position for assistive technology (the feed pattern). */
  position?: { index: number; size: number };
  onFocusRow?(): void;
}

export function isSafeLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function useWaiting(mention: StoredMention, now: number, targetMs: number | undefined) {
  const { t, duration, dateTime } = useI18n();
  if (mention.status !== 'open' || targetMs === undefined) return undefined;
  const since = waitingSince(mention);
  const waited = now - since;
  const overdue = waited > targetMs;
  const text = overdue ? t('row.overdue', { time: duration(waited) }) : t('row.waiting', { time: duration(waited) });
  return {
    overdue,
    text,
    /** Compact rows show the time alone; the words stay for assistive technology. */
    short: duration(waited),
    title: t('row.waitingTitle', { date: dateTime(new Date(since).toISOString()), target: duration(targetMs) }),
  };
}

function PriorityChip({ mention, now, targetMs }: { mention: StoredMention; now: number; targetMs: number }) {
  const { t, number, list } = useI18n();
  // The list is sorted with the active incident's points (lib/inbox/query.ts): the chip counts them too.
  const { activeIncident, facetSources } = useInboxExtensions();
  const incident = activeIncident !== undefined && facetSources?.find((f) => f.id === activeIncident.facet)?.valueOf(mention) === activeIncident.value;
  const p = priorityOf(
    {
      categories: mention.analysis.complaint?.categories ?? [],
      sentiment: mention.analysis.sentiment.score,
      rating: mention.rating,
      waitedMs: now - waitingSince(mention),
      incident,
    },
    targetMs,
  );
  const parts = (['category', 'negativity', 'rating', 'incident', 'age'] as const)
    .filter((k) => p.parts[k] > 0)
    .map((k) => t(`priority.${k}`, { points: number(p.parts[k], { maximumFractionDigits: 0 }) }));
  const score = number(p.score, { maximumFractionDigits: 0 });
  const title = t('row.priorityTitle', { score, parts: list(parts) });
  return (
    <span className="cd-chip cd-chip--priority" title={title}>
      <span aria-hidden="true">{t('row.priority', { score })}</span>
      <span className="cd-visually-hidden">{title}</span>
    </span>
  );
}

export const MentionRow = memo(function MentionRow(props: MentionRowProps) {
  const { mention, now, targetMs, density = 'comfortable', pending = false, expanded = false, onToggleExpanded, focused = false } = props;
  const { t, list } = useI18n();
  const { RowActions, RowBadges } = useInboxExtensions();
  const ids = props.ids ?? [mention.id];
  const copies = ids.length;
  const waiting = useWaiting(mention, now, targetMs);
  const categories = mention.analysis.complaint?.categories ?? [];
  const long = mention.text.length > CLAMP_CHARS;
  const rowClass = [
    'cd-row',
    `cd-row--${mention.status}`,
    density === 'compact' ? 'cd-row--compact' : '',
    focused ? 'cd-row--focused' : '',
    props.selected ? 'cd-row--selected' : '',
    waiting?.overdue ? 'cd-row--overdue' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const labelId = `cd-row-${mention.id.replace(/[^a-zA-Z0-9]/g, '-')}`;

  const select = props.onToggleSelected && (
    <input
      type="checkbox"
      className="cd-row__select"
      data-testid="select-row"
      aria-label={t('row.select')}
      checked={props.selected ?? false}
      onChange={() => props.onToggleSelected?.(ids)}
    />
  );
  const age = waiting && (
    <span className={`cd-age${waiting.overdue ? ' cd-age--overdue' : ''}`} title={waiting.title} data-testid="row-age">
      {density === 'compact' ? (
        <>
          <span aria-hidden="true">{waiting.short}</span>
          <span className="cd-visually-hidden">{waiting.text}</span>
        </>
      ) : (
        waiting.text
      )}
    </span>
  );
  const brigadeLabel = t('row.brigade', { count: copies });
  const brigade = copies > 1 && (
    <button
      type="button"
      className="cd-chip cd-chip--brigade"
      data-testid="brigade-toggle"
      aria-expanded={props.membersOpen ?? false}
      aria-label={density === 'compact' ? brigadeLabel : undefined}
      title={t('row.brigadeTitle', { count: copies })}
      onClick={props.onToggleMembers}
    >
      {density === 'compact' ? `×${copies}` : brigadeLabel}
    </button>
  );
  const handledLabel = copies > 1 ? t('row.markAllHandled', { count: copies }) : t('row.markHandled');
  const dismissLabel = copies > 1 ? t('row.dismissAll', { count: copies }) : t('row.dismiss');
  const reopenLabel = copies > 1 ? t('row.reopenAll', { count: copies }) : t('row.reopen');
  // Compact rows keep the same buttons as symbols; their names stay in full for assistive technology.
  const compact = density === 'compact';
  const button = (testId: string, label: string, symbol: string, status: MentionStatus, primary = false) => (
    <button
      type="button"
      className={`cd-button${primary ? ' cd-button--primary' : ''}${compact ? ' cd-button--icon' : ''}`}
      data-testid={testId}
      disabled={pending}
      aria-label={compact ? label : undefined}
      title={compact ? label : undefined}
      onClick={() => props.onSetStatus(ids, status)}
    >
      {compact ? symbol : label}
    </button>
  );
  const actions = (
    <div className="cd-row__actions" role="group" aria-label={t('row.actionsLabel')}>
      {!compact && isSafeLink(mention.permalink) && (
        <a className="cd-link" href={mention.permalink} target="_blank" rel="noopener noreferrer">
          {t('row.openOriginal')}
        </a>
      )}
      {!compact && <span className="cd-spacer" />}
      {RowActions && <RowActions mention={mention} ids={ids} />}
      {mention.status === 'open' ? (
        <>
          {button('mark-handled', handledLabel, '✓', 'handled', true)}
          {button('dismiss', dismissLabel, '✕', 'dismissed')}
        </>
      ) : (
        button('reopen', reopenLabel, '↺', 'open')
      )}
    </div>
  );

  const common = {
    className: rowClass,
    'data-testid': 'mention-row',
    'data-mention-id': mention.id,
    'data-copies': copies,
    'data-status': mention.status,
    'aria-busy': pending || undefined,
    'aria-labelledby': labelId,
    'aria-posinset': props.position ? props.position.index + 1 : undefined,
    'aria-setsize': props.position?.size,
    tabIndex: focused ? 0 : -1,
    onFocus: (e: React.FocusEvent) => {
      if (e.target === e.currentTarget || !focused) props.onFocusRow?.();
    },
  };

  if (compact) {
    return (
      <article {...common}>
        <div className="cd-row__line">
          {select}
          <span className={`cd-badge cd-badge--${mention.platform}`}>{t(`platform.${mention.platform}`)}</span>
          {mention.rating !== undefined && <Stars rating={mention.rating} />}
          <span className="cd-row__who" id={labelId}>
            {mention.authorName || (mention.authorHandle ? `@${mention.authorHandle.replace(/^@/, '')}` : t('row.unknownAuthor'))}
          </span>
          {categories[0] && <span className="cd-chip cd-chip--complaint">{t(`complaint.${categories[0]}`)}</span>}
          {brigade}
          {RowBadges && <RowBadges mention={mention} />}
          <span className="cd-spacer" />
          {age}
          {actions}
        </div>
        <p className="cd-row__text cd-row__text--line" lang={langAttr(mention)}>
          {mention.title ? `${mention.title} · ${mention.text}` : mention.text}
        </p>
        {props.membersOpen && props.members}
      </article>
    );
  }

  return (
    <article {...common}>
      <div className="cd-row__meta">
        {select}
        <MentionMeta mention={mention} now={now} />
        {props.showPriority && targetMs !== undefined && <PriorityChip mention={mention} now={now} targetMs={targetMs} />}
        {RowBadges && <RowBadges mention={mention} />}
        {age}
      </div>
      <MentionAuthor mention={mention} id={labelId} />
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
      {(categories.length > 0 || mention.watchMatches.length > 0 || brigade) && (
        <div className="cd-row__chips">
          {categories.map((c) => (
            <span key={c} className="cd-chip cd-chip--complaint">
              {t(`complaint.${c}`)}
            </span>
          ))}
          {mention.watchMatches.length > 0 && <span className="cd-chip cd-chip--watch">{t('row.watchMatches', { terms: list(mention.watchMatches) })}</span>}
          {brigade}
        </div>
      )}
      <ProductLine mention={mention} />
      {actions}
      {props.membersOpen && props.members}
    </article>
  );
});

/** The `lang` attribute helps screen readers and CJK font selection; 'und' says nothing. */
function langAttr(mention: StoredMention): string | undefined {
  return mention.analysis.lang === 'und' ? undefined : mention.analysis.lang;
}
