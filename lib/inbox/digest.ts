/**
 * The inbox digest: what the side panel keeps in memory about every flagged mention, as columns
 * (one typed array per field, one slot per mention), so that filtering, counting facets and
 * sorting 50,000 mentions is a few tight loops rather than 50,000 objects. Text is not kept: the
 * search index (search.ts) holds what search needs, and the list reads full rows from the store
 * only for what is on screen.
 *
 * Slots are never reused: a removed mention's slot is marked dead (its brigade index entry stays,
 * see brigades.ts). `toSnapshot` writes only live slots, so a reopened panel starts compact.
 */
import { z } from 'zod';
import { ComplaintCategorySchema, MentionStatusSchema, PlatformSchema, type ComplaintCategory, type MentionStatus, type Platform } from '../schema.ts';
import { BrigadeIndex } from './brigades.ts';
import type { InboxFacts } from './facts.ts';
import { CATEGORY_POINTS, EXTRA_CATEGORY_POINTS, MAX_EXTRA_CATEGORY_POINTS, negativityPoints, ratingPoints, staticPoints } from './priority.ts';

export const STATUSES = MentionStatusSchema.options;
export const PLATFORMS = PlatformSchema.options;
export const CATEGORIES = ComplaintCategorySchema.options;

/** Bump when what a snapshot's columns mean changes (priority weights, brigade hashing, facts):
 * an older snapshot is then ignored and the panel reads the store again. */
export const DIGEST_FORMAT = 2;

/** Interned strings (languages, products, extra facet values): slot columns hold their numbers. */
class Dict {
  readonly values: string[] = [''];
  private readonly index = new Map<string, number>([['', 0]]);
  code(value: string | undefined): number {
    if (!value) return 0;
    let c = this.index.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(value);
      this.index.set(value, c);
    }
    return c;
  }
  lookup(value: string): number | undefined {
    return this.index.get(value);
  }
}

function grown<T extends Uint8Array | Uint16Array | Uint32Array | Float32Array | Float64Array>(a: T, cap: number): T {
  const next = new (a.constructor as new (n: number) => T)(cap);
  next.set(a);
  return next;
}

export function categoryMask(categories: readonly ComplaintCategory[]): number {
  let m = 0;
  for (const c of categories) m |= 1 << CATEGORIES.indexOf(c);
  return m;
}

export function maskCategories(mask: number): ComplaintCategory[] {
  return CATEGORIES.filter((_, i) => mask & (1 << i));
}

/** priority.ts `staticPoints` from a category mask: no arrays, for 50,000 slots at load. */
function staticPointsOfMask(mask: number, sentiment: number, rating: number): number {
  let best = 0;
  let n = 0;
  for (let i = 0; i < CATEGORIES.length; i++) {
    if (!(mask & (1 << i))) continue;
    n++;
    best = Math.max(best, CATEGORY_POINTS[CATEGORIES[i]!]);
  }
  const category = n === 0 ? 0 : best + Math.min(MAX_EXTRA_CATEGORY_POINTS, (n - 1) * EXTRA_CATEGORY_POINTS);
  return category + negativityPoints(sentiment) + ratingPoints(rating || undefined);
}

export class InboxDigest {
  private cap = 0;
  /** Slots used (live and dead). */
  size = 0;
  /** Live mentions. */
  count = 0;
  /** Bumped on every change, so views can tell a new digest state from an old one. */
  version = 0;
  readonly ids: string[] = [];
  private readonly slots = new Map<string, number>();
  live = new Uint8Array(0);
  status = new Uint8Array(0);
  platform = new Uint8Array(0);
  lang = new Uint16Array(0);
  cats = new Uint8Array(0);
  rating = new Uint8Array(0);
  product = new Uint32Array(0);
  watched = new Uint8Array(0);
  sortAt = new Float64Array(0);
  waitingSince = new Float64Array(0);
  sentiment = new Float32Array(0);
  /** Priority points that do not depend on time (priority.ts `staticPoints`). */
  base = new Float32Array(0);
  readonly langs = new Dict();
  readonly products = new Dict();
  /** Extra facets (facts.ts FacetSource): facet id -> values and a column of codes. */
  readonly extra = new Map<string, { dict: Dict; col: Uint32Array }>();
  readonly brigades = new BrigadeIndex();

  private ensure(n: number): void {
    if (n <= this.cap) return;
    const cap = Math.max(256, this.cap * 2, n);
    this.live = grown(this.live, cap);
    this.status = grown(this.status, cap);
    this.platform = grown(this.platform, cap);
    this.lang = grown(this.lang, cap);
    this.cats = grown(this.cats, cap);
    this.rating = grown(this.rating, cap);
    this.product = grown(this.product, cap);
    this.watched = grown(this.watched, cap);
    this.sortAt = grown(this.sortAt, cap);
    this.waitingSince = grown(this.waitingSince, cap);
    this.sentiment = grown(this.sentiment, cap);
    this.base = grown(this.base, cap);
    for (const e of this.extra.values()) e.col = grown(e.col, cap);
    this.cap = cap;
  }

