/**
 * The side panel's inbox engine: keeps the digest (digest.ts) and the search index (search.ts)
 * in step with the store, and caches the full rows the list shows. Pure: the store is reached
 * through `InboxSource`, time and scheduling are passed in, so it is tested in Node.
 *
 * Opening: the digest saved by the last panel (inbox-cache, migration 6) is shown at once; then
 * every flagged row is read again in chunks (between them the page gets to paint and handle
 * keys), building a fresh digest and the search index; when the pass ends the fresh digest
 * replaces the cached one and is saved for the next opening. Rows the background announces as
 * changed meanwhile are read again at the end of the pass, so nothing is lost between the two.
 */
import type { FlaggedChunk, ScanCursor } from '../db/mentions.ts';
import type { DigestSnapshot } from './digest.ts';
import type { MentionStatus, StoredMention } from '../schema.ts';
import { brigadeSignature } from './brigades.ts';
import { InboxDigest } from './digest.ts';
import { factsOf, type FacetSource } from './facts.ts';
import { firstScreenOf, type FirstScreen } from './first-screen.ts';
import { runQuery, type InboxQuery, type QueryContext, type QueryResult } from './query.ts';
import { MentionSearch } from './search.ts';

/** Rows per read: ~10 ms of IndexedDB and ~20 ms of indexing each on a 2-core machine. */
export const CHUNK_ROWS = 250;
/** Save the digest this long after the last change (and after each full read). */
export const SAVE_DELAY_MS = 5_000;
/** Full rows kept for the list (a few screens each way, and brigades opened). */
export const ROW_CACHE = 2_000;

export interface InboxSource {
  loadSnapshot(): Promise<DigestSnapshot | undefined>;
  saveSnapshot(snapshot: DigestSnapshot): Promise<void>;
  loadFirstScreen?(): Promise<FirstScreen | undefined>;
  saveFirstScreen?(screen: FirstScreen): Promise<void>;
  countFlagged(): Promise<number>;
  readChunk(after: ScanCursor | undefined, limit: number): Promise<FlaggedChunk>;
  getMentions(ids: readonly string[]): Promise<(StoredMention | undefined)[]>;
  /** Give the page a turn between chunks. */
  pause(): Promise<void>;
  /** Resolves once the first screen is drawn (the panel: an idle callback); the read of the
   * store waits for it, so it does not compete with the first page. */
  settle?(): Promise<void>;
  /** Run `fn` after `ms`; returns a cancel function. */
  later(fn: () => void, ms: number): () => void;
  now(): number;
  facetSources?: readonly FacetSource[];
}

export type EnginePhase = 'starting' | 'reading' | 'ready' | 'failed';

export interface EngineState {
  phase: EnginePhase;
  /** The digest is on screen (cached or fresh): the list can show. */
  usable: boolean;
  /** Every row has been read this session: counts are exact and search covers everything. */
  complete: boolean;
  progress?: { read: number; total: number };
  /** Stored rows that failed their schema in the last full read. */
  skipped: number;
  error?: unknown;
}

export function textOf(row: StoredMention): string {
  return row.title ? `${row.title}\n${row.text}` : row.text;
}

export class InboxEngine {
  digest = new InboxDigest();
  readonly search = new MentionSearch();
  state: EngineState = { phase: 'starting', usable: false, complete: false, skipped: 0 };
  /** The saved first screen, until the digest is usable (first-screen.ts). */
  preview: FirstScreen | undefined;
  /** The head of the list on screen now, saved with the digest. */
  private screen: { queryKey: string; result: QueryResult } | undefined;
  /** Bumped on every change anyone should re-render for (rows arriving included). */
  version = 0;
  /** Bumped when the digest, the search index or the state change: what query results depend on
   * (full rows arriving for the screen do not change them). */
  dataVersion = 0;
  private readonly listeners = new Set<() => void>();
  private readonly rows = new Map<string, StoredMention>();
  private readonly fetching = new Set<string>();
  private dirty: Set<string> | undefined;
  private cancelSave: (() => void) | undefined;
  private searchCache: { query: string; version: number; ids: Set<string> | undefined } | undefined;
  /** Each start (or retry) is a run; stop() and a newer run end the older one's read. React runs
   * effects twice in development (StrictMode), so start, stop, start must work. */
  private run = 0;
  private stopped = false;

  constructor(private readonly source: InboxSource) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(patch?: Partial<EngineState>, rowsOnly = false): void {
    if (patch) this.state = { ...this.state, ...patch };
    if (this.state.usable) this.preview = undefined;
    this.version++;
    if (!rowsOnly) this.dataVersion++;
    for (const l of this.listeners) l();
  }

  stop(): void {
    this.stopped = true;
    this.run++;
    this.cancelSave?.();
  }

  /** Show the cached digest, then read the store. Never rejects (a failure is state). */
  async start(): Promise<void> {
    this.stopped = false;
    const run = ++this.run;
    try {
      if (!this.state.complete) {
        // The few rows of the last screen first (kilobytes), then the digest (megabytes).
        const screen = await this.source.loadFirstScreen?.().catch(() => undefined);
        if (screen && run === this.run && !this.state.usable) {
          this.preview = screen;
          this.changed();
          // Let the first rows be read and drawn before the big read competes with them.
          await this.source.settle?.();
        }
        const snapshot = await this.source.loadSnapshot().catch(() => undefined);
        if (snapshot && run === this.run && !this.state.complete) {
          this.digest = InboxDigest.fromSnapshot(snapshot);
          this.changed({ usable: true });
          await this.source.settle?.();
        }
      }
      await this.readAll(run);
    } catch (error) {
      if (run === this.run) this.changed({ phase: 'failed', error });
    }
  }

