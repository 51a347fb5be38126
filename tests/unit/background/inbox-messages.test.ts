import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { handleMessage, type BackgroundDeps } from '../../../entrypoints/background/handle-message.ts';
import { getMentions, putMentions } from '../../../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../../../lib/db/open.ts';
import { DEFAULT_SETTINGS } from '../../../lib/schema.ts';
import { stored } from '../db/fixtures.ts';

let db: CrisisDb;
let deps: BackgroundDeps;
let events: { changed: string[][]; verdicts: unknown[][]; badge: number; opened: string[] };
const panel = { id: 'ext-id', url: 'chrome-extension://ext-id/sidepanel.html' };
const contentScript = { id: 'ext-id', url: 'https://x.com/home', tab: { id: 7, url: 'https://x.com/home' } };

beforeEach(async () => {
  db = await openCrisisDb(new IDBFactory());
  events = { changed: [], verdicts: [], badge: 0, opened: [] };
  deps = {
    getDb: async () => db,
    loadSettings: async () => DEFAULT_SETTINGS,
    analyze: () => {
      throw new Error('not used');
    },
    recordHealth: async () => undefined,
    setPipelineStatus: async () => undefined,
    broadcastChanged: (ids) => void events.changed.push(ids),
    broadcastVerdicts: (v) => void events.verdicts.push(v),
    refreshBadge: () => void (events.badge += 1),
    now: () => new Date('2025-06-02T00:00:00.000Z'),
    extensionId: 'ext-id',
    log: () => undefined,
    openMention: (id) => void events.opened.push(id),
  };
});

describe('inbox messages', () => {
  test('bulk status from the side panel: one transaction, the earlier statuses back, announced in chunks', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => stored(i + 1));
    await putMentions(db, rows.slice(0, 500));
    await putMentions(db, rows.slice(500));
    const reply = await handleMessage({ type: 'mentions/set-status-bulk', ids: rows.map((r) => r.id), status: 'handled' }, panel, deps);
    expect(reply.ok).toBe(true);
    expect((reply as unknown as { before: unknown[] }).before).toHaveLength(600);
    expect(events.changed.map((c) => c.length)).toEqual([500, 100]);
    expect(events.verdicts.map((v) => v.length)).toEqual([500, 100]);
    expect(events.badge).toBe(1);
    const undo = await handleMessage({ type: 'mentions/restore-status', before: [{ id: rows[0]!.id, status: 'open' }] }, panel, deps);
    expect(undo).toEqual({ ok: true, restored: 1 });
    expect((await getMentions(db, [rows[0]!.id, rows[1]!.id])).map((r) => r?.status)).toEqual(['open', 'handled']);
  });

  test('status changes from a web page are refused; an in-page badge may ask to open the panel', async () => {
    await putMentions(db, [stored(1)]);
    const refused = await handleMessage({ type: 'mentions/set-status-bulk', ids: [stored(1).id], status: 'dismissed' }, contentScript, deps);
    expect(refused).toMatchObject({ ok: false, code: 'sender' });
    expect((await getMentions(db, [stored(1).id]))[0]?.status).toBe('open');
    expect(await handleMessage({ type: 'panel/open-mention', id: stored(1).id }, contentScript, deps)).toEqual({ ok: true });
    expect(events.opened).toEqual([stored(1).id]);
    // The panel is opened before the handler awaits anything (the click's user gesture).
    const sync = vi.fn();
    void handleMessage({ type: 'panel/open-mention', id: stored(1).id }, contentScript, { ...deps, openMention: sync });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(await handleMessage({ type: 'panel/open-mention', id: stored(1).id }, panel, deps)).toMatchObject({ ok: false });
  });

  test('a malformed bulk message is refused whole', async () => {
    const reply = await handleMessage({ type: 'mentions/set-status-bulk', ids: ['not an id'], status: 'handled' }, panel, deps);
    expect(reply.ok).toBe(false);
    expect(await handleMessage({ type: 'mentions/set-status-bulk', ids: [], status: 'handled' }, panel, deps)).toMatchObject({ ok: false });
  });
});
