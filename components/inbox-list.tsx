/**
 * The virtualised inbox: only the rows on screen (plus a few) are in the DOM, so scrolling
 * through tens of thousands of stored mentions stays smooth. Rows have different heights
 * (text length, Amazon extras), so each rendered row is measured (TanStack Virtual's dynamic
 * example). Reaching the end asks for the next page.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { MentionStatus, StoredMention } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';
import { MentionRow } from './mention-row.tsx';

/** A typical row (meta, author, three lines of text, buttons) at 360 px wide. */
const ESTIMATED_ROW_PX = 170;
/** Ask for the next page this many rows before the end, so it is usually there in time. */
const PREFETCH_ROWS = 10;

export interface InboxListProps {
  items: readonly StoredMention[];
  now: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore(): void;
  pendingIds: ReadonlySet<string>;
  onSetStatus(id: string, status: MentionStatus): void;
  /** Team workspace (issue 12): what each row shows of the team. */
  rowExtra?(mention: StoredMention): ReactNode;
}

export function InboxList({ items, now, hasMore, loadingMore, onLoadMore, pendingIds, onSetStatus, rowExtra }: InboxListProps) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const toggleExpanded = useCallback((id: string) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  // One extra row at the end shows "Loading more…" while there are more pages.
  const count = items.length + (hasMore ? 1 : 0);
  // This build has no React Compiler, so the rule's concern (memoised stale functions) does not
  // apply; rows get plain props and the virtualiser re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 4,
    getItemKey: (index) => items[index]?.id ?? 'loader',
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= items.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, items.length, onLoadMore]);

  return (
    <div ref={scrollRef} className="cd-list" aria-label={t('inbox.listLabel')} aria-busy={loadingMore}>
      <div className="cd-list__sizer" style={{ height: virtualizer.getTotalSize() }}>
        <div className="cd-list__window" style={{ transform: `translateY(${virtualItems[0]?.start ?? 0}px)` }}>
          {virtualItems.map((virtualRow) => {
            const mention = items[virtualRow.index];
            return (
              <div key={virtualRow.key} data-index={virtualRow.index} ref={virtualizer.measureElement}>
                {mention ? (
                  <MentionRow
                    mention={mention}
                    now={now}
                    pending={pendingIds.has(mention.id)}
                    expanded={expanded.has(mention.id)}
                    onToggleExpanded={toggleExpanded}
                    onSetStatus={onSetStatus}
                    extra={rowExtra?.(mention)}
                  />
                ) : (
                  <p className="cd-list__loader cd-muted" role="status">
                    {t('inbox.loadingMore')}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
