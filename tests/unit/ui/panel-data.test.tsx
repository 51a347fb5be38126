// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { putMentions } from '../../../lib/db/mentions.ts';
import { openCrisisDb, type CrisisDb } from '../../../lib/db/open.ts';
import { createDbConnection } from '../../../lib/db/connection.ts';
import { createPanelData, type PanelEvents } from '../../../runtime/panel-data.ts';
import { pipelineStatusItem, recordHealth, settingsItem, updatePipelineStatus } from '../../../runtime/storage-items.ts';
import { DEFAULT_SETTINGS } from '../../../lib/schema.ts';
import { amazonMention, healthReport, xMention } from './fixtures.ts';
import { fakeLayout, renderPanel } from './render-panel.tsx';

let factory: IDBFactory;
let db: CrisisDb | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  factory = new IDBFactory();
});
afterEach(() => {
  cleanup();
  db?.close();
  db = undefined;
});

async function seededDb() {
  db = await openCrisisDb(factory);
  await putMentions(db, [
    xMention({ id: 'x:1', sortAt: '2025-11-22T10:00:00.000Z' }),
    xMention({ id: 'x:2', sortAt: '2025-11-22T11:00:00.000Z', status: 'handled' }),
    amazonMention({ sortAt: '2025-11-22T09:00:00.000Z' }),
  ]);
  return db;
}

describe('createPanelData', () => {
  test('reads flagged rows in chunks, single rows, and counts from IndexedDB', async () => {
    const data = createPanelData({ db: createDbConnection({ open: seededDb }) });
    expect(await data.countFlagged()).toBe(3);
    const first = await data.readFlagged(undefined, 2);
    expect(first.rows.map((m) => m.id)).toEqual(['amazon:R2ABCDEF123456', 'x:1']);
    const rest = await data.readFlagged(first.next, 2);
    expect(rest.rows.map((m) => m.id)).toEqual(['x:2']);
    expect(rest.next).toBeUndefined();
    expect((await data.getMentions(['x:2', 'x:404'])).map((m) => m?.status)).toEqual(['handled', undefined]);
    expect(await data.loadDigestSnapshot()).toBeUndefined();
  });

  test('an alert focus: flagged mentions in its span that count as negative in one of its scopes', async () => {
    const data = createPanelData({ db: createDbConnection({ open: seededDb }) });
    const focus = { kind: 'scopes' as const, label: 'X', scopes: ['platform:x'], from: '2025-11-22T09:30:00.000Z', to: '2025-11-22T10:30:00.000Z' };
    expect(await data.scopesFocusIds(focus)).toEqual(['x:1']);
    expect(await data.scopesFocusIds({ ...focus, scopes: ['platform:amazon'], from: '2025-11-22T08:00:00.000Z', to: undefined })).toEqual(['amazon:R2ABCDEF123456']);
  });

  test('a database that never opens is reported as blocked, and a retry opens again', async () => {
    let attempt = 0;
    // Opened beforehand: the retry's open is settled at once, so the short timeout only ever
    // catches the first open (seeding a database can take longer than 20 ms on a loaded machine).
    const seeded = await seededDb();
    const openDb = () => (++attempt === 1 ? new Promise<never>(() => undefined) : Promise.resolve(seeded));
    const data = createPanelData({ db: createDbConnection({ open: openDb, timeoutMs: 20 }) });
    await expect(data.countFlagged()).rejects.toMatchObject({ code: 'db-blocked' });
    expect(await data.countFlagged()).toBe(3);
    expect(attempt).toBe(2);
  });

  test('a failed open is not cached', async () => {
    let attempt = 0;
    const openDb = () => (++attempt === 1 ? Promise.reject(new DOMException('denied', 'UnknownError')) : seededDb());
    const data = createPanelData({ db: createDbConnection({ open: openDb }) });
    await expect(data.countFlagged()).rejects.toMatchObject({ code: 'db', message: 'UnknownError: denied' });
    expect(await data.countFlagged()).toBe(3);
  });

  test('setStatuses sends one bulk message and returns what each mention was; a refusal is a MessageError', async () => {
    const send = vi.fn(async (): Promise<unknown> => ({ ok: true, before: [{ id: 'x:1', status: 'open' }] }));
    const data = createPanelData({ db: createDbConnection({ open: seededDb }), send });
    expect(await data.setStatuses(['x:1', 'x:2'], 'handled')).toEqual([{ id: 'x:1', status: 'open' }]);
    expect(send).toHaveBeenCalledWith({ type: 'mentions/set-status-bulk', ids: ['x:1', 'x:2'], status: 'handled' });
    send.mockResolvedValueOnce({ ok: true });
    await expect(data.setStatuses(['x:1'], 'handled')).rejects.toMatchObject({ name: 'MessageError', code: 'bad-reply' });
    send.mockResolvedValueOnce({ ok: false, error: 'storage is full' });
    await expect(data.setStatuses(['x:1'], 'dismissed')).rejects.toMatchObject({ name: 'MessageError', code: 'rejected', message: 'storage is full' });
    send.mockResolvedValueOnce({ ok: true, restored: 1 });
    await data.restoreStatuses([{ id: 'x:1', status: 'open' }]);
    expect(send).toHaveBeenLastCalledWith({ type: 'mentions/restore-status', before: [{ id: 'x:1', status: 'open' }] });
  });

  test('the place survives in session storage, the preferences in local storage', async () => {
    const data = createPanelData({ db: createDbConnection({ open: seededDb }) });
    const place = { query: { status: 'all' as const, facets: { lang: ['ja'] }, search: '退款', brigades: true }, scroll: { key: 'x:1', offset: 12 } };
    await data.savePlace(place);
    await data.savePrefs({ sort: 'waiting', density: 'compact' });
    expect(await fakeBrowser.storage.session.get('inboxPlace')).toEqual({ inboxPlace: place });
    expect(await data.loadPrefs()).toEqual({ sort: 'waiting', density: 'compact' });
    expect(await data.loadPlace()).toEqual(place);
  });

  test('subscribe: parsed mentions/changed broadcasts, health and settings storage events', async () => {
    const events = { mentionsChanged: vi.fn(), healthChanged: vi.fn(), settingsChanged: vi.fn(), pipelineStatusChanged: vi.fn() } satisfies PanelEvents;
    const stop = createPanelData({ db: createDbConnection({ open: seededDb }) }).subscribe(events);
    // A content script's own message in the same context is a stand-in for the broadcast.
    fakeBrowser.runtime.onMessage.addListener(() => undefined);
    await fakeBrowser.runtime.sendMessage({ type: 'mentions/changed', ids: ['x:1', 'x:2'] });
    await fakeBrowser.runtime.sendMessage({ type: 'mentions/changed', ids: 'x:1' });
    await fakeBrowser.runtime.sendMessage({ type: 'mention/set-status', id: 'x:1', status: 'open' });
    await recordHealth(healthReport());
    await settingsItem.set({ ...DEFAULT_SETTINGS, brands: ['Acme'] });
    const failure = { code: 'quota', message: 'QuotaExceededError', at: '2025-11-22T11:00:00.000Z' };
    await updatePipelineStatus({ lastError: failure });
    stop();
    await fakeBrowser.runtime.sendMessage({ type: 'mentions/changed', ids: ['x:3'] });
    expect(events.mentionsChanged.mock.calls).toEqual([[['x:1', 'x:2']]]);
    expect(events.healthChanged.mock.calls).toEqual([[[healthReport()]]]);
    expect(events.settingsChanged.mock.calls).toEqual([[{ ...DEFAULT_SETTINGS, brands: ['Acme'] }]]);
    expect(events.pipelineStatusChanged.mock.calls).toEqual([[{ lastError: failure }]]);
    expect(await pipelineStatusItem.get()).toEqual({ lastError: failure });
    await updatePipelineStatus({ lastError: undefined });
    expect(await pipelineStatusItem.get()).toEqual({});
    // Clearing one field keeps the other.
    const recheck = { message: 'database closed', at: '2025-11-22T12:00:00.000Z' };
    await updatePipelineStatus({ lastError: failure, recheckError: recheck });
    await updatePipelineStatus({ recheckError: undefined });
    expect(await pipelineStatusItem.get()).toEqual({ lastError: failure });
    await updatePipelineStatus({ lastError: undefined });
    // A healthy batch with nothing to clear writes nothing (it runs after every batch).
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await updatePipelineStatus({ lastError: undefined });
    expect(set).not.toHaveBeenCalled();
    set.mockRestore();
  });
});

