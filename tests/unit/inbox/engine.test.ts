import { describe, expect, test, vi } from 'vitest';
import type { FlaggedChunk, ScanCursor } from '../../../lib/db/mentions.ts';
import { InboxDigest, type DigestSnapshot } from '../../../lib/inbox/digest.ts';
import type { FirstScreen } from '../../../lib/inbox/first-screen.ts';
import { factsOf } from '../../../lib/inbox/facts.ts';
import { CHUNK_ROWS, InboxEngine, type InboxSource } from '../../../lib/inbox/engine.ts';
import { DEFAULT_QUERY, InboxQuerySchema } from '../../../lib/inbox/query.ts';
import type { StoredMention } from '../../../lib/schema.ts';
import { NOW, row } from './fixtures.ts';

/** An in-memory store behind the engine's source interface. */
function fakeSource(initial: StoredMention[], snapshot?: DigestSnapshot) {
  const state = {
    rows: new Map(initial.map((r) => [r.id, r])),
    saved: [] as DigestSnapshot[],
    snapshot,
    firstScreen: undefined as FirstScreen | undefined,
    timers: [] as (() => void)[],
    onChunk: undefined as (() => void) | undefined,
  };
  const flaggedSorted = () => [...state.rows.values()].filter((r) => r.flagged === 1).sort((a, b) => (a.sortAt + a.id < b.sortAt + b.id ? -1 : 1));
  const source: InboxSource = {
    loadSnapshot: async () => state.snapshot,
    saveSnapshot: async (s) => void state.saved.push(s),
    loadFirstScreen: async () => state.firstScreen,
    saveFirstScreen: async (s) => void (state.firstScreen = s),
    countFlagged: async () => flaggedSorted().length,
    readChunk: async (after: ScanCursor | undefined, limit: number): Promise<FlaggedChunk> => {
      const all = flaggedSorted();
      const start = after ? all.findIndex((r) => r.sortAt + r.id > after.sortAt + after.id) : 0;
      const rows = start < 0 ? [] : all.slice(start, start + limit);
      state.onChunk?.();
      const last = rows.at(-1);
      return rows.length === limit && last ? { rows, skipped: 0, next: { sortAt: last.sortAt, id: last.id } } : { rows, skipped: 0 };
    },
    getMentions: async (ids) => ids.map((id) => state.rows.get(id)),
    pause: async () => undefined,
    later: (fn) => {
      state.timers.push(fn);
      return () => undefined;
    },
    now: () => NOW,
  };
  return { source, state };
}

const ctx = { now: NOW, targetMs: 3_600_000 };
const keys = (e: InboxEngine, q = DEFAULT_QUERY) => e.query(q, ctx).items.map((i) => i.key);

