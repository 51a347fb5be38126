/**
 * The inbox's controls: search (`/`), status with counts, sort, the filter menu, density and the
 * shortcut list. Wraps onto two lines in a narrow panel (Chrome's minimum is 320 px).
 */
import { useEffect, useId, useState, type Ref } from 'react';
import { MentionStatusSchema } from '../lib/schema.ts';
import { InboxSortSchema, type InboxQuery, type InboxSort } from '../lib/inbox/query.ts';
import type { Density } from '../lib/inbox/view-state.ts';
import { useI18n } from './i18n-context.tsx';

export interface InboxToolbarProps {
  query: InboxQuery;
  statuses?: Record<'open' | 'handled' | 'dismissed', number>;
  onQuery(change: (q: InboxQuery) => InboxQuery): void;
  density: Density;
  onDensity(d: Density): void;
  filtersOpen: boolean;
  activeFilters: number;
  onToggleFilters(): void;
  onHelp(): void;
  searchRef?: Ref<HTMLInputElement>;
  /** Search keystrokes wait this long before the list changes (typing stays smooth). */
  searchDelayMs?: number;
}

const STATUS_VALUES = [...MentionStatusSchema.options, 'all'] as const;
type StatusValue = (typeof STATUS_VALUES)[number];
const isStatus = (v: string): v is StatusValue => (STATUS_VALUES as readonly string[]).includes(v);
const isSort = (v: string): v is InboxSort => InboxSortSchema.safeParse(v).success;

export function InboxToolbar({
  query,
  statuses,
  onQuery,
  density,
  onDensity,
  filtersOpen,
  activeFilters,
  onToggleFilters,
  onHelp,
  searchRef,
  searchDelayMs = 120,
}: InboxToolbarProps) {
  const { t } = useI18n();
  const searchId = useId();
  const [text, setText] = useState(query.search);
  const [synced, setSynced] = useState(query.search);
  // The query changed from elsewhere (cleared by a chip, restored): show it.
  if (synced !== query.search) {
    setSynced(query.search);
    setText(query.search);
  }
  useEffect(() => {
    if (text === query.search) return;
    const id = setTimeout(() => onQuery((q) => ({ ...q, search: text })), searchDelayMs);
    return () => clearTimeout(id);
  }, [text, query.search, onQuery, searchDelayMs]);

  const total = statuses ? statuses.open + statuses.handled + statuses.dismissed : undefined;
  const withCount = (label: string, count: number | undefined) => (count === undefined ? label : t('filter.withCount', { label, count }));

  return (
    <div className="cd-toolbar" role="search" aria-label={t('inbox.toolbar')}>
      <div className="cd-toolbar__search">
        <label htmlFor={searchId} className="cd-visually-hidden">
          {t('inbox.search')}
        </label>
        <input
          ref={searchRef}
          id={searchId}
          type="search"
          className="cd-search"
          data-testid="inbox-search"
          placeholder={t('inbox.searchPlaceholder')}
          aria-keyshortcuts="/"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onQuery((q) => ({ ...q, search: text }));
          }}
        />
      </div>
      <div className="cd-toolbar__row">
        <label className="cd-inline-field">
          <span className="cd-visually-hidden">{t('filter.status')}</span>
          <select
            data-testid="filter-status"
            value={query.status}
            onChange={(e) => {
              const v = e.target.value;
              if (isStatus(v)) onQuery((q) => ({ ...q, status: v }));
            }}
          >
            {STATUS_VALUES.map((s) => (
              <option key={s} value={s}>
                {withCount(t(`status.${s}`), s === 'all' ? total : statuses?.[s])}
              </option>
            ))}
          </select>
        </label>
        <label className="cd-inline-field">
          <span className="cd-visually-hidden">{t('inbox.sort')}</span>
          <select
            data-testid="inbox-sort"
            value={query.sort}
            onChange={(e) => {
              const v = e.target.value;
              if (isSort(v)) onQuery((q) => ({ ...q, sort: v }));
            }}
          >
            {InboxSortSchema.options.map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className={`cd-button${activeFilters ? ' cd-button--active' : ''}`}
          data-testid="filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="cd-filter-sheet"
          onClick={onToggleFilters}
        >
          {activeFilters ? t('filter.moreCount', { count: activeFilters }) : t('filter.more')}
        </button>
        {/* The two icon buttons wrap together (never "?" alone on a line), at the row's end. */}
        <span className="cd-toolbar__tools">
          <button
            type="button"
            className="cd-button cd-button--quiet cd-button--icon"
            data-testid="density-toggle"
            aria-pressed={density === 'compact'}
            aria-label={t('inbox.compact')}
            title={t('inbox.compact')}
            onClick={() => onDensity(density === 'compact' ? 'comfortable' : 'compact')}
          >
            <span aria-hidden="true">☰</span>
          </button>
          <button
            type="button"
            className="cd-button cd-button--quiet cd-button--icon"
            data-testid="shortcuts-open"
            aria-label={t('keys.open')}
            aria-keyshortcuts="?"
            title={t('keys.open')}
            onClick={onHelp}
          >
            <span aria-hidden="true">?</span>
          </button>
        </span>
      </div>
    </div>
  );
}
