/**
 * The inbox query: filters, facets, search, sort and brigade grouping over the digest, in one
 * pass. Facet counts are "disjunctive" (as in every faceted search UI): the count next to a value
 * says how many mentions the list would show if that value were chosen, given every OTHER active
 * filter, the search and the status. So "X (1)" never sits next to an empty list when X is picked.
 */
import { z } from 'zod';
import { AlertScopeSchema, ComplaintCategorySchema, MentionStatusSchema } from '../schema.ts';
import { CATEGORIES, PLATFORMS, STATUSES, type InboxDigest } from './digest.ts';
import { agePoints, INCIDENT_POINTS } from './priority.ts';

export const InboxSortSchema = z.enum(['priority', 'newest', 'waiting']);
export type InboxSort = z.infer<typeof InboxSortSchema>;

export const DATE_PRESETS = { '1h': 3_600_000, '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000 } as const;
export const DatePresetSchema = z.enum(['1h', '24h', '7d', '30d']);

/** Posted time (sortAt). A preset is relative to now; `from`/`to` are epoch ms (to exclusive). */
export const DateRangeSchema = z.union([
  z.object({ preset: DatePresetSchema }),
  z.object({ from: z.number().optional(), to: z.number().optional() }),
]);
export type DateRange = z.infer<typeof DateRangeSchema>;

/** "Show me the mentions behind this": an alert (or an incident with several scopes) and its span,
 * or one mention (the in-page badge). Resolved to ids by the panel (alert-focus.ts). */
export const InboxFocusSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('scopes'),
    /** Shown in the banner ("Negative mentions on X, 14:05–14:50"). */
    label: z.string().max(200),
    scopes: z.array(AlertScopeSchema).min(1).max(50),
    from: z.iso.datetime(),
    /** Open-ended (an alert still above baseline) when absent. */
    to: z.iso.datetime().optional(),
    alertId: z.string().max(120).optional(),
  }),
  z.object({ kind: z.literal('mention'), id: z.string().max(200) }),
]);
export type InboxFocus = z.infer<typeof InboxFocusSchema>;

/** Built-in facets; other features add theirs (facts.ts FacetSource) under their own ids. */
export const BUILTIN_FACETS = ['platform', 'lang', 'category', 'rating', 'product', 'watch'] as const;
export type BuiltinFacet = (typeof BUILTIN_FACETS)[number];
export const NONE = 'none';

export const InboxQuerySchema = z.object({
  sort: InboxSortSchema.default('priority'),
  status: z.union([MentionStatusSchema, z.literal('all')]).default('open'),
  /** Facet id -> chosen values (any of them). An empty or absent list means no filter. */
  facets: z.record(z.string().max(40), z.array(z.string().max(200)).max(200)).default({}),
  range: DateRangeSchema.optional(),
  search: z.string().max(200).default(''),
  focus: InboxFocusSchema.optional(),
  /** Group near-identical posts into one row. */
  brigades: z.boolean().default(true),
});
export type InboxQuery = z.infer<typeof InboxQuerySchema>;
export const DEFAULT_QUERY: InboxQuery = InboxQuerySchema.parse({});

export interface QueryContext {
  now: number;
  /** The team's response target (ms): age points and overdue (priority.ts). */
  targetMs: number;
  /** Search matches (search.ts); undefined when the search box is empty. */
  searchIds?: ReadonlySet<string>;
  /** The focus's ids; undefined when there is no focus. */
  focusIds?: ReadonlySet<string>;
  /** The active incident: mentions whose facet `facet` is `value` get the incident points. */
  incident?: { facet: string; value: string };
}

/** One row of the list: a mention, or a brigade (its members in list order, the first shown). */
export interface ListItem {
  key: string;
  ids: string[];
}

export type FacetCounts = Record<string, Record<string, number>>;

