/**
 * The first screen, saved beside the digest (`inbox-cache`, key `first-screen`): the head of the
 * last list the panel showed (its rows' ids, counts, facet counts) for the query it showed. A
 * panel that opens again with the same query shows these rows at once, reading just them from
 * the store (so their content and status are current), while the whole digest loads; then the
 * list is the digest's. A few kilobytes instead of a few megabytes: the first page of a 50,000
 * mention inbox does not wait for Chromium to read the whole digest.
 */
import { z } from 'zod';
import { STATUSES } from './digest.ts';
import type { ListItem, QueryResult } from './query.ts';

export const FIRST_SCREEN_KEY = 'first-screen';
/** Rows kept: two screens of compact rows. */
export const FIRST_SCREEN_ROWS = 40;
/** Ids kept per row (a campaign of thousands is still one row). */
const IDS_PER_ROW = 2_000;

const count = z.number().int().min(0);

export const FirstScreenSchema = z.object({
  key: z.literal(FIRST_SCREEN_KEY),
  savedAt: z.number(),
  /** The query (and focus) the list was for, as the view keys it. */
  queryKey: z.string().max(20_000),
  items: z.array(z.object({ key: z.string().max(200), ids: z.array(z.string().max(200)).min(1).max(IDS_PER_ROW) })).max(FIRST_SCREEN_ROWS),
  total: count,
  statuses: z.object(Object.fromEntries(STATUSES.map((s) => [s, count])) as Record<(typeof STATUSES)[number], typeof count>),
  facets: z.record(z.string().max(40), z.record(z.string().max(200), count)),
});
export type FirstScreen = z.infer<typeof FirstScreenSchema>;

export function firstScreenOf(queryKey: string, result: QueryResult, savedAt: number): FirstScreen {
  return {
    key: FIRST_SCREEN_KEY,
    savedAt,
    queryKey,
    items: result.items.slice(0, FIRST_SCREEN_ROWS).map((i): ListItem => ({ key: i.key, ids: i.ids.slice(0, IDS_PER_ROW) })),
    total: result.total,
    statuses: result.statuses,
    facets: result.facets,
  };
}

/** The saved head as a query result (marked `preview`: the view replaces it with the digest's). */
export function previewResult(screen: FirstScreen): QueryResult {
  return { items: screen.items, total: screen.total, statuses: screen.statuses, facets: screen.facets, version: -1, preview: true };
}
