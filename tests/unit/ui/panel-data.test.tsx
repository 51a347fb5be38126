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
  test('reads pages, counts and facets from IndexedDB', async () => {
    const data = createPanelData({ db: createDbConnection({ open: seededDb }) });
    expect((await data.inboxPage({ flaggedOnly: true, status: 'open' }, { limit: 1 })).items.map((m) => m.id)).toEqual(['x:1']);
    const page = await data.inboxPage({ flaggedOnly: true, status: 'all' }, { limit: 2 });
    expect(page.items.map((m) => m.id)).toEqual(['x:2', 'x:1']);
    expect((await data.inboxPage({ flaggedOnly: true, status: 'all' }, { limit: 2, cursor: page.nextCursor })).items.map((m) => m.id)).toEqual([
      'amazon:R2ABCDEF123456',
    ]);
    expect(await data.inboxCount({ flaggedOnly: true, status: 'open', platform: 'amazon' })).toBe(1);
    expect(await data.inboxFacets()).toEqual({
      platforms: { x: 2, amazon: 1 },
      langs: { en: 2, de: 1 },
      statuses: { open: 2, handled: 1, dismissed: 0 },
      total: 3,
    });
  });

  test('a database that never opens is reported as blocked, and a retry opens again', async () => {
    let attempt = 0;
    const openDb = () => (++attempt === 1 ? new Promise<never>(() => undefined) : seededDb());
    const data = createPanelData({ db: createDbConnection({ open: openDb, timeoutMs: 20 }) });
    await expect(data.inboxCount({ status: 'all' })).rejects.toMatchObject({ code: 'db-blocked' });
    expect(await data.inboxCount({ status: 'all' })).toBe(3);
    expect(attempt).toBe(2);
  });

  test('a failed open is not cached', async () => {
    let attempt = 0;
    const openDb = () => (++attempt === 1 ? Promise.reject(new DOMException('denied', 'UnknownError')) : seededDb());
    const data = createPanelData({ db: createDbConnection({ open: openDb }) });
    await expect(data.inboxCount({ status: 'all' })).rejects.toMatchObject({ code: 'db', message: 'UnknownError: denied' });
    expect(await data.inboxCount({ status: 'all' })).toBe(3);
  });

  test('setStatus sends exactly the set-status message; a refusal is a MessageError', async () => {
    const send = vi.fn(async () => ({ ok: true }) as unknown);
    const data = createPanelData({ db: createDbConnection({ open: seededDb }), send });
    await data.setStatus('x:1', 'handled');
    expect(send).toHaveBeenCalledWith({ type: 'mention/set-status', id: 'x:1', status: 'handled' });
    send.mockResolvedValueOnce({ ok: false, error: 'unknown mention x:1' });
    await expect(data.setStatus('x:1', 'dismissed')).rejects.toMatchObject({ name: 'MessageError', code: 'rejected', message: 'unknown mention x:1' });
  });

  test('setStatus goes to the background through runtime.sendMessage', async () => {
    const background = vi.fn((message: unknown) => Promise.resolve(message ? { ok: true } : undefined));
    fakeBrowser.runtime.onMessage.addListener(background);
    await createPanelData({ db: createDbConnection({ open: seededDb }) }).setStatus('x:1', 'dismissed');
    expect(background).toHaveBeenCalledWith({ type: 'mention/set-status', id: 'x:1', status: 'dismissed' }, {});
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
  test('rows from IndexedDB; Mark handled sends the message; an error reply is shown', async () => {
    const restore = fakeLayout();
    const send = vi.fn(async () => ({ ok: true }) as unknown);
    const data = createPanelData({ db: createDbConnection({ open: seededDb }), send });
    renderPanel(data);
    await waitFor(() =>
      expect(screen.queryAllByTestId('mention-row').map((r) => r.getAttribute('data-mention-id'))).toEqual(['x:1', 'amazon:R2ABCDEF123456']),
    );
    expect(screen.getByTestId('inbox-count').textContent).toBe('2');

    const amazonRow = document.querySelector('[data-mention-id="amazon:R2ABCDEF123456"]') as HTMLElement;
    fireEvent.click(within(amazonRow).getByTestId('mark-handled'));
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'mention/set-status', id: 'amazon:R2ABCDEF123456', status: 'handled' }));

    send.mockResolvedValueOnce({ ok: false, error: 'storage is full (QuotaExceededError)', code: 'quota' });
    fireEvent.click(within(document.querySelector('[data-mention-id="x:1"]') as HTMLElement).getByTestId('dismiss'));
    expect((await screen.findByTestId('status-error')).textContent).toContain('Could not update the mention: storage is full (QuotaExceededError)');
    restore();
  });
});