export interface QueryResult {
  items: ListItem[];
  /** Mentions that match (a brigade counts each member). */
  total: number;
  facets: FacetCounts;
  /** Per status, given every other filter. */
  statuses: Record<(typeof STATUSES)[number], number>;
  /** The digest version this was computed on. */
  version: number;
}

/** One facet over digest codes: which codes a slot has, and which are chosen. */
interface FacetImpl {
  id: string;
  /** Value names by code. */
  names: readonly string[];
  /** The slot's codes (several for categories). */
  codes(slot: number, out: number[]): void;
  chosen?: Uint8Array;
}

function facetImpls(d: InboxDigest, query: InboxQuery): FacetImpl[] {
  const categoryNames = [...CATEGORIES, NONE];
  const impls: FacetImpl[] = [
    { id: 'platform', names: PLATFORMS, codes: (s, out) => void out.push(d.platform[s]!) },
    { id: 'lang', names: d.langs.values, codes: (s, out) => void out.push(d.lang[s]!) },
    {
      id: 'category',
      names: categoryNames,
      codes: (s, out) => {
        const m = d.cats[s]!;
        if (m === 0) out.push(CATEGORIES.length);
        else for (let i = 0; i < CATEGORIES.length; i++) if (m & (1 << i)) out.push(i);
      },
    },
    // Code 0 is "no rating" (X posts), 1..5 the stars.
    { id: 'rating', names: [NONE, '1', '2', '3', '4', '5'], codes: (s, out) => void out.push(d.rating[s]!) },
    { id: 'product', names: [NONE, ...d.products.values.slice(1)], codes: (s, out) => void out.push(d.product[s]!) },
    { id: 'watch', names: ['no', 'yes'], codes: (s, out) => void out.push(d.watched[s]!) },
  ];
  for (const [facet, e] of d.extra) {
    impls.push({ id: facet, names: [NONE, ...e.dict.values.slice(1)], codes: (s, out) => void out.push(e.col[s]!) });
  }
  for (const impl of impls) {
    const wanted = query.facets[impl.id];
    if (!wanted?.length) continue;
    const chosen = new Uint8Array(impl.names.length);
    for (const w of wanted) {
      const i = impl.names.indexOf(w);
      if (i >= 0) chosen[i] = 1;
    }
    impl.chosen = chosen;
  }
  return impls;
}

export function rangeBounds(range: DateRange | undefined, now: number): { from: number; to: number } {
  if (!range) return { from: -Infinity, to: Infinity };
  if ('preset' in range) return { from: now - DATE_PRESETS[range.preset], to: Infinity };
  return { from: range.from ?? -Infinity, to: range.to ?? Infinity };
}

function idMask(d: InboxDigest, ids: ReadonlySet<string> | undefined): Uint8Array | undefined {
  if (!ids) return undefined;
  const mask = new Uint8Array(d.size);
  for (const id of ids) {
    const s = d.slotOf(id);
    if (s !== undefined) mask[s] = 1;
  }
  return mask;
}

/** The priority score of a slot now (priority.ts: static points + age + incident). */
export function slotScore(d: InboxDigest, slot: number, ctx: QueryContext, incidentCol?: { col: Uint32Array; code: number }): number {
  let score = d.base[slot]! + agePoints(ctx.now - d.waitingSince[slot]!, ctx.targetMs);
  if (incidentCol && incidentCol.code !== 0 && incidentCol.col[slot] === incidentCol.code) score += INCIDENT_POINTS;
  return score;
}

