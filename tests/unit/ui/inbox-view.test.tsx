// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PAGE_SIZE } from '../../../entrypoints/sidepanel/queries.ts';
import { COALESCE_MS } from '../../../entrypoints/sidepanel/views/use-live-updates.ts';
import { DbError } from '../../../lib/db/connection.ts';
import { MessageError } from '../../../lib/messaging.ts';
import { amazonMention, fakePanelData, healthReport, xMention } from './fixtures.ts';
import { fakeLayout, renderPanel } from './render-panel.tsx';

let restoreViewport: () => void;
beforeEach(() => {
  restoreViewport = fakeLayout();
});
afterEach(() => {
  cleanup();
  restoreViewport();
  vi.useRealTimers();
});

const rowIds = () => screen.queryAllByTestId('mention-row').map((r) => r.getAttribute('data-mention-id'));

describe('side panel inbox', () => {
  test('lists open flagged mentions newest first with counts', async () => {
    const { data } = fakePanelData([
      xMention({ id: 'x:1', sortAt: '2025-11-22T10:00:00.000Z' }),
      xMention({ id: 'x:2', sortAt: '2025-11-22T11:00:00.000Z' }),
      amazonMention({ sortAt: '2025-11-22T09:00:00.000Z' }),
      xMention({ id: 'x:3', status: 'handled' }),
      xMention({ id: 'x:4', flagged: 0 }),
    ]);
    renderPanel(data);
    await waitFor(() => expect(rowIds()).toEqual(['x:2', 'x:1', 'amazon:R2ABCDEF123456']));
    await waitFor(() => expect(screen.getByTestId('inbox-count').textContent).toBe('3'));
    expect(screen.getByText('· 4 flagged in total')).toBeTruthy();
    expect(data.inboxPage).toHaveBeenCalledWith({ flaggedOnly: true, status: 'open' }, { limit: PAGE_SIZE, cursor: undefined });
    const status = screen.getByTestId('filter-status') as HTMLSelectElement;
    expect(status.value).toBe('open');
    expect([...status.options].map((o) => o.textContent)).toEqual(['Open (3)', 'Handled (1)', 'Dismissed (0)', 'All (4)']);
    const lang = screen.getByTestId('filter-lang') as HTMLSelectElement;
    expect([...lang.options].map((o) => `${o.value}:${o.textContent}`)).toEqual([':All languages', 'en:English (3)', 'de:German (1)']);
    const platform = screen.getByTestId('filter-platform') as HTMLSelectElement;
    expect([...platform.options].map((o) => o.textContent)).toEqual(['All platforms', 'X (3)', 'Amazon (1)']);
  });

  test('filters call back and re-query the store', async () => {
    const { data } = fakePanelData([
      xMention({ id: 'x:1' }),
      amazonMention(),
      xMention({ id: 'x:3', status: 'handled', analysis: { ...xMention().analysis, lang: 'ja' } }),
    ]);
    renderPanel(data);
    await waitFor(() => expect(rowIds()).toHaveLength(2));

    fireEvent.change(screen.getByTestId('filter-platform'), { target: { value: 'amazon' } });
    await waitFor(() => expect(rowIds()).toEqual(['amazon:R2ABCDEF123456']));
    expect(data.inboxPage).toHaveBeenLastCalledWith({ flaggedOnly: true, status: 'open', platform: 'amazon' }, { limit: PAGE_SIZE, cursor: undefined });

    fireEvent.change(screen.getByTestId('filter-platform'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'all' } });
    fireEvent.change(screen.getByTestId('filter-lang'), { target: { value: 'ja' } });
    await waitFor(() => expect(rowIds()).toEqual(['x:3']));
    expect(data.inboxPage).toHaveBeenLastCalledWith({ flaggedOnly: true, status: 'all', lang: 'ja' }, { limit: PAGE_SIZE, cursor: undefined });
    expect(screen.getByTestId('inbox-count').textContent).toBe('1');
  });

  test('renders only the rows in view and loads the next page near the end', async () => {
    const many = Array.from({ length: PAGE_SIZE + 5 }, (_, i) =>
      xMention({ id: `x:${5000 + i}`, sortAt: new Date(Date.parse('2025-11-22T00:00:00.000Z') - i * 60_000).toISOString() }),
    );
    const { data } = fakePanelData(many);
    renderPanel(data);
    await waitFor(() => expect(rowIds()[0]).toBe('x:5000'));
    // 800 px viewport / 100 px rows = 8 rows, plus 4 overscan.
    expect(rowIds()).toHaveLength(12);
    expect(data.inboxPage).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByTestId('inbox-count').textContent).toBe(String(PAGE_SIZE + 5)));

    // Scroll to the bottom (unmeasured rows count at their estimated height until seen).
    const list = document.querySelector('.cd-list') as HTMLElement;
    const scrollToEnd = () => {
      list.scrollTop = parseInt((list.firstElementChild as HTMLElement).style.height, 10) - 800;
      fireEvent.scroll(list);
    };
    scrollToEnd();
    await waitFor(() => expect(data.inboxPage).toHaveBeenCalledTimes(2));
    expect(data.inboxPage.mock.calls[1]![1]).toEqual({ limit: PAGE_SIZE, cursor: String(PAGE_SIZE) });
    await waitFor(() => {
      scrollToEnd();
      expect(rowIds()).toContain(`x:${5000 + PAGE_SIZE + 4}`);
    });
    expect(rowIds()).not.toContain('x:5000');
    expect(rowIds().length).toBeLessThan(20);
  });

  test('Mark handled and Dismiss send the status change and the row leaves the open list', async () => {
    const { data } = fakePanelData([xMention({ id: 'x:1' }), xMention({ id: 'x:2' })]);
    renderPanel(data);
    await waitFor(() => expect(rowIds()).toHaveLength(2));
    const row = document.querySelector('[data-mention-id="x:1"]') as HTMLElement;
    fireEvent.click(within(row).getByTestId('mark-handled'));
    await waitFor(() => expect(rowIds()).toEqual(['x:2']));
    fireEvent.click(screen.getByTestId('dismiss'));
    await waitFor(() => expect(rowIds()).toEqual([]));
    expect(data.setStatus.mock.calls).toEqual([
      ['x:1', 'handled'],
      ['x:2', 'dismissed'],
    ]);
    expect(screen.getByTestId('inbox-empty').getAttribute('data-empty-kind')).toBe('all-done');
    expect(screen.getByTestId('inbox-count').textContent).toBe('0');
  });

  test('a refused status change is shown, and can be closed', async () => {
    const { data } = fakePanelData([xMention({ id: 'x:1' })]);
    data.setStatus.mockRejectedValueOnce(new MessageError('rejected', 'storage is full (QuotaExceededError)'));
    renderPanel(data);
    fireEvent.click(await screen.findByTestId('mark-handled'));
    const notice = await screen.findByTestId('status-error');
    expect(notice.textContent).toContain('Could not update the mention: storage is full (QuotaExceededError)');
    expect(rowIds()).toEqual(['x:1']);
    fireEvent.click(within(notice).getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('status-error')).toBeNull();
  });

  test('a missing background reply is named as such', async () => {
    const { data } = fakePanelData([xMention({ id: 'x:1' })]);
    data.setStatus.mockRejectedValueOnce(new MessageError('no-reply', 'Receiving end does not exist.'));
    renderPanel(data);
    fireEvent.click(await screen.findByTestId('dismiss'));
    expect((await screen.findByTestId('status-error')).textContent).toContain(
      'Could not update the mention: the background did not answer (Receiving end does not exist.)',
    );
  });

  test('empty store: explains what to do and how many watch terms are set', async () => {
    const { data } = fakePanelData([], { settings: { ...(await fakePanelData().data.loadSettings()), brands: ['Acme'], handles: ['acme'] } });
    renderPanel(data);
    const empty = await screen.findByTestId('inbox-empty');
    expect(empty.getAttribute('data-empty-kind')).toBe('nothing-yet');
    expect(empty.textContent).toContain('Open an X timeline, search or post, or an Amazon review page.');
    await waitFor(() => expect(empty.textContent).toContain('Watching 2 terms.'));
    fireEvent.click(within(empty).getByRole('button', { name: 'Settings' }));
    expect(data.openSettings).toHaveBeenCalledTimes(1);
  });

  test('filters that match nothing offer to clear them', async () => {
    const { data } = fakePanelData([xMention({ id: 'x:1' })]);
    renderPanel(data);
    await waitFor(() => expect(rowIds()).toHaveLength(1));
    fireEvent.change(screen.getByTestId('filter-platform'), { target: { value: 'amazon' } });
    const empty = await screen.findByTestId('inbox-empty');
    expect(empty.getAttribute('data-empty-kind')).toBe('no-match');
    fireEvent.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rowIds()).toEqual(['x:1']));
    expect((screen.getByTestId('filter-platform') as HTMLSelectElement).value).toBe('');
  });

  test('loading, then a store error with a working retry', async () => {
    const { data } = fakePanelData([xMention({ id: 'x:1' })]);
    let fail = true;
    const real = data.inboxPage.getMockImplementation()!;
    data.inboxPage.mockImplementation(async (...args) => {
      if (fail) throw new DbError('db-blocked', 'the database did not open within 10 s');
      return real(...args);
    });
    renderPanel(data);
    expect(screen.getByTestId('inbox-loading').textContent).toBe('Loading mentions…');
    const error = await screen.findByTestId('inbox-error');
    expect(error.textContent).toContain('Could not read the mention store');
    expect(error.textContent).toContain('the database did not open within 10 s');
    fail = false;
    fireEvent.click(within(error).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(rowIds()).toEqual(['x:1']));
  });

  test('adapter health warnings name platform, page type and selector, and can be dismissed', async () => {
    const { data } = fakePanelData([xMention({ id: 'x:1' })], {
      health: [
        healthReport(),
        healthReport({ platform: 'amazon', pageType: 'product-reviews', url: 'https://www.amazon.de/product-reviews/B08N5WRWNW', problem: 'no-text', selector: '[data-hook="review-body"]' }),
      ],
    });
    renderPanel(data);
    await waitFor(() => expect(screen.getAllByTestId('adapter-health')).toHaveLength(2));
    const [x, amazon] = screen.getAllByTestId('adapter-health') as [HTMLElement, HTMLElement];
    expect(x.textContent).toContain('X home timeline: page reading problem');
    expect(x.textContent).toContain('No posts or reviews were found on the page.');
    expect(x.querySelector('code')?.textContent).toBe('article[data-testid="tweet"]');
    expect(x.textContent).toContain('Last seen 1 hr. ago on https://x.com/home');
    expect(amazon.textContent).toContain('Amazon review list: page reading problem');
    expect(amazon.textContent).toContain('Posts were found, but their text could not be read.');
    fireEvent.click(within(x).getByTestId('dismiss-health'));
    await waitFor(() => expect(screen.getAllByTestId('adapter-health')).toHaveLength(1));
    expect(data.dismissHealth).toHaveBeenCalledWith('x/home');
  });

  test('damaged stored rows the list skips are counted in a notice, not dropped silently', async () => {
    const { data } = fakePanelData([xMention({ id: 'x:1' })]);
    const honest = data.inboxPage.getMockImplementation()!;
    data.inboxPage.mockImplementation(async (filter, opts) => ({ ...(await honest(filter, opts)), skipped: 2 }));
    renderPanel(data);
    await waitFor(() => expect(screen.getByTestId('inbox-skipped').textContent).toContain('2 stored mentions could not be shown'));
    expect(rowIds()).toEqual(['x:1']);
  });

  test('a storage failure in the background is shown, and goes when it is cleared', async () => {
    const { data, state } = fakePanelData([xMention({ id: 'x:1' })], {
      pipeline: { lastError: { code: 'quota', message: 'QuotaExceededError: quota exceeded', at: '2025-11-22T11:00:00.000Z' } },
    });
    renderPanel(data);
    await waitFor(() => expect(screen.getByTestId('storage-error').textContent).toContain('New mentions are not being saved'));
    expect(screen.getByTestId('storage-error').textContent).toContain('storage for Crisis Desk is full');
    act(() => state.events!.pipelineStatusChanged({}));
    await waitFor(() => expect(screen.queryByTestId('storage-error')).toBeNull());
  });

  test('a failed re-check of stored mentions is shown, and goes when a later run clears it', async () => {
    const { data, state } = fakePanelData([xMention({ id: 'x:1' })], {
      pipeline: { recheckError: { message: 'UnknownError: database closed', at: '2025-11-22T11:00:00.000Z' } },
    });
    renderPanel(data);
    await waitFor(() => expect(screen.getByTestId('recheck-error').textContent).toContain('Stored mentions could not be checked again'));
    expect(screen.getByTestId('recheck-error').textContent).toContain('database closed');
    expect(screen.queryByTestId('storage-error')).toBeNull();
    act(() => state.events!.pipelineStatusChanged({}));
    await waitFor(() => expect(screen.queryByTestId('recheck-error')).toBeNull());
  });

  test('live: a mentions/changed broadcast refreshes the list; health events update the banner', async () => {
    const { data, state } = fakePanelData([xMention({ id: 'x:1', sortAt: '2025-11-22T10:00:00.000Z' })]);
    renderPanel(data);
    await waitFor(() => expect(rowIds()).toEqual(['x:1']));
    state.rows = [xMention({ id: 'x:9', sortAt: '2025-11-22T11:59:00.000Z' }), ...state.rows];
    act(() => {
      state.events!.mentionsChanged(['x:9']);
      state.events!.mentionsChanged(['x:9']);
    });
    await waitFor(() => expect(rowIds()).toEqual(['x:9', 'x:1']), { timeout: COALESCE_MS * 8 });
    expect(screen.getByTestId('inbox-count').textContent).toBe('2');
    // Two broadcasts within COALESCE_MS: one refetch, not two.
    expect(data.inboxPage).toHaveBeenCalledTimes(2);

    act(() => state.events!.healthChanged([healthReport()]));
    await waitFor(() => expect(screen.getAllByTestId('adapter-health')).toHaveLength(1));
  });

  test('Simplified Chinese panel', async () => {
    const { data } = fakePanelData([xMention({ id: 'x:1' })]);
    renderPanel(data, 'zh-CN');
    await waitFor(() => expect(rowIds()).toEqual(['x:1']));
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['收件箱', '警报']);
    expect(screen.getByText('条提及', { exact: false })).toBeTruthy();
    const status = screen.getByTestId('filter-status') as HTMLSelectElement;
    await waitFor(() => expect([...status.options].map((o) => o.textContent)).toEqual(['待处理（1）', '已处理（0）', '已忽略（0）', '全部（1）']));
  });
});
