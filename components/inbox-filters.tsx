/**
 * The filter menu (facets with counts, and the posting-date range) and the chips of what is
 * active. Counts come from the query (lib/inbox/query.ts): each says how many mentions choosing
 * that value would show under the other filters, so no value promises rows it cannot show.
 * The menu is a disclosure panel below the toolbar, full width and scrolling on its own, so it
 * is never cut off in a 320 px panel.
 */
import { useId, useState } from 'react';
import { CATEGORIES, PLATFORMS } from '../lib/inbox/digest.ts';
import { BUILTIN_FACETS, DatePresetSchema, NONE, type DateRange, type FacetCounts, type InboxQuery } from '../lib/inbox/query.ts';
import { useI18n } from './i18n-context.tsx';
import { useInboxExtensions } from './inbox-extensions.tsx';

type Translator = ReturnType<typeof useI18n>;

/** How many product values show before "Show all". */
const PRODUCTS_SHOWN = 8;

const FACET_LABEL = {
  platform: 'facet.platform',
  lang: 'facet.lang',
  category: 'facet.category',
  rating: 'facet.rating',
  product: 'facet.product',
  watch: 'facet.watch',
} as const;

/** The facet value's name in the UI language. */
export function useFacetValueLabel(): (facet: string, value: string) => string {
  const tr = useI18n();
  const ext = useInboxExtensions();
  return (facet, value) => valueLabel(tr, facet, value, ext.facets);
}

function valueLabel(tr: Translator, facet: string, value: string, extra: ReturnType<typeof useInboxExtensions>['facets']): string {
  const { t, languageName } = tr;
  switch (facet) {
    case 'platform':
      return value === 'x' || value === 'amazon' ? t(`platform.${value}`) : value;
    case 'lang':
      return languageName(value);
    case 'category': {
      const c = CATEGORIES.find((k) => k === value);
      return c ? t(`complaint.${c}`) : t('facet.category.none');
    }
    case 'rating':
      return value === NONE ? t('facet.rating.none') : t('facet.rating.stars', { count: Number(value) });
    case 'product':
      return value === NONE ? t('facet.product.none') : value;
    case 'watch':
      return value === 'yes' ? t('facet.watch.yes') : t('facet.watch.no');
    default:
      return extra?.[facet]?.valueLabel?.(value) ?? value;
  }
}

function orderedValues(facet: string, counts: Record<string, number>): string[] {
  const present = Object.keys(counts);
  const fixed = (order: readonly string[]) => order.filter((v) => present.includes(v));
  switch (facet) {
    case 'platform':
      return fixed(PLATFORMS);
    case 'category':
      return fixed([...CATEGORIES, NONE]);
    case 'rating':
      return fixed(['1', '2', '3', '4', '5', NONE]);
    case 'watch':
      return fixed(['yes', 'no']);
    default:
      return present.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b));
  }
}

export interface InboxFilterSheetProps {
  query: InboxQuery;
  facets?: FacetCounts;
  now: number;
  onQuery(change: (q: InboxQuery) => InboxQuery): void;
  onClose(): void;
}

function toggleValue(q: InboxQuery, facet: string, value: string): InboxQuery {
  const current = q.facets[facet] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const facets = { ...q.facets };
  if (next.length) facets[facet] = next;
  else delete facets[facet];
  return { ...q, facets };
}

/** `YYYY-MM-DD` of a local date, for <input type="date">. */
function dayString(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
function parseDay(s: string, endOfDay: boolean): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + (endOfDay ? 1 : 0)).getTime();
}