export function runQuery(d: InboxDigest, query: InboxQuery, ctx: QueryContext): QueryResult {
  const impls = facetImpls(d, query);
  const counts = impls.map((f) => new Float64Array(f.names.length));
  const statusCounts = new Float64Array(STATUSES.length);
  const statusWanted = query.status === 'all' ? -1 : STATUSES.indexOf(query.status);
  const { from, to } = rangeBounds(query.range, ctx.now);
  const searchMask = idMask(d, ctx.searchIds);
  const focusMask = idMask(d, ctx.focusIds);
  const passing: number[] = [];
  const codes: number[][] = impls.map(() => []);

  for (let s = 0; s < d.size; s++) {
    if (!d.live[s]) continue;
    if (searchMask && !searchMask[s]) continue;
    if (focusMask && !focusMask[s]) continue;
    const at = d.sortAt[s]!;
    if (at < from || at >= to) continue;
    // Which facet filters fail: with none the slot counts everywhere, with one only in that facet.
    let failed = -1;
    let failures = 0;
    for (let f = 0; f < impls.length; f++) {
      const c = codes[f]!;
      c.length = 0;
      impls[f]!.codes(s, c);
      const chosen = impls[f]!.chosen;
      if (chosen && !c.some((code) => chosen[code])) {
        failures++;
        failed = f;
      }
    }
    if (failures > 1) continue;
    const statusOk = statusWanted < 0 || d.status[s] === statusWanted;
    if (failures === 0) statusCounts[d.status[s]!]! += 1;
    if (!statusOk) continue;
    if (failures === 1) {
      for (const code of codes[failed]!) counts[failed]![code]! += 1;
      continue;
    }
    for (let f = 0; f < impls.length; f++) for (const code of codes[f]!) counts[f]![code]! += 1;
    passing.push(s);
  }

  sortSlots(d, passing, query.sort, ctx);
  const items: ListItem[] = [];
  if (query.brigades) {
    const byRoot = new Map<number, ListItem>();
    for (const s of passing) {
      const root = d.brigades.root(s);
      const existing = byRoot.get(root);
      if (existing) existing.ids.push(d.ids[s]!);
      else {
        const item = { key: d.ids[s]!, ids: [d.ids[s]!] };
        byRoot.set(root, item);
        items.push(item);
      }
    }
  } else {
    for (const s of passing) items.push({ key: d.ids[s]!, ids: [d.ids[s]!] });
  }

  const facets: FacetCounts = {};
  impls.forEach((impl, f) => {
    const out: Record<string, number> = {};
    impl.names.forEach((name, code) => {
      if (counts[f]![code]! > 0 || impl.chosen?.[code]) out[name] = counts[f]![code]!;
    });
    facets[impl.id] = out;
  });
  const statuses = Object.fromEntries(STATUSES.map((st, i) => [st, statusCounts[i]!])) as QueryResult['statuses'];
  return { items, total: passing.length, facets, statuses, version: d.version };
}

/** Sorts slots in place. Newest: posted time, latest first. Longest waiting: waiting since,
 * earliest first. Priority: score, highest first, then longest waiting. Ids break ties. */
export function sortSlots(d: InboxDigest, slots: number[], sort: InboxSort, ctx: QueryContext): void {
  const ids = d.ids;
  const byId = (a: number, b: number) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);
  if (sort === 'newest') {
    const t = d.sortAt;
    slots.sort((a, b) => t[b]! - t[a]! || byId(b, a));
    return;
  }
  const w = d.waitingSince;
  if (sort === 'waiting') {
    slots.sort((a, b) => w[a]! - w[b]! || byId(a, b));
    return;
  }
  const incident = ctx.incident ? d.extra.get(ctx.incident.facet) : undefined;
  const incidentCol = incident && ctx.incident ? { col: incident.col, code: incident.dict.lookup(ctx.incident.value) ?? 0 } : undefined;
  const score = new Float64Array(d.size);
  for (const s of slots) score[s] = slotScore(d, s, ctx, incidentCol);
  slots.sort((a, b) => score[b]! - score[a]! || w[a]! - w[b]! || byId(a, b));
}

/** The chosen values of a facet, for chips. */
export function activeFacets(query: InboxQuery): [string, string][] {
  return Object.entries(query.facets).flatMap(([facet, values]) => values.map((v): [string, string] => [facet, v]));
}

export function isCategory(v: string): boolean {
  return ComplaintCategorySchema.safeParse(v).success;
}
