// Recording a reply on a mention (issue 11): written with its agent and the status it brings, in
// one transaction, announced, told to the team; undone exactly; refused from web pages.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { handleMessage, type BackgroundDeps } from '../../../entrypoints/background/handle-message.ts';
import { getMentions, putMentions } from '../../../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../../../lib/db/open.ts';
import { firstResponse } from '../../../lib/replies/record.ts';
import { DEFAULT_SETTINGS, RecordReplyReplySchema, type ReplyMessage } from '../../../lib/schema.ts';
import { stored } from '../db/fixtures.ts';

let db: CrisisDb;
let deps: BackgroundDeps;
let events: { changed: string[][]; badge: number };
const panel = { id: 'ext-id', url: 'chrome-extension://ext-id/sidepanel.html' };
const contentScript = { id: 'ext-id', url: 'https://x.com/home', tab: { id: 7, url: 'https://x.com/home' } };
const NOW = new Date('2025-06-02T00:10:00.000Z');

beforeEach(async () => {
  db = await openCrisisDb(new IDBFactory());
  events = { changed: [], badge: 0 };
  deps = {
    getDb: async () => db,
    loadSettings: async () => DEFAULT_SETTINGS,
    analyze: () => {
      throw new Error('not used');
    },
    recordHealth: async () => undefined,
    setPipelineStatus: async () => undefined,
    broadcastChanged: (ids) => void events.changed.push(ids),
    broadcastVerdicts: () => undefined,
    refreshBadge: () => void (events.badge += 1),
    now: () => NOW,
    extensionId: 'ext-id',
    log: () => undefined,
    team: { onStatusSet: vi.fn(async () => undefined), onStored: async () => undefined, onReplied: vi.fn(async () => undefined) },
    replies: { agent: async () => 'mei' },
  };
});

const record = (id: string, markHandled = true) =>
  ({
    type: 'mention/record-reply',
    id,
    markHandled,
    reply: { at: NOW.toISOString(), channel: 'x-reply', via: 'x-insert', templateId: 'vp20k-holding-x', lang: 'de', statementVersion: 1, incidentId: 'vp20k-overheating', text: 'Hallo Jana …' },
  }) satisfies ReplyMessage;

describe('recording replies', () => {
  test('the record carries the agent; the mention becomes handled; undo takes both back', async () => {
    const row = { ...stored(1), postedAt: '2025-06-02T00:00:00.000Z' };
    await putMentions(db, [row]);
    const reply = RecordReplyReplySchema.parse(await handleMessage(record(row.id), panel, deps));
    expect(reply.record).toMatchObject({ agent: 'mei', templateId: 'vp20k-holding-x' });
    expect(reply.before).toEqual({ id: row.id, status: 'open' });
    const [after] = await getMentions(db, [row.id]);
    expect(after?.status).toBe('handled');
    expect(after?.replies).toHaveLength(1);
    expect(firstResponse(after!)?.minutes).toBe(10);
    expect(events.changed).toEqual([[row.id]]);
    expect(deps.team?.onReplied).toHaveBeenCalledWith(row.id, reply.record);

    expect(await handleMessage({ type: 'mention/undo-reply', id: row.id, at: reply.record.at, before: reply.before }, panel, deps)).toEqual({ ok: true });
    const [undone] = await getMentions(db, [row.id]);
    expect(undone?.status).toBe('open');
    expect(undone?.replies).toBeUndefined();
    expect(deps.team?.onStatusSet).toHaveBeenCalledWith(row.id, 'open');
  });

  test('a decision not to reply leaves the status alone', async () => {
    await putMentions(db, [stored(2)]);
    const msg = { type: 'mention/record-reply', id: stored(2).id, markHandled: false, reply: { at: NOW.toISOString(), channel: 'none', via: 'none' } } satisfies ReplyMessage;
    const reply = RecordReplyReplySchema.parse(await handleMessage(msg, panel, deps));
    expect(reply.before).toBeUndefined();
    expect((await getMentions(db, [stored(2).id]))[0]?.status).toBe('open');
  });

  test('solo (no agent known): "me"; the team’s failure never undoes the record', async () => {
    await putMentions(db, [stored(3)]);
    deps.replies = undefined;
    deps.team = { onStatusSet: async () => undefined, onStored: async () => undefined, onReplied: async () => Promise.reject(new Error('offline')) };
    const reply = RecordReplyReplySchema.parse(await handleMessage(record(stored(3).id), panel, deps));
    expect(reply.record.agent).toBe('me');
    expect((await getMentions(db, [stored(3).id]))[0]?.replies).toHaveLength(1);
  });

  test('refused from a web page; unknown mention; malformed record', async () => {
    await putMentions(db, [stored(4)]);
    expect(await handleMessage(record(stored(4).id), contentScript, deps)).toMatchObject({ ok: false, code: 'sender' });
    expect((await getMentions(db, [stored(4).id]))[0]?.replies).toBeUndefined();
    expect(await handleMessage(record('x:999999'), panel, deps)).toMatchObject({ ok: false, code: 'not-found' });
    const bad = { ...record(stored(4).id), reply: { at: 'yesterday', channel: 'fax', via: 'x-insert' } };
    expect(await handleMessage(bad, panel, deps)).toMatchObject({ ok: false });
  });
});
