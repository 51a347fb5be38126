/**
 * The shape of the `crisis-desk` database: the `mentions` store and its indexes (below), plus the
 * surge-alert stores of migrations 3 and 4 (see alert-stores.ts), the `decided` tombstones of
 * migration 5, the side panel's `inbox-cache` of migration 6, and the incidents and templates of
 * migration 7.
 *
 * The inbox asks "flagged (or everything), optionally one platform / language / status, newest
 * first". Each combination of optional filters has its own compound index whose key is
 * `[flagged, …filters, sortAt, id]`, so a page is one bounded range walked backwards with a
 * cursor and a count is one `count(range)`, at any store size. `id` ends the key so a page
 * cursor (`sortAt`, `id`) is an exact, exclusive bound even when many mentions share a second.
 */
import type { DBSchema } from 'idb';
import type { DigestSnapshot } from '../inbox/digest.ts';
import type { FirstScreen } from '../inbox/first-screen.ts';
import type { StoredIncident } from '../incident/schema.ts';
import type { StoredTemplate } from '../templates/stored.ts';
import type { Alert, Decided, StoredMention, SurgeBucketRow, SurgePending, SurgeScopeState } from '../schema.ts';

export const MENTIONS_STORE = 'mentions';

/** Single-field indexes (migration 1). Other features (surges, exports) may range over these. */
export const BASIC_INDEXES = {
  sortAt: 'sortAt',
  platform: 'platform',
  lang: 'analysis.lang',
  label: 'analysis.sentiment.label',
  status: 'status',
  flagged: 'flagged',
} as const;

/** The optional inbox filters, in the order they appear inside compound keys. */
export const INBOX_DIMENSIONS = ['platform', 'lang', 'status'] as const;
export type InboxDimension = (typeof INBOX_DIMENSIONS)[number];

const DIMENSION_KEY_PATH: Record<InboxDimension, string> = {
  platform: 'platform',
  lang: 'analysis.lang',
  status: 'status',
};

export type InboxIndexName =
  | 'inbox'
  | 'inbox-platform'
  | 'inbox-lang'
  | 'inbox-status'
  | 'inbox-platform-lang'
  | 'inbox-platform-status'
  | 'inbox-lang-status'
  | 'inbox-platform-lang-status';

/** The compound index serving exactly this set of fixed filters. */
export function inboxIndexName(fixed: ReadonlySet<InboxDimension>): InboxIndexName {
  const parts = INBOX_DIMENSIONS.filter((d) => fixed.has(d));
  return ['inbox', ...parts].join('-') as InboxIndexName;
}

export function inboxIndexKeyPath(fixed: ReadonlySet<InboxDimension>): string[] {
  return ['flagged', ...INBOX_DIMENSIONS.filter((d) => fixed.has(d)).map((d) => DIMENSION_KEY_PATH[d]), 'sortAt', 'id'];
}

/** Every subset of the inbox dimensions (2^3 = 8), i.e. every compound index migration 2 makes. */
export function allInboxDimensionSets(): Set<InboxDimension>[] {
  const sets: Set<InboxDimension>[] = [];
  for (let mask = 0; mask < 1 << INBOX_DIMENSIONS.length; mask++) {
    sets.push(new Set(INBOX_DIMENSIONS.filter((_, i) => mask & (1 << i))));
  }
  return sets;
}

type InboxKey = [number, ...string[]];

export interface CrisisDeskSchema extends DBSchema {
  mentions: {
    key: string;
    /** What we write. Reads are parsed with StoredMentionSchema anyway: a row written by an
     * older version (or damaged) may not match this type. */
    value: StoredMention;
    indexes: {
      sortAt: string;
      platform: string;
      lang: string;
      label: string;
      status: string;
      flagged: number;
      /** Migration 5: [flagged, status, activityAt], what retention ranges over. */
      retention: [number, string, string];
    } & Record<InboxIndexName, InboxKey>;
  };
  /** Migration 3: Alert records. */
  alerts: { key: string; value: Alert; indexes: { scope: string; startedAt: string } };
  /** Migration 3: per-scope counting + detector state. */
  'surge-scopes': { key: string; value: SurgeScopeState };
  /** Migration 3: closed buckets for the chart, key [scope, start]. */
  'surge-buckets': { key: [string, number]; value: SurgeBucketRow; indexes: { start: number } };
  /** Migration 4: mentions stored but not yet counted into surge scopes. */
  'surge-pending': { key: string; value: SurgePending };
  /** Migration 5: tombstones of decided mentions whose rows were pruned (decided.ts). */
  decided: { key: string; value: Decided; indexes: { at: string } };
  /** Migration 6: the side panel's inbox digest and its first screen (inbox-cache.ts). */
  'inbox-cache': { key: string; value: DigestSnapshot | FirstScreen };
  /** Migration 7: incidents (issue 11; incidents.ts). Reads are parsed: a damaged row is skipped. */
  incidents: { key: string; value: StoredIncident };
  /** Migration 7: local reply templates (issue 11; incidents.ts). */
  templates: { key: string; value: StoredTemplate };
}
