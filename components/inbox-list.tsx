/**
 * The virtualised inbox: only the rows on screen (plus a few) are in the DOM, so scrolling
 * through tens of thousands of mentions stays smooth. Rows have different heights (text length,
 * Amazon extras, an opened brigade), so each rendered row is measured (TanStack Virtual's dynamic
 * example). Full rows are fetched for what is rendered (`ensureRows`); until one arrives its place
 * shows a quiet placeholder of the same size.
 *
 * It is a feed (WAI-ARIA feed pattern): rows are focusable articles; the view moves the keyboard's
 * row with j/k and this list brings it into view (`InboxListHandle.focusKey`).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { ListItem } from '../lib/inbox/query.ts';
import type { Density } from '../lib/inbox/view-state.ts';
import type { MentionStatus, StoredMention } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';
import { BrigadeMembers } from './inbox-brigade.tsx';
import { MentionRow } from './mention-row.tsx';

/** A typical row at 360 px wide: comfortable (meta, author, three lines, buttons), compact. */
const ESTIMATED_ROW_PX: Record<Density, number> = { comfortable: 170, compact: 52 };

export interface ScrollAnchor {
  /** The first row on screen. */
  key: string;
  /** How far it is scrolled past its top (px). */
  offset: number;
}

export interface InboxListHandle {
  /** Scroll `key` into view and give it the keyboard focus. */
  focusKey(key: string): void;
  scrollToTop(): void;
  /** Open or close a brigade's copies, or show a long text in full. */
  toggleOpen(key: string): void;
  restore(anchor: ScrollAnchor): void;
  anchor(): ScrollAnchor | undefined;
}

export interface InboxListProps {
  items: readonly ListItem[];
  rowOf(id: string): StoredMention | undefined;
  ensureRows(ids: readonly string[]): void;
  now: number;
  targetMs: number;
  density: Density;
  label: string;
  showPriority: boolean;
  focusedKey?: string;
  onFocusKey(key: string): void;
  selection: ReadonlySet<string>;
  onToggleSelected(ids: readonly string[]): void;
  pendingIds: ReadonlySet<string>;
  onSetStatus(ids: readonly string[], status: MentionStatus): void;
  onScrollAnchor?(anchor: ScrollAnchor): void;
  handleRef?: Ref<InboxListHandle>;
}