  /** Read the store again (the "Try again" of a failed read). */
  retry(): Promise<void> {
    const run = ++this.run;
    this.changed({ phase: 'starting', error: undefined });
    return this.readAll(run).catch((error: unknown) => {
      if (run === this.run) this.changed({ phase: 'failed', error });
    });
  }

  private async readAll(run: number): Promise<void> {
    const fresh = new InboxDigest();
    this.dirty = new Set();
    // Counting 50,000 rows is not free: with a saved digest on screen its size is the estimate.
    const total = this.state.usable ? this.digest.count : await this.source.countFlagged();
    let read = 0;
    let skipped = 0;
    let after: ScanCursor | undefined;
    if (run !== this.run) return;
    this.changed({ phase: 'reading', progress: { read, total } });
    for (;;) {
      if (run !== this.run) return;
      const chunk = await this.source.readChunk(after, CHUNK_ROWS);
      if (run !== this.run) return;
      for (const row of chunk.rows) this.index(fresh, row);
      read += chunk.rows.length + chunk.skipped;
      skipped += chunk.skipped;
      this.changed({ progress: { read, total: Math.max(total, read) } });
      if (!chunk.next) break;
      after = chunk.next;
      await this.source.pause();
    }
    // Announced while we read: the pass may have read these before they changed.
    const dirty = [...(this.dirty ?? [])];
    this.dirty = undefined;
    if (dirty.length) await this.reread(fresh, dirty);
    if (run !== this.run) return;
    this.search.retain(this.digest.liveIds(), (id) => fresh.has(id));
    this.digest = fresh;
    this.changed({ phase: 'ready', usable: true, complete: true, progress: undefined, skipped });
    this.scheduleSave(0);
  }

  private index(d: InboxDigest, row: StoredMention): void {
    d.upsert(factsOf(row, this.source.facetSources), d.has(row.id) ? undefined : brigadeSignature(textOf(row)));
    this.search.put(row);
  }

  private async reread(d: InboxDigest, ids: readonly string[]): Promise<void> {
    const rows = await this.source.getMentions(ids);
    rows.forEach((row, i) => {
      const id = ids[i]!;
      if (row && row.flagged === 1) {
        this.index(d, row);
        if (this.rows.has(id)) this.rows.set(id, row);
      } else {
        d.remove(id);
        this.search.remove(id);
        this.rows.delete(id);
      }
    });
  }

  /** The background changed these rows (`mentions/changed`): read them again. */
  async applyChanged(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    if (this.dirty) for (const id of ids) this.dirty.add(id);
    await this.reread(this.digest, ids);
    this.changed();
    this.scheduleSave(SAVE_DELAY_MS);
  }

  /** The panel's own status change, shown before the store confirms it (the background's
   * `mentions/changed` echo reads the rows again). */
  setLocalStatus(ids: readonly string[], status: MentionStatus): void {
    for (const id of ids) {
      this.digest.setStatus(id, status);
      const row = this.rows.get(id);
      if (row) this.rows.set(id, { ...row, status });
    }
    this.changed();
  }

  query(query: InboxQuery, ctx: Omit<QueryContext, 'searchIds'>): QueryResult {
    return runQuery(this.digest, query, { ...ctx, searchIds: this.searchIds(query.search) });
  }

  private searchIds(search: string): Set<string> | undefined {
    const c = this.searchCache;
    if (c && c.query === search && c.version === this.search.version) return c.ids;
    const ids = this.search.match(search);
    this.searchCache = { query: search, version: this.search.version, ids };
    return ids;
  }

  /** Full rows for the screen: cached ones now, missing ones fetched (then a change event). */
  row(id: string): StoredMention | undefined {
    return this.rows.get(id);
  }

  ensureRows(ids: readonly string[]): void {
    const missing = ids.filter((id) => !this.rows.has(id) && !this.fetching.has(id));
    if (missing.length === 0) return;
    for (const id of missing) this.fetching.add(id);
    void this.source
      .getMentions(missing)
      .then((rows) => {
        let removed = false;
        rows.forEach((row, i) => {
          this.fetching.delete(missing[i]!);
          if (row) this.rows.set(row.id, row);
          else if (this.digest.remove(missing[i]!)) {
            this.search.remove(missing[i]!);
            removed = true;
          }
        });
        // Least recently fetched go first.
        for (const id of this.rows.keys()) {
          if (this.rows.size <= ROW_CACHE) break;
          this.rows.delete(id);
        }
        this.changed(undefined, !removed);
      })
      .catch(() => {
        for (const id of missing) this.fetching.delete(id);
      });
  }

  private scheduleSave(ms: number): void {
    if (!this.state.complete || this.stopped) return;
    this.cancelSave?.();
    this.cancelSave = this.source.later(() => {
      this.cancelSave = undefined;
      void this.saveNow();
    }, ms);
  }

  /** What the list shows now (its query key and result), saved as the next first screen. */
  noteScreen(queryKey: string, result: QueryResult): void {
    if (!result.preview) this.screen = { queryKey, result };
  }

  /** Save the digest and the first screen now (the panel calls this when it is hidden). */
  async saveNow(): Promise<void> {
    if (!this.state.complete) return;
    const now = this.source.now();
    const screen = this.screen;
    await Promise.all([
      this.source.saveSnapshot(this.digest.toSnapshot(now)).catch(() => undefined),
      screen && this.source.saveFirstScreen?.(firstScreenOf(screen.queryKey, screen.result, now)).catch(() => undefined),
    ]);
  }
}