describe('side panel over the real data layer', () => {
  test('rows from IndexedDB; Mark handled sends the bulk message; an error reply is shown', async () => {
    const restore = fakeLayout();
    const send = vi.fn(async (): Promise<unknown> => ({ ok: true, before: [{ id: 'amazon:R2ABCDEF123456', status: 'open' }] }));
    const data = createPanelData({ db: createDbConnection({ open: seededDb }), send });
    renderPanel(data);
    await waitFor(() =>
      expect(screen.queryAllByTestId('mention-row').map((r) => r.getAttribute('data-mention-id')).sort()).toEqual(['amazon:R2ABCDEF123456', 'x:1']),
    );
    expect(screen.getByTestId('inbox-count').textContent).toBe('2');

    const amazonRow = document.querySelector('[data-mention-id="amazon:R2ABCDEF123456"]') as HTMLElement;
    fireEvent.click(within(amazonRow).getByTestId('mark-handled'));
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'mentions/set-status-bulk', ids: ['amazon:R2ABCDEF123456'], status: 'handled' }));

    send.mockResolvedValueOnce({ ok: false, error: 'storage is full (QuotaExceededError)', code: 'quota' });
    fireEvent.click(within(document.querySelector('[data-mention-id="x:1"]') as HTMLElement).getByTestId('dismiss'));
    expect((await screen.findByTestId('status-error')).textContent).toContain('Could not update the mention: storage is full (QuotaExceededError)');
    restore();
  });
});