export function InboxFilterSheet({ query, facets, onQuery, onClose }: InboxFilterSheetProps) {
  const tr = useI18n();
  const { t } = tr;
  const ext = useInboxExtensions();
  const id = useId();
  const [allProducts, setAllProducts] = useState(false);
  const facetIds = [...BUILTIN_FACETS, ...Object.keys(facets ?? {}).filter((f) => !(BUILTIN_FACETS as readonly string[]).includes(f))];
  const range = query.range;
  const preset = !range ? 'any' : 'preset' in range ? range.preset : 'custom';
  const setRange = (r: DateRange | undefined) => onQuery((q) => ({ ...q, range: r }));

  return (
    <div className="cd-filter-sheet" id="cd-filter-sheet" data-testid="filter-sheet" role="region" aria-labelledby={`${id}-title`}>
      <div className="cd-filter-sheet__head">
        <h2 className="cd-filter-sheet__title" id={`${id}-title`}>
          {t('filter.title')}
        </h2>
        <button type="button" className="cd-button cd-button--primary" data-testid="filters-done" onClick={onClose}>
          {t('filter.done')}
        </button>
      </div>
      {facetIds.map((facet) => {
        const counts = facets?.[facet] ?? {};
        let values = orderedValues(facet, counts);
        if (values.length === 0) return null;
        const chosen = query.facets[facet] ?? [];
        const capped = facet === 'product' && !allProducts && values.length > PRODUCTS_SHOWN;
        if (capped) values = [...values.slice(0, PRODUCTS_SHOWN), ...chosen.filter((v) => !values.slice(0, PRODUCTS_SHOWN).includes(v))];
        const label = facet in FACET_LABEL ? t(FACET_LABEL[facet as keyof typeof FACET_LABEL]) : (ext.facets?.[facet]?.label ?? facet);
        return (
          <fieldset key={facet} className="cd-facet" data-facet={facet}>
            <legend className="cd-facet__legend">{label}</legend>
            {values.map((value) => (
              <label key={value} className="cd-check">
                <input
                  type="checkbox"
                  data-testid={`facet-${facet}-${value}`}
                  checked={chosen.includes(value)}
                  onChange={() => onQuery((q) => toggleValue(q, facet, value))}
                />
                <span>{t('filter.withCount', { label: valueLabel(tr, facet, value, ext.facets), count: counts[value] ?? 0 })}</span>
              </label>
            ))}
            {capped && (
              <button type="button" className="cd-link-button" onClick={() => setAllProducts(true)}>
                {t('facet.showAll', { count: Object.keys(counts).length })}
              </button>
            )}
          </fieldset>
        );
      })}
      <fieldset className="cd-facet" data-facet="date">
        <legend className="cd-facet__legend">{t('facet.date')}</legend>
        {(['any', ...DatePresetSchema.options, 'custom'] as const).map((p) => (
          <label key={p} className="cd-check">
            <input
              type="radio"
              name={`${id}-date`}
              data-testid={`facet-date-${p}`}
              checked={preset === p}
              onChange={() => {
                if (p === 'any') setRange(undefined);
                else if (p === 'custom') setRange({});
                else setRange({ preset: p });
              }}
            />
            <span>{t(`facet.date.${p}`)}</span>
          </label>
        ))}
        {range && !('preset' in range) && (
          <div className="cd-facet__dates">
            <label className="cd-field">
              <span className="cd-field__label">{t('facet.date.from')}</span>
              <input
                type="date"
                value={range.from !== undefined ? dayString(range.from) : ''}
                onChange={(e) => setRange({ ...range, from: parseDay(e.target.value, false) })}
              />
            </label>
            <label className="cd-field">
              <span className="cd-field__label">{t('facet.date.to')}</span>
              <input
                type="date"
                value={range.to !== undefined ? dayString(range.to - 1) : ''}
                onChange={(e) => setRange({ ...range, to: parseDay(e.target.value, true) })}
              />
            </label>
          </div>
        )}
      </fieldset>
    </div>
  );
}

/** How many filters are active (facet values, a date range), for the toolbar's button. */
export function activeFilterCount(q: InboxQuery): number {
  const values = Object.values(q.facets).reduce((n, v) => n + v.length, 0);
  const range = q.range && ('preset' in q.range || q.range.from !== undefined || q.range.to !== undefined) ? 1 : 0;
  return values + range;
}

export function InboxChips({ query, onQuery }: { query: InboxQuery; onQuery(change: (q: InboxQuery) => InboxQuery): void }) {
  const tr = useI18n();
  const { t, dateTime } = tr;
  const label = useFacetValueLabel();
  const chips: { key: string; text: string; remove(q: InboxQuery): InboxQuery }[] = [];
  for (const [facet, values] of Object.entries(query.facets)) {
    for (const value of values) chips.push({ key: `${facet}:${value}`, text: label(facet, value), remove: (q) => toggleValue(q, facet, value) });
  }
  const r = query.range;
  if (r) {
    const day = (ms: number) => dateTime(new Date(ms).toISOString());
    let text: string | undefined;
    if ('preset' in r) text = t(`facet.date.${r.preset}`);
    else if (r.from !== undefined && r.to !== undefined) text = t('facet.date.chip', { from: day(r.from), to: day(r.to) });
    else if (r.from !== undefined) text = t('facet.date.since', { from: day(r.from) });
    else if (r.to !== undefined) text = t('facet.date.until', { to: day(r.to) });
    if (text) chips.push({ key: 'date', text, remove: (q) => ({ ...q, range: undefined }) });
  }
  if (chips.length === 0) return null;
  return (
    <div className="cd-chips" role="group" aria-label={t('filter.active')} data-testid="filter-chips">
      {chips.map((c) => (
        <span key={c.key} className="cd-chip cd-chip--filter">
          {c.text}
          <button type="button" className="cd-chip__remove" aria-label={t('filter.chipRemove', { label: c.text })} onClick={() => onQuery(c.remove)}>
            ×
          </button>
        </span>
      ))}
      {chips.length > 1 && (
        <button type="button" className="cd-link-button" onClick={() => onQuery((q) => ({ ...q, facets: {}, range: undefined }))}>
          {t('filter.clearAll')}
        </button>
      )}
    </div>
  );
}
