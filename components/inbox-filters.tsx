/**
 * Platform, language and status pickers with their counts. Languages come from the facets of
 * what is actually stored, so the list never offers a language with nothing in it (except the
 * one currently chosen, which stays selectable).
 */
import { MentionStatusSchema, PlatformSchema, type MentionStatus, type Platform } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';

export interface InboxViewFilter {
  platform?: Platform;
  lang?: string;
  status: MentionStatus | 'all';
}

export const DEFAULT_VIEW_FILTER: InboxViewFilter = { status: 'open' };

export interface FilterFacets {
  platforms: Record<string, number>;
  langs: Record<string, number>;
  statuses: Record<MentionStatus, number>;
  total: number;
}

export interface InboxFiltersProps {
  filter: InboxViewFilter;
  facets?: FilterFacets;
  onChange(filter: InboxViewFilter): void;
}

const STATUS_VALUES = [...MentionStatusSchema.options, 'all'] as const;

function isStatus(value: string): value is InboxViewFilter['status'] {
  return (STATUS_VALUES as readonly string[]).includes(value);
}

export function InboxFilters({ filter, facets, onChange }: InboxFiltersProps) {
  const { t, languageName } = useI18n();
  const withCount = (label: string, count: number | undefined) =>
    count === undefined ? label : t('filter.withCount', { label, count });

  const langCounts = facets?.langs ?? {};
  const langs = Object.keys(langCounts).sort((a, b) => (langCounts[b] ?? 0) - (langCounts[a] ?? 0) || a.localeCompare(b));
  if (filter.lang && !langs.includes(filter.lang)) langs.push(filter.lang);

  return (
    <div className="cd-filters">
      <label className="cd-field">
        <span className="cd-field__label">{t('filter.status')}</span>
        <select
          data-testid="filter-status"
          value={filter.status}
          onChange={(e) => isStatus(e.target.value) && onChange({ ...filter, status: e.target.value })}
        >
          {STATUS_VALUES.map((s) => (
            <option key={s} value={s}>
              {withCount(t(`status.${s}`), s === 'all' ? facets?.total : facets?.statuses[s])}
            </option>
          ))}
        </select>
      </label>
      <label className="cd-field">
        <span className="cd-field__label">{t('filter.platform')}</span>
        <select
          data-testid="filter-platform"
          value={filter.platform ?? ''}
          onChange={(e) => {
            const parsed = PlatformSchema.safeParse(e.target.value);
            onChange({ ...filter, platform: parsed.success ? parsed.data : undefined });
          }}
        >
          <option value="">{t('filter.platformAll')}</option>
          {PlatformSchema.options.map((p) => (
            <option key={p} value={p}>
              {withCount(t(`platform.${p}`), facets ? (facets.platforms[p] ?? 0) : undefined)}
            </option>
          ))}
        </select>
      </label>
      <label className="cd-field">
        <span className="cd-field__label">{t('filter.lang')}</span>
        <select
          data-testid="filter-lang"
          value={filter.lang ?? ''}
          onChange={(e) => onChange({ ...filter, lang: e.target.value || undefined })}
        >
          <option value="">{t('filter.langAll')}</option>
          {langs.map((code) => (
            <option key={code} value={code}>
              {withCount(languageName(code), langCounts[code] ?? 0)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
