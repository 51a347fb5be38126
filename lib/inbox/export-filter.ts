/**
 * What the manager's Export (issue 12) should take from the inbox: exactly the mentions the
 * inbox's query matches now (facets, search, focus included), described in the shape of the
 * export's filter (lib/export/filter.ts ExportFilter on main: status, time range, one platform or
 * language, and a `predicate`). The status, time range and single platform / language let the
 * export's reader use its indexes; the predicate keeps the rest exact.
 */
import type { MentionStatus, Platform } from '../schema.ts';
import { rangeBounds, type InboxQuery, type QueryResult } from './query.ts';

export interface InboxExportFilter {
  flaggedOnly: true;
  status: MentionStatus | 'all';
  platform?: Platform;
  lang?: string;
  from?: string;
  to?: string;
  predicate(row: { id: string }): boolean;
}

export function exportFilterOf(query: InboxQuery, result: Pick<QueryResult, 'items'>, now: number): InboxExportFilter {
  const ids = new Set(result.items.flatMap((i) => i.ids));
  const out: InboxExportFilter = { flaggedOnly: true, status: query.status, predicate: (row) => ids.has(row.id) };
  const platforms = query.facets.platform ?? [];
  if (platforms.length === 1 && (platforms[0] === 'x' || platforms[0] === 'amazon')) out.platform = platforms[0];
  const langs = query.facets.lang ?? [];
  if (langs.length === 1) out.lang = langs[0];
  const { from, to } = rangeBounds(query.range, now);
  if (Number.isFinite(from)) out.from = new Date(from).toISOString();
  if (Number.isFinite(to)) out.to = new Date(to).toISOString();
  return out;
}
