/**
 * Which stored mentions an export takes: any inbox filter. `ExportFilter` has the inbox's own
 * fields (lib/db/mentions.ts InboxFilter: flagged only, platform, language, status), so the view's
 * current filter passes straight in, plus a time range, the sentiment label, incident and agent,
 * and `predicate` for any filter the inbox adds later: map a new field to a predicate and the
 * export follows it without changing here. The row is an `ExportRow` (lib/schema.ts): the fields
 * an export reads; a predicate that needs another stored field adds it to ExportRowSchema.
 *
 * The IndexedDB reader (lib/db/export-pages.ts) serves flagged / platform / language / status and
 * the time range from a compound index; `matchesExportFilter` checks every field again on each
 * row (cheap), so the result never depends on which index was used.
 */
import type { ExportExtras, ExportRow, MentionStatus, Platform, SentimentLabel } from '../schema.ts';

export interface ExportFilter {
  /** Default true: only flagged mentions (the inbox). False: flagged and unflagged. */
  flaggedOnly?: boolean;
  platform?: Platform;
  lang?: string;
  /** Undefined or 'all': every status. */
  status?: MentionStatus | 'all';
  /** Posted time (capture time when the page did not say: the row's `sortAt`) from this instant,
   * inclusive, ISO 8601 UTC. */
  from?: string;
  /** ... up to this instant, exclusive. */
  to?: string;
  label?: SentimentLabel;
  /** Team workspace (incident id, agent name): compared with the extras lookup's answer. */
  incident?: string;
  agent?: string;
  /** Any further condition; rows for which it returns false are left out. */
  predicate?: (row: ExportRow, extras: ExportExtras) => boolean;
}

export function matchesExportFilter(row: ExportRow, extras: ExportExtras, f: ExportFilter): boolean {
  if (f.flaggedOnly !== false && row.flagged !== 1) return false;
  if (f.platform !== undefined && row.platform !== f.platform) return false;
  if (f.lang !== undefined && row.analysis.lang !== f.lang) return false;
  if (f.status !== undefined && f.status !== 'all' && row.status !== f.status) return false;
  if (f.from !== undefined && row.sortAt < f.from) return false;
  if (f.to !== undefined && row.sortAt >= f.to) return false;
  if (f.label !== undefined && row.analysis.sentiment.label !== f.label) return false;
  if (f.incident !== undefined && extras.incident !== f.incident) return false;
  if (f.agent !== undefined && extras.agent !== f.agent) return false;
  return f.predicate === undefined || f.predicate(row, extras);
}
