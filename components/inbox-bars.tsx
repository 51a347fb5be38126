/**
 * The bars above the list: the "N new" button (arrivals wait here instead of moving the list),
 * the bulk bar of a selection, and the banner of a focus (an alert's mentions, a mention opened
 * from the page).
 */
import { MAX_BULK } from '../lib/schema.ts';
import type { MentionStatus } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';

export function NewMentionsBar({ count, onShow }: { count: number; onShow(): void }) {
  const { t } = useI18n();
  if (count <= 0) return null;
  return (
    <button type="button" className="cd-new-bar" data-testid="new-bar" data-count={count} onClick={onShow}>
      <span aria-hidden="true">↑ </span>
      {t('inbox.newBar', { count })}
    </button>
  );
}

export interface BulkBarProps {
  selected: number;
  /** Every mention shown (checkbox "select every row shown"). */
  shownIds: readonly string[];
  /** Every mention the query matches. */
  matchingIds: readonly string[];
  capped: boolean;
  pending: boolean;
  onSelectAll(ids: readonly string[]): void;
  onClear(): void;
  onSetStatus(status: MentionStatus): void;
}

export function BulkBar(props: BulkBarProps) {
  const { t } = useI18n();
  if (props.selected === 0) return null;
  const allShown = props.shownIds.length > 0 && props.selected >= props.shownIds.length;
  return (
    <div className="cd-bulk" role="region" aria-label={t('bulk.label')} data-testid="bulk-bar">
      <label className="cd-check">
        <input
          type="checkbox"
          data-testid="select-shown"
          checked={allShown}
          ref={(el) => {
            if (el) el.indeterminate = !allShown;
          }}
          onChange={() => (allShown ? props.onClear() : props.onSelectAll(props.shownIds))}
        />
        <span data-testid="bulk-count">{t('bulk.selected', { count: props.selected })}</span>
      </label>
      {props.matchingIds.length > props.selected && (
        <button type="button" className="cd-link-button" data-testid="select-matching" onClick={() => props.onSelectAll(props.matchingIds)}>
          {t('bulk.selectAllMatching', { count: Math.min(props.matchingIds.length, MAX_BULK) })}
        </button>
      )}
      <span className="cd-spacer" />
      <div className="cd-bulk__actions" role="group" aria-label={t('row.actionsLabel')}>
        <button type="button" className="cd-button cd-button--primary" data-testid="bulk-handled" disabled={props.pending} onClick={() => props.onSetStatus('handled')}>
          {t('bulk.handled')}
        </button>
        <button type="button" className="cd-button" data-testid="bulk-dismiss" disabled={props.pending} onClick={() => props.onSetStatus('dismissed')}>
          {t('bulk.dismiss')}
        </button>
        <button type="button" className="cd-button" data-testid="bulk-reopen" disabled={props.pending} onClick={() => props.onSetStatus('open')}>
          {t('bulk.reopen')}
        </button>
        <button type="button" className="cd-button cd-button--quiet" data-testid="bulk-clear" onClick={props.onClear}>
          {t('bulk.clear')}
        </button>
      </div>
      {props.capped && <p className="cd-small cd-muted cd-bulk__note">{t('bulk.capped', { max: MAX_BULK })}</p>}
    </div>
  );
}

export interface FocusBannerProps {
  kind: 'scopes' | 'mention';
  label?: string;
  span?: { from: string; to?: string };
  loading?: boolean;
  onClear(): void;
}

export function FocusBanner({ kind, label, span, loading, onClear }: FocusBannerProps) {
  const { t, dateTime } = useI18n();
  const title = kind === 'mention' ? t('focus.mention') : t('focus.scopes', { label: label ?? '' });
  const when = span && (span.to ? t('focus.span', { from: dateTime(span.from), to: dateTime(span.to) }) : t('focus.spanOpen', { from: dateTime(span.from) }));
  return (
    <div className="cd-focus" role="status" data-testid="inbox-focus" data-kind={kind}>
      <div className="cd-focus__text">
        <strong>{title}</strong>
        {when && <span className="cd-small cd-muted">{when}</span>}
        {loading && <span className="cd-small cd-muted">{t('focus.loading')}</span>}
      </div>
      <button type="button" className="cd-button" data-testid="focus-clear" onClick={onClear}>
        {t('focus.clear')}
      </button>
    </div>
  );
}