  slotOf(id: string): number | undefined {
    const s = this.slots.get(id);
    return s !== undefined && this.live[s] ? s : undefined;
  }

  has(id: string): boolean {
    return this.slotOf(id) !== undefined;
  }

  /** Add or update a mention. `signature` (brigades.ts) is indexed the first time a slot gets one. */
  upsert(f: InboxFacts, signature?: Uint32Array): void {
    let slot = this.slots.get(f.id);
    if (slot === undefined) {
      slot = this.size++;
      this.ensure(this.size);
      this.ids[slot] = f.id;
      this.slots.set(f.id, slot);
    }
    if (!this.live[slot]) {
      this.live[slot] = 1;
      this.count++;
    }
    this.status[slot] = STATUSES.indexOf(f.status);
    this.platform[slot] = PLATFORMS.indexOf(f.platform);
    this.lang[slot] = this.langs.code(f.lang);
    this.cats[slot] = categoryMask(f.categories);
    this.rating[slot] = f.rating ?? 0;
    this.product[slot] = this.products.code(f.productId);
    this.watched[slot] = f.watched ? 1 : 0;
    this.sortAt[slot] = f.sortAt;
    this.waitingSince[slot] = f.waitingSince;
    this.sentiment[slot] = f.sentiment;
    this.base[slot] = staticPoints(f);
    for (const e of this.extra.values()) e.col[slot] = 0;
    for (const [facet, value] of Object.entries(f.extra ?? {})) this.extraColumn(facet).col[slot] = this.extraColumn(facet).dict.code(value);
    this.brigades.add(slot, signature);
    this.version++;
  }

  private extraColumn(facet: string): { dict: Dict; col: Uint32Array } {
    let e = this.extra.get(facet);
    if (!e) {
      e = { dict: new Dict(), col: new Uint32Array(this.cap) };
      this.extra.set(facet, e);
    }
    return e;
  }

  /** Change only the status (the panel's own actions, before the store's echo arrives). */
  setStatus(id: string, status: MentionStatus): boolean {
    const slot = this.slotOf(id);
    if (slot === undefined) return false;
    const code = STATUSES.indexOf(status);
    if (this.status[slot] === code) return false;
    this.status[slot] = code;
    this.version++;
    return true;
  }

  remove(id: string): boolean {
    const slot = this.slotOf(id);
    if (slot === undefined) return false;
    this.live[slot] = 0;
    this.count--;
    this.version++;
    return true;
  }

  statusAt(slot: number): MentionStatus {
    return STATUSES[this.status[slot]!]!;
  }

  /** The facts of a live mention (tests, and the row's "why this priority"). */
  facts(id: string): InboxFacts | undefined {
    const s = this.slotOf(id);
    if (s === undefined) return undefined;
    const f: InboxFacts = {
      id,
      status: this.statusAt(s),
      platform: PLATFORMS[this.platform[s]!] as Platform,
      lang: this.langs.values[this.lang[s]!]!,
      categories: maskCategories(this.cats[s]!),
      sortAt: this.sortAt[s]!,
      waitingSince: this.waitingSince[s]!,
      sentiment: this.sentiment[s]!,
      watched: this.watched[s] === 1,
    };
    if (this.rating[s]) f.rating = this.rating[s];
    if (this.product[s]) f.productId = this.products.values[this.product[s]!];
    const extra: Record<string, string> = {};
    for (const [facet, e] of this.extra) if (e.col[s]) extra[facet] = e.dict.values[e.col[s]!]!;
    if (Object.keys(extra).length) f.extra = extra;
    return f;
  }

  /** Ids of every live mention. */
  liveIds(): string[] {
    const out: string[] = [];
    for (let s = 0; s < this.size; s++) if (this.live[s]) out.push(this.ids[s]!);
    return out;
  }

  toSnapshot(savedAt: number): DigestSnapshot {
    const slots: number[] = [];
    for (let s = 0; s < this.size; s++) if (this.live[s]) slots.push(s);
    const n = slots.length;
    const pick = <T extends Uint8Array | Uint16Array | Uint32Array | Float32Array | Float64Array>(col: T): T => {
      const out = new (col.constructor as new (n: number) => T)(n);
      for (let i = 0; i < n; i++) out[i] = col[slots[i]!]!;
      return out;
    };
    // Brigades as group numbers (the slot of each group's root, among the written slots): enough
    // to show the groups at once. Signatures are not kept: the read of the store that follows
    // every opening computes them again from the texts.
    // Each group is named by its first written member (a root may belong to a removed mention).
    const firstOf = new Map<number, number>();
    const groups = new Int32Array(n);
    slots.forEach((s, i) => {
      const root = this.brigades.root(s);
      if (!firstOf.has(root)) firstOf.set(root, i);
      groups[i] = firstOf.get(root)!;
    });
    return {
      key: SNAPSHOT_KEY,
      format: DIGEST_FORMAT,
      savedAt,
      ids: slots.map((s) => this.ids[s]).join('\n'),
      langs: this.langs.values,
      products: this.products.values,
      columns: {
        status: pick(this.status),
        platform: pick(this.platform),
        lang: pick(this.lang),
        cats: pick(this.cats),
        rating: pick(this.rating),
        product: pick(this.product),
        watched: pick(this.watched),
        sortAt: pick(this.sortAt),
        waitingSince: pick(this.waitingSince),
        sentiment: pick(this.sentiment),
        groups,
      },
      extra: [...this.extra].map(([facet, e]) => ({ facet, values: e.dict.values, codes: pick(e.col) })),
    };
  }