describe('InboxEngine', () => {
  test('reads every flagged row in chunks, then is complete; search covers them; the digest is saved', async () => {
    const rows = Array.from({ length: CHUNK_ROWS + 20 }, (_, i) => row(i + 1, { text: i === 7 ? 'battery fire' : `parcel ${i}` }));
    const { source, state } = fakeSource([...rows, row(9999, { flagged: 0 })]);
    const engine = new InboxEngine(source);
    const seen: boolean[] = [];
    engine.subscribe(() => seen.push(engine.state.usable));
    await engine.start();
    expect(engine.state).toMatchObject({ phase: 'ready', usable: true, complete: true, skipped: 0 });
    expect(engine.digest.count).toBe(rows.length);
    expect(engine.query(InboxQuerySchema.parse({ search: 'fire' }), ctx).items.map((i) => i.key)).toEqual([rows[7]!.id]);
    state.timers.forEach((fn) => fn());
    await Promise.resolve();
    expect(state.saved).toHaveLength(1);
    expect(state.saved[0]!.ids.split('\n')).toHaveLength(rows.length);
  });

  test('a saved digest is usable before the read, and the read replaces what changed while closed', async () => {
    const a = row(1);
    const b = row(2);
    const old = new InboxDigest();
    for (const r of [a, b, row(3)]) old.upsert(factsOf(r));
    const { source, state } = fakeSource([a, { ...b, status: 'handled' }], old.toSnapshot(NOW));
    const engine = new InboxEngine(source);
    const usableBeforeRead: boolean[] = [];
    state.onChunk = () => usableBeforeRead.push(engine.state.usable && !engine.state.complete);
    await engine.start();
    expect(usableBeforeRead[0]).toBe(true);
    // row 3 was deleted and b handled while the panel was closed.
    expect(keys(engine)).toEqual([a.id]);
    expect(engine.digest.has(row(3).id)).toBe(false);
  });

  test('the first screen saved on closing is shown on opening before the digest loads', async () => {
    const rows = [row(1), row(2), row(3)];
    const { source, state } = fakeSource(rows);
    const first = new InboxEngine(source);
    await first.start();
    first.noteScreen('q1', first.query(DEFAULT_QUERY, ctx));
    await first.saveNow();
    expect(state.firstScreen?.items.map((i) => i.key)).toEqual(keys(first));
    expect(state.saved).toHaveLength(1);

    const second = new InboxEngine({ ...source, loadSnapshot: async () => state.saved[0] });
    const seen: string[] = [];
    second.subscribe(() => seen.push(second.state.usable ? 'digest' : second.preview ? `preview:${second.preview.queryKey}` : 'none'));
    await second.start();
    expect(seen[0]).toBe('preview:q1');
    expect(seen).toContain('digest');
    expect(second.preview).toBeUndefined();
  });

  test('a change announced during the read is read again at the end of it', async () => {
    const rows = Array.from({ length: CHUNK_ROWS * 2 }, (_, i) => row(i + 1));
    const { source, state } = fakeSource(rows);
    const engine = new InboxEngine(source);
    let first = true;
    state.onChunk = () => {
      if (!first) return;
      first = false;
      // After the first chunk was read, an agent elsewhere handles row 1 (already read).
      state.rows.set(rows[0]!.id, { ...rows[0]!, status: 'handled' });
      void engine.applyChanged([rows[0]!.id]);
    };
    await engine.start();
    expect(engine.digest.facts(rows[0]!.id)?.status).toBe('handled');
  });

  test('applyChanged adds, updates and removes; ensureRows fetches rows once and announces them', async () => {
    const { source, state } = fakeSource([row(1), row(2)]);
    const engine = new InboxEngine(source);
    await engine.start();
    state.rows.set(row(3).id, row(3));
    state.rows.set(row(1).id, { ...row(1), flagged: 0 });
    await engine.applyChanged([row(3).id, row(1).id]);
    expect(engine.digest.liveIds().sort()).toEqual([row(2).id, row(3).id].sort());
    const get = vi.spyOn(source, 'getMentions');
    const announced = new Promise<void>((resolve) => engine.subscribe(resolve));
    engine.ensureRows([row(2).id, row(3).id]);
    engine.ensureRows([row(2).id]);
    await announced;
    expect(get).toHaveBeenCalledTimes(1);
    expect(engine.row(row(2).id)?.id).toBe(row(2).id);
    engine.setLocalStatus([row(2).id], 'dismissed');
    expect(engine.row(row(2).id)?.status).toBe('dismissed');
    expect(engine.digest.facts(row(2).id)?.status).toBe('dismissed');
  });

  test('start, stop, start (React StrictMode runs effects twice): the second run reads everything', async () => {
    const { source } = fakeSource([row(1), row(2)]);
    const engine = new InboxEngine(source);
    const first = engine.start();
    engine.stop();
    await engine.start();
    await first;
    expect(engine.state).toMatchObject({ phase: 'ready', complete: true });
    expect(engine.digest.count).toBe(2);
  });

  test('a store that cannot be read is a failed state with the error, and retry reads again', async () => {
    const { source } = fakeSource([row(1)]);
    const real = source.readChunk;
    source.readChunk = async () => {
      throw new Error('db-blocked');
    };
    const engine = new InboxEngine(source);
    await engine.start();
    expect(engine.state.phase).toBe('failed');
    expect(String(engine.state.error)).toContain('db-blocked');
    source.readChunk = real;
    await engine.retry();
    expect(engine.state.phase).toBe('ready');
    expect(keys(engine)).toEqual([row(1).id]);
  });
});