export function InboxList(props: InboxListProps) {
  const { items, rowOf, ensureRows, density, focusedKey, selection, pendingIds } = props;
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (set: typeof setExpanded) => (id: string) =>
    set((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const toggleExpanded = useCallback((id: string) => toggle(setExpanded)(id), []);
  const toggleMembers = useCallback((key: string) => toggle(setOpen)(key), []);

  // This build has no React Compiler, so the rule's concern (memoised stale functions) does not
  // apply; rows get plain props and the virtualiser re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX[density],
    overscan: 6,
    getItemKey: (index) => items[index]?.key ?? index,
  });
  const virtualItems = virtualizer.getVirtualItems();

  // Full rows for what is rendered (and for opened brigades' first copies).
  const first = virtualItems[0]?.index ?? 0;
  const last = virtualItems.at(-1)?.index ?? -1;
  useEffect(() => {
    const ids: string[] = [];
    for (let i = first; i <= last; i++) {
      const item = items[i];
      if (!item) continue;
      ids.push(item.key);
      if (open.has(item.key)) ids.push(...item.ids.slice(0, 100));
    }
    ensureRows(ids);
  }, [first, last, items, open, ensureRows]);

  const anchor = useCallback((): ScrollAnchor | undefined => {
    const el = scrollRef.current;
    if (!el) return undefined;
    const top = el.scrollTop;
    const v = virtualizer.getVirtualItems().find((vi) => vi.end > top);
    const item = v && items[v.index];
    return item && v ? { key: item.key, offset: Math.max(0, top - v.start) } : undefined;
  }, [virtualizer, items]);

  const rowElement = (key: string) => scrollRef.current?.querySelector<HTMLElement>(`[data-item-key="${CSS.escape(key)}"] > article`) ?? undefined;
  // One pending programmatic focus at a time: a stale one (j j k pressed fast) must never land
  // after a newer one and pull the keyboard's row back.
  const pendingFocus = useRef<number | undefined>(undefined);

  useImperativeHandle(
    props.handleRef,
    () => ({
      focusKey(key) {
        const index = items.findIndex((i) => i.key === key);
        if (index < 0) return;
        if (pendingFocus.current !== undefined) cancelAnimationFrame(pendingFocus.current);
        pendingFocus.current = undefined;
        virtualizer.scrollToIndex(index, { align: 'auto' });
        const el = rowElement(key);
        if (el) {
          el.focus({ preventScroll: true });
          return;
        }
        // Not rendered yet: after the virtualiser has drawn it.
        pendingFocus.current = requestAnimationFrame(() => {
          pendingFocus.current = undefined;
          rowElement(key)?.focus({ preventScroll: true });
        });
      },
      scrollToTop() {
        virtualizer.scrollToOffset(0);
      },
      toggleOpen(key) {
        const item = items.find((i) => i.key === key);
        if (!item) return;
        if (item.ids.length > 1) toggleMembers(key);
        else toggleExpanded(key);
      },
      restore(a) {
        const index = items.findIndex((i) => i.key === a.key);
        if (index < 0) return;
        virtualizer.scrollToIndex(index, { align: 'start' });
        requestAnimationFrame(() => {
          if (scrollRef.current) scrollRef.current.scrollTop += a.offset;
        });
      },
      anchor,
    }),
    [items, virtualizer, anchor, toggleMembers, toggleExpanded],
  );

  const { onScrollAnchor } = props;
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || !onScrollAnchor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const a = anchor();
        if (a) onScrollAnchor(a);
      }, 200);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      el.removeEventListener('scroll', onScroll);
    };
  }, [anchor, onScrollAnchor]);

  return (
    <div ref={scrollRef} className="cd-list" role="feed" aria-label={props.label} data-testid="inbox-list" data-density={density}>
      <div className="cd-list__sizer" style={{ height: virtualizer.getTotalSize() }}>
        <div className="cd-list__window" style={{ transform: `translateY(${virtualItems[0]?.start ?? 0}px)` }}>
          {virtualItems.map((virtualRow) => {
            const item = items[virtualRow.index]!;
            const mention = rowOf(item.key);
            const selected = item.ids.every((id) => selection.has(id));
            return (
              <div key={virtualRow.key} data-index={virtualRow.index} data-item-key={item.key} ref={virtualizer.measureElement}>
                {mention ? (
                  <MentionRow
                    mention={mention}
                    ids={item.ids}
                    now={props.now}
                    targetMs={props.targetMs}
                    density={density}
                    pending={item.ids.some((id) => pendingIds.has(id))}
                    expanded={expanded.has(item.key)}
                    onToggleExpanded={toggleExpanded}
                    membersOpen={open.has(item.key)}
                    onToggleMembers={() => toggleMembers(item.key)}
                    members={open.has(item.key) ? <BrigadeMembers ids={item.ids} rowOf={rowOf} now={props.now} /> : undefined}
                    selected={selected}
                    onToggleSelected={props.onToggleSelected}
                    focused={item.key === focusedKey}
                    onFocusRow={() => props.onFocusKey(item.key)}
                    showPriority={props.showPriority}
                    onSetStatus={props.onSetStatus}
                    position={{ index: virtualRow.index, size: items.length }}
                  />
                ) : (
                  <div className={`cd-row cd-row--placeholder${density === 'compact' ? ' cd-row--compact' : ''}`} aria-hidden="true" style={{ height: ESTIMATED_ROW_PX[density] }}>
                    <span className="cd-muted">{t('inbox.loading')}</span>
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