  static fromSnapshot(snap: DigestSnapshot): InboxDigest {
    const d = new InboxDigest();
    const ids = snap.ids === '' ? [] : snap.ids.split('\n');
    const c = snap.columns;
    const n = ids.length;
    d.ensure(n);
    for (const v of snap.langs.slice(1)) d.langs.code(v);
    for (const v of snap.products.slice(1)) d.products.code(v);
    d.status.set(c.status);
    d.platform.set(c.platform);
    d.lang.set(c.lang);
    d.cats.set(c.cats);
    d.rating.set(c.rating);
    d.product.set(c.product);
    d.watched.set(c.watched);
    d.sortAt.set(c.sortAt);
    d.waitingSince.set(c.waitingSince);
    d.sentiment.set(c.sentiment);
    for (const e of snap.extra) {
      const col = d.extraColumn(e.facet);
      for (const v of e.values.slice(1)) col.dict.code(v);
      col.col.set(e.codes);
    }
    d.live.fill(1, 0, n);
    for (let s = 0; s < n; s++) {
      const id = ids[s]!;
      d.ids[s] = id;
      d.slots.set(id, s);
      d.base[s] = staticPointsOfMask(c.cats[s]!, c.sentiment[s]!, c.rating[s]!);
    }
    d.brigades.seedGroups(c.groups);
    d.size = n;
    d.count = n;
    d.version = 1;
    return d;
  }
}

export const SNAPSHOT_KEY = 'digest';

// Typed arrays survive IndexedDB's structured clone as themselves.
const u8 = () => z.custom<Uint8Array>((v) => v instanceof Uint8Array);
const u16 = () => z.custom<Uint16Array>((v) => v instanceof Uint16Array);
const u32 = () => z.custom<Uint32Array>((v) => v instanceof Uint32Array);
const i32 = () => z.custom<Int32Array>((v) => v instanceof Int32Array);
const f32 = () => z.custom<Float32Array>((v) => v instanceof Float32Array);
const f64 = () => z.custom<Float64Array>((v) => v instanceof Float64Array);

/** What the `inbox-cache` store keeps (migration 6): the digest, for a fast first page when the
 * panel opens; the panel then reads the store again and replaces anything that changed. */
export const DigestSnapshotSchema = z
  .object({
    key: z.literal(SNAPSHOT_KEY),
    format: z.literal(DIGEST_FORMAT),
    savedAt: z.number(),
    ids: z.string(),
    langs: z.array(z.string().max(20)),
    products: z.array(z.string().max(40)),
    columns: z.object({
      status: u8(),
      platform: u8(),
      lang: u16(),
      cats: u8(),
      rating: u8(),
      product: u32(),
      watched: u8(),
      sortAt: f64(),
      waitingSince: f64(),
      sentiment: f32(),
      groups: i32(),
    }),
    extra: z.array(z.object({ facet: z.string().max(40), values: z.array(z.string().max(200)), codes: u32() })).max(20),
  })
  .superRefine((s, ctx) => {
    const n = s.ids === '' ? 0 : s.ids.split('\n').length;
    const c = s.columns;
    const lengths = [c.status, c.platform, c.lang, c.cats, c.rating, c.product, c.watched, c.sortAt, c.waitingSince, c.sentiment, c.groups, ...s.extra.map((e) => e.codes)].map((a) => a.length);
    if (lengths.some((l) => l !== n)) ctx.addIssue({ code: 'custom', message: 'snapshot columns differ in length' });
    if (c.groups.some((g) => g < 0 || g >= n)) ctx.addIssue({ code: 'custom', message: 'snapshot groups out of range' });
    if (c.status.some((v) => v >= STATUSES.length) || c.platform.some((v) => v >= PLATFORMS.length)) ctx.addIssue({ code: 'custom', message: 'snapshot codes out of range' });
    if (c.lang.some((v) => v >= s.langs.length) || c.product.some((v) => v >= s.products.length)) ctx.addIssue({ code: 'custom', message: 'snapshot dictionary codes out of range' });
  });
export type DigestSnapshot = z.infer<typeof DigestSnapshotSchema>;
