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
  /**
   * Leave out open mentions someone else is on (the team workspace, issue 12: "hides what
   * teammates are on"): those whose facet `facet` has a value other than none and `except` (the
   * agent signed in here). They count in neither the list, the facets nor the statuses; the
   * result's `hidden` says how many of the rest of the query's matches were left out. A slot
   * whose facet `unless` has a value stays (the agent lost a claim on it: shown, never dropped).
   */
  hideClaimed?: { facet: string; except: string; unless?: string };
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
  /** The saved first screen (first-screen.ts), shown until the digest is loaded. */
  preview?: true;
  /** Matches left out by `hideClaimed`. */
  hidden?: number;
}

/**
 * One facet over the digest's columns. Single-valued facets read one code per slot from `col`;
 * the category facet reads the bit mask of categories (a mention can have several).
 */
interface FacetImpl {
  id: string;
  /** Value names by code. */
  names: readonly string[];
  col?: ArrayLike<number>;
  /** Chosen codes (single-valued facets). */
  chosen?: Uint8Array;
  /** Chosen category bits, and whether "none" is chosen (the category facet). */
  mask?: number;
  none?: boolean;
}

const NONE_CATEGORY = CATEGORIES.length;

function facetImpls(d: InboxDigest, query: InboxQuery): FacetImpl[] {
  const impls: FacetImpl[] = [
    { id: 'platform', names: PLATFORMS, col: d.platform },
    { id: 'lang', names: d.langs.values, col: d.lang },
    { id: 'category', names: [...CATEGORIES, NONE] },
    // Code 0 is "no rating" (X posts), 1..5 the stars.
    { id: 'rating', names: [NONE, '1', '2', '3', '4', '5'], col: d.rating },
    { id: 'product', names: [NONE, ...d.products.values.slice(1)], col: d.product },
    { id: 'watch', names: ['no', 'yes'], col: d.watched },
  ];
  // Facets named `_…` are columns for query rules (hideClaimed's `unless`), not for the menu.
  for (const [facet, e] of d.extra) if (!facet.startsWith('_')) impls.push({ id: facet, names: [NONE, ...e.dict.values.slice(1)], col: e.col });
  for (const impl of impls) {
    const wanted = query.facets[impl.id];
    if (!wanted?.length) continue;
    if (!impl.col) {
      impl.mask = 0;
      for (const w of wanted) {
        const i = CATEGORIES.indexOf(w as (typeof CATEGORIES)[number]);
        if (i >= 0) impl.mask |= 1 << i;
        else if (w === NONE) impl.none = true;
      }
      continue;
    }
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

function passes(impl: FacetImpl, cats: number, s: number): boolean {
  if (impl.col) return !impl.chosen || impl.chosen[impl.col[s]!] === 1;
  if (impl.mask === undefined && !impl.none) return true;
  return (cats & (impl.mask ?? 0)) !== 0 || (impl.none === true && cats === 0);
}

function count(impl: FacetImpl, into: Float64Array, cats: number, s: number): void {
  if (impl.col) {
    into[impl.col[s]!]! += 1;
    return;
  }
  if (cats === 0) into[NONE_CATEGORY]! += 1;
  else for (let i = 0; i < NONE_CATEGORY; i++) if (cats & (1 << i)) into[i]! += 1;
}

export function runQuery(d: InboxDigest, query: InboxQuery, ctx: QueryContext): QueryResult {
  const impls = facetImpls(d, query);
  const nf = impls.length;
  const counts = impls.map((f) => new Float64Array(f.names.length));
  const statusCounts = new Float64Array(STATUSES.length);
  const statusWanted = query.status === 'all' ? -1 : STATUSES.indexOf(query.status);
  const { from, to } = rangeBounds(query.range, ctx.now);
  const searchMask = idMask(d, ctx.searchIds);
  const focusMask = idMask(d, ctx.focusIds);
  const passing: number[] = [];
  const { live, sortAt, status, cats: catsCol } = d;
  const hide = hiddenCodes(d, ctx.hideClaimed);
  const OPEN = STATUSES.indexOf('open');
  let hidden = 0;

  for (let s = 0; s < d.size; s++) {
    if (!live[s]) continue;
    if (searchMask && !searchMask[s]) continue;
    if (focusMask && !focusMask[s]) continue;
    const at = sortAt[s]!;
    if (at < from || at >= to) continue;
    const cats = catsCol[s]!;
    // Which facet filters fail: with none the slot counts everywhere, with one only in that facet.
    let failed = -1;
    let failures = 0;
    for (let f = 0; f < nf; f++) {
      if (!passes(impls[f]!, cats, s)) {
        failures++;
        failed = f;
        if (failures > 1) break;
      }
    }
    if (failures > 1) continue;
    const st = status[s]!;
    if (hide && st === OPEN && hide.col[s]! !== 0 && hide.col[s]! !== hide.except && !hide.unless?.[s]) {
      if (failures === 0 && (statusWanted < 0 || st === statusWanted)) hidden++;
      continue;
    }
    if (failures === 0) statusCounts[st]! += 1;
    if (statusWanted >= 0 && st !== statusWanted) continue;
    if (failures === 1) {
      count(impls[failed]!, counts[failed]!, cats, s);
      continue;
    }
    for (let f = 0; f < nf; f++) count(impls[f]!, counts[f]!, cats, s);
    passing.push(s);
  }

  const order = sortSlots(d, passing, query.sort, ctx);
  const items: ListItem[] = [];
  if (query.brigades) {
    const byRoot = new Map<number, ListItem>();
    for (const s of order) {
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
    for (const s of order) items.push({ key: d.ids[s]!, ids: [d.ids[s]!] });
  }

  const facets: FacetCounts = {};
  impls.forEach((impl, f) => {
    const out: Record<string, number> = {};
    const chosenCode = (code: number) =>
      impl.col ? impl.chosen?.[code] === 1 : code === NONE_CATEGORY ? impl.none === true : ((impl.mask ?? 0) & (1 << code)) !== 0;
    impl.names.forEach((name, code) => {
      if (counts[f]![code]! > 0 || chosenCode(code)) out[name] = counts[f]![code]!;
    });
    facets[impl.id] = out;
  });
  const statuses = Object.fromEntries(STATUSES.map((st, i) => [st, statusCounts[i]!])) as QueryResult['statuses'];
  const out: QueryResult = { items, total: passing.length, facets, statuses, version: d.version };
  if (hide) out.hidden = hidden;
  return out;
}

/** The facet column `hideClaimed` reads, and the code of the agent's own value (-1: none yet). */
function hiddenCodes(d: InboxDigest, h: QueryContext['hideClaimed']): { col: Uint32Array; except: number; unless?: Uint32Array } | undefined {
  if (!h) return undefined;
  const e = d.extra.get(h.facet);
  if (!e) return undefined;
  return { col: e.col, except: e.dict.values.indexOf(h.except), unless: h.unless !== undefined ? d.extra.get(h.unless)?.col : undefined };
}

/** Seconds since 2000: 30 bits until 2034, 31 until 2068. */
const EPOCH_S = 946_684_800;
/** Slots fit in the low SLOT_BITS of a packed key (a float64 holds 53 bits exactly). */
const SLOT_BITS = 21;
const SLOT_SPAN = 2 ** SLOT_BITS;

/**
 * Slots in list order. Newest: posted time, latest first. Longest waiting: waiting since,
 * earliest first. Priority: score, highest first, then longest waiting. Equal keys keep slot
 * order (the order the store was read in, by posting time and id), so the order is total and
 * stable. Times are compared to the second.
 *
 * Keys are packed into one float64 per slot and sorted natively (no comparator), which is
 * several times faster than a comparator sort at 50,000 mentions: time (31 bits) and slot (21)
 * for newest and waiting; score in tenths (11 bits), minutes waited (21 bits, four years) and
 * slot for priority.
 */
export function sortSlots(d: InboxDigest, slots: readonly number[], sort: InboxSort, ctx: QueryContext): number[] {
  const n = slots.length;
  if (d.size >= SLOT_SPAN) return comparatorSort(d, slots, sort, ctx);
  const keys = new Float64Array(n);
  const sec = (ms: number) => Math.min(2 ** 31 - 1, Math.max(0, Math.floor(ms / 1000) - EPOCH_S));
  if (sort === 'newest') {
    for (let i = 0; i < n; i++) {
      const s = slots[i]!;
      keys[i] = (2 ** 31 - 1 - sec(d.sortAt[s]!)) * SLOT_SPAN + (SLOT_SPAN - 1 - s);
    }
  } else if (sort === 'waiting') {
    for (let i = 0; i < n; i++) {
      const s = slots[i]!;
      keys[i] = sec(d.waitingSince[s]!) * SLOT_SPAN + s;
    }
  } else {
    const incident = ctx.incident ? d.extra.get(ctx.incident.facet) : undefined;
    const incidentCol = incident && ctx.incident ? { col: incident.col, code: incident.dict.lookup(ctx.incident.value) ?? 0 } : undefined;
    // Minutes waited, longest first (21 bits: four years; longer waits tie and keep slot order).
    const notWaited = (ms: number) => 2 ** 21 - 1 - Math.min(2 ** 21 - 1, Math.max(0, Math.floor((ctx.now - ms) / 60_000)));
    for (let i = 0; i < n; i++) {
      const s = slots[i]!;
      const score = Math.max(0, Math.min(2047, Math.round(slotScore(d, s, ctx, incidentCol) * 10)));
      keys[i] = ((2047 - score) * 2 ** 21 + notWaited(d.waitingSince[s]!)) * SLOT_SPAN + s;
    }
  }
  keys.sort();
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = keys[i]! % SLOT_SPAN;
  if (sort === 'newest') for (let i = 0; i < n; i++) out[i] = SLOT_SPAN - 1 - out[i]!;
  return out;
}

function comparatorSort(d: InboxDigest, slots: readonly number[], sort: InboxSort, ctx: QueryContext): number[] {
  const out = [...slots];
  if (sort === 'newest') out.sort((a, b) => d.sortAt[b]! - d.sortAt[a]! || b - a);
  else if (sort === 'waiting') out.sort((a, b) => d.waitingSince[a]! - d.waitingSince[b]! || a - b);
  else {
    const score = new Map(out.map((s) => [s, slotScore(d, s, ctx)]));
    out.sort((a, b) => score.get(b)! - score.get(a)! || d.waitingSince[a]! - d.waitingSince[b]! || a - b);
  }
  return out;
}

/** The chosen values of a facet, for chips. */
export function activeFacets(query: InboxQuery): [string, string][] {
  return Object.entries(query.facets).flatMap(([facet, values]) => values.map((v): [string, string] => [facet, v]));
}

export function isCategory(v: string): boolean {
  return ComplaintCategorySchema.safeParse(v).success;
}
