// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DbError } from '../../../lib/db/connection.ts';
import { MessageError } from '../../../lib/messaging.ts';
import { amazonMention, fakePanelData, healthReport, NOW, xMention } from './fixtures.ts';
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
const minutesAgo = (m: number) => new Date(NOW - m * 60_000).toISOString();
const row = (id: string) => document.querySelector(`[data-testid="mention-row"][data-mention-id="${id}"]`) as HTMLElement;
/** Different complaints (identical texts would rightly be grouped as one brigade). */
const TEXTS = [
  'My order never arrived and support ignores me.',
  'The blender jar cracked on the first use, want a refund',
  'Charged twice for one subscription, nobody answers',
  'Wrong colour delivered and the box was soaked',
  'Customer service hung up on me three times today',
];
const post = (n: number, over: Parameters<typeof xMention>[0] = {}) => xMention({ id: `x:${n}`, text: TEXTS[n % TEXTS.length], ...over });
const key = (k: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(document.activeElement ?? document.body, { key: k, ...init });

describe('side panel inbox: finding what to answer first', () => {
  test('open flagged mentions by priority, with counts per status', async () => {
    const { data } = fakePanelData([
      post(1, { text: 'meh', sortAt: minutesAgo(50), analysis: { ...xMention().analysis, complaint: undefined, sentiment: { score: -0.2, label: 'negative' } } }),
      post(2, { text: 'burned my hand', sortAt: minutesAgo(2), analysis: { ...xMention().analysis, complaint: { categories: ['safety'], evidence: [] } } }),
      amazonMention({ sortAt: minutesAgo(30) }),
      post(3, { status: 'handled' }),
      post(4, { flagged: 0 }),
    ]);
    renderPanel(data);
    // safety 45 + 6 + 0.7 age; one star 15 + 16 + 10; mild 4 + 16.7.
    await waitFor(() => expect(rowIds()).toEqual(['x:2', 'amazon:R2ABCDEF123456', 'x:1']));
    expect(screen.getByTestId('inbox-count').textContent).toBe('3');
    expect(screen.getByText('· 4 flagged in total')).toBeTruthy();
    const status = screen.getByTestId('filter-status') as HTMLSelectElement;
    expect([...status.options].map((o) => o.textContent)).toEqual(['Open (3)', 'Handled (1)', 'Dismissed (0)', 'All (4)']);
    expect(screen.getByRole('feed').getAttribute('aria-label')).toBe('Flagged mentions, highest priority first');
    // Each row says how long it waited and why it ranks where it does.
    expect(within(row('x:1')).getByTestId('row-age').textContent).toBe('Waiting 50 min');
    expect(row('x:2').querySelector('.cd-chip--priority')?.getAttribute('title')).toBe('Priority 60: complaint +45, negative tone +14, and waiting time +1');

    fireEvent.change(screen.getByTestId('inbox-sort'), { target: { value: 'newest' } });
    await waitFor(() => expect(rowIds()).toEqual(['x:2', 'amazon:R2ABCDEF123456', 'x:1']));
    fireEvent.change(screen.getByTestId('inbox-sort'), { target: { value: 'waiting' } });
    await waitFor(() => expect(rowIds()).toEqual(['x:1', 'amazon:R2ABCDEF123456', 'x:2']));
    await waitFor(() => expect(data.savePrefs).toHaveBeenLastCalledWith({ sort: 'waiting', density: 'comfortable' }));
  });

  test('past the response target a row is overdue', async () => {
    const { data } = fakePanelData([post(1, { sortAt: minutesAgo(95) })]);
    renderPanel(data);
    await waitFor(() => expect(rowIds()).toEqual(['x:1']));
    expect(within(row('x:1')).getByTestId('row-age').textContent).toBe('Overdue · 1 hr');
    expect(row('x:1').className).toContain('cd-row--overdue');
  });

  test('facet counts respect the other filters; picking one narrows; chips undo it', async () => {
    const ja = { ...xMention().analysis, lang: 'ja' };
    const { data } = fakePanelData([
      post(1, { status: 'dismissed', analysis: ja }),
      ...[2, 3, 4, 5, 6].map((n) => amazonMention({ id: `amazon:R0000000000${n}`, text: TEXTS[n % TEXTS.length], status: 'dismissed', analysis: { ...ja, complaint: undefined } })),
      post(7),
    ]);
    renderPanel(data);
    await waitFor(() => expect(rowIds()).toEqual(['x:7']));
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'dismissed' } });
    fireEvent.click(screen.getByTestId('filters-toggle'));
    const sheet = await screen.findByTestId('filter-sheet');
    fireEvent.click(within(sheet).getByTestId('facet-lang-ja'));
    await waitFor(() => expect(rowIds()).toHaveLength(6));
    // X (1) beside Japanese: picking X shows exactly the one it promises.
    expect(within(sheet).getByTestId('facet-platform-x').parentElement?.textContent).toBe('X (1)');
    expect(within(sheet).getByTestId('facet-platform-amazon').parentElement?.textContent).toBe('Amazon (5)');
    fireEvent.click(within(sheet).getByTestId('facet-platform-x'));
    await waitFor(() => expect(rowIds()).toEqual(['x:1']));
    expect(screen.getByTestId('filters-toggle').textContent).toBe('Filters (2)');
    const chips = screen.getByTestId('filter-chips');
    fireEvent.click(within(chips).getByRole('button', { name: 'Remove the filter “X”' }));
    await waitFor(() => expect(rowIds()).toHaveLength(6));
    fireEvent.click(within(chips).getByRole('button', { name: 'Remove the filter “Japanese”' }));
    await waitFor(() => expect(screen.queryByTestId('filter-chips')).toBeNull());
  });

  test('search narrows the list in every language, combined with the filters', async () => {
    const { data } = fakePanelData([
      post(1, { text: 'My parcel never arrived, refund please' }),
      post(2, { text: '充电器起火了，要求退款', analysis: { ...xMention().analysis, lang: 'zh' } }),
      post(3, { text: '返金してください', analysis: { ...xMention().analysis, lang: 'ja' } }),
    ]);
    renderPanel(data);
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    const search = screen.getByTestId('inbox-search');
    fireEvent.change(search, { target: { value: 'refu' } });
    await waitFor(() => expect(rowIds()).toEqual(['x:1']));
    fireEvent.change(search, { target: { value: '退款' } });
    await waitFor(() => expect(rowIds()).toEqual(['x:2']));
    fireEvent.change(search, { target: { value: '返金' } });
    await waitFor(() => expect(rowIds()).toEqual(['x:3']));
    fireEvent.change(search, { target: { value: 'nothing like this' } });
    const empty = await screen.findByTestId('inbox-empty');
    expect(empty.getAttribute('data-empty-kind')).toBe('no-match');
    fireEvent.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    expect((screen.getByTestId('inbox-search') as HTMLInputElement).value).toBe('');
  });

  test('40 copies of one post are one row; acting on it acts on all 40', async () => {
    const text = 'Acme chargers catch fire! Mine burned my desk last night. Do NOT buy, they know and do nothing.';
    const copies = Array.from({ length: 40 }, (_, i) => xMention({ id: `x:${500 + i}`, text: `@u${i} ${text}`, sortAt: minutesAgo(40 - i) }));
    const { data } = fakePanelData([...copies, post(1, { text: 'Where is my parcel?' })]);
    renderPanel(data);
    await waitFor(() => expect(rowIds()).toHaveLength(2));
    const group = screen.getAllByTestId('mention-row').find((r) => r.getAttribute('data-copies') === '40')!;
    expect(within(group).getByTestId('brigade-toggle').textContent).toBe('40 near-identical posts');
    fireEvent.click(within(group).getByTestId('brigade-toggle'));
    await waitFor(() => expect(within(group).getByTestId('brigade-members').querySelectorAll('li')).toHaveLength(40));
    fireEvent.click(within(group).getByRole('button', { name: 'Mark all 40 handled' }));
    await waitFor(() => expect(rowIds()).toEqual(['x:1']));
    expect(data.setStatuses).toHaveBeenCalledTimes(1);
    expect(data.setStatuses.mock.calls[0]![0]).toHaveLength(40);
    expect(screen.getByTestId('undo-toast').textContent).toContain('Marked 40 mentions handled.');
  });
});

describe('side panel inbox: keeping the agent’s place', () => {
  test('Mark handled: the row leaves, the focus moves on, Undo puts it back', async () => {
    const { data, state } = fakePanelData([post(1, { sortAt: minutesAgo(3) }), post(2, { sortAt: minutesAgo(2) }), post(3, { sortAt: minutesAgo(1) })]);
    renderPanel(data);
    await waitFor(() => expect(rowIds()).toEqual(['x:1', 'x:2', 'x:3']));
    fireEvent.click(within(row('x:1')).getByTestId('mark-handled'));
    await waitFor(() => expect(rowIds()).toEqual(['x:2', 'x:3']));
    await waitFor(() => expect(screen.getByTestId('undo-toast').textContent).toContain('Marked 1 mention handled.'));
    expect(state.rows.find((r) => r.id === 'x:1')?.status).toBe('handled');
    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(() => expect(rowIds()).toEqual(['x:1', 'x:2', 'x:3']));
    await waitFor(() => expect(state.rows.find((r) => r.id === 'x:1')?.status).toBe('open'));
    expect(data.restoreStatuses).toHaveBeenCalledWith([{ id: 'x:1', status: 'open' }]);
    await waitFor(() => expect(screen.getByTestId('undo-toast').textContent).toBe('Undone.'));
  });

  test('the keyboard: j/k move, e handles, d dismisses, z undoes, x selects, / searches, ? lists the keys', async () => {
    const { data } = fakePanelData([post(1, { sortAt: minutesAgo(3) }), post(2, { sortAt: minutesAgo(2) }), post(3, { sortAt: minutesAgo(1) })]);
    renderPanel(data);
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    key('j');
    await waitFor(() => expect(row('x:1').className).toContain('cd-row--focused'));
    key('j');
    await waitFor(() => expect(row('x:2').className).toContain('cd-row--focused'));
    key('k');
    await waitFor(() => expect(row('x:1').className).toContain('cd-row--focused'));
    key('e');
    await waitFor(() => expect(rowIds()).toEqual(['x:2', 'x:3']));
    // The focus moved to the row that took its place.
    await waitFor(() => expect(row('x:2').className).toContain('cd-row--focused'));
    await waitFor(() => expect(screen.queryByTestId('undo')).not.toBeNull());
    key('z');
    await waitFor(() => expect(rowIds()).toEqual(['x:1', 'x:2', 'x:3']));
    key('j');
    key('x');
    await waitFor(() => expect(screen.getByTestId('bulk-count').textContent).toBe('1 selected'));
    key('/');
    expect(document.activeElement).toBe(screen.getByTestId('inbox-search'));
    // Letters typed into the search are text, not shortcuts.
    fireEvent.keyDown(screen.getByTestId('inbox-search'), { key: 'e' });
    expect(data.setStatuses).toHaveBeenCalledTimes(1);
    key('Escape');
    (document.activeElement as HTMLElement | null)?.blur();
    key('?');
    await waitFor(() => expect(screen.getByTestId('shortcuts').hasAttribute('open')).toBe(true));
    expect(screen.getByTestId('shortcuts').textContent).toContain('Mark handled');
    // `r` opens the reply view (issue 11: the panel's own replies feature fills the extension point).
    expect(screen.getByTestId('shortcuts').textContent).toContain('rReply');
  });

  test('bulk: two rows selected, one transaction, one undo for both', async () => {
    const { data, state } = fakePanelData([post(1), post(2), post(3)]);
    renderPanel(data);
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    fireEvent.click(within(row('x:1')).getByTestId('select-row'));
    fireEvent.click(within(row('x:3')).getByTestId('select-row'));
    expect(screen.getByTestId('bulk-count').textContent).toBe('2 selected');
    expect(screen.getByTestId('select-matching').textContent).toBe('Select all 3 matching mentions');
    fireEvent.click(screen.getByTestId('bulk-dismiss'));
    await waitFor(() => expect(rowIds()).toEqual(['x:2']));
    expect(data.setStatuses).toHaveBeenCalledTimes(1);
    expect([...data.setStatuses.mock.calls[0]![0]].sort()).toEqual(['x:1', 'x:3']);
    await waitFor(() => expect(screen.getByTestId('undo-toast').textContent).toContain('Dismissed 2 mentions.'));
    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(() => expect(rowIds()).toHaveLength(3));
    await waitFor(() => expect(state.rows.filter((r) => r.status === 'open')).toHaveLength(3));
    expect(data.restoreStatuses).toHaveBeenCalledTimes(1);
  });

  test('new arrivals wait behind "N new" and never move the list', async () => {
    const { data, state } = fakePanelData([post(1, { sortAt: minutesAgo(10) })]);
    renderPanel(data);
    await waitFor(() => expect(rowIds()).toEqual(['x:1']));
    state.rows = [...state.rows, post(9, { sortAt: minutesAgo(1), analysis: { ...xMention().analysis, complaint: { categories: ['safety'], evidence: [] } } })];
    act(() => state.events.mentionsChanged(['x:9']));
    await waitFor(() => expect(screen.getByTestId('new-bar').textContent).toContain('Show 1 new mention'));
    expect(rowIds()).toEqual(['x:1']);
    expect(screen.getByTestId('inbox-count').textContent).toBe('2');
    fireEvent.click(screen.getByTestId('new-bar'));
    await waitFor(() => expect(rowIds()).toEqual(['x:9', 'x:1']));
    expect(screen.queryByTestId('new-bar')).toBeNull();
  });

  test('filters, search and sort survive a look at Alerts and a reopened panel', async () => {
    const { data, state } = fakePanelData([post(1, { text: 'parcel late' }), amazonMention()]);
    const first = renderPanel(data);
    await waitFor(() => expect(rowIds()).toHaveLength(2));
    fireEvent.change(screen.getByTestId('inbox-search'), { target: { value: 'parcel' } });
    fireEvent.change(screen.getByTestId('inbox-sort'), { target: { value: 'newest' } });
    await waitFor(() => expect(rowIds()).toEqual(['x:1']));
    fireEvent.click(screen.getByRole('tab', { name: 'Alerts' }));
    expect(document.getElementById('cd-tabpanel-inbox')?.hidden).toBe(true);
    fireEvent.click(screen.getByRole('tab', { name: 'Inbox' }));
    expect(rowIds()).toEqual(['x:1']);
    expect((screen.getByTestId('inbox-search') as HTMLInputElement).value).toBe('parcel');
    await waitFor(() => expect(state.place.query.search).toBe('parcel'));
    first.unmount();
    // The panel opens again in the same session.
    renderPanel(data);
    await waitFor(() => expect(rowIds()).toEqual(['x:1']));
    expect((screen.getByTestId('inbox-search') as HTMLInputElement).value).toBe('parcel');
    expect((screen.getByTestId('inbox-sort') as HTMLSelectElement).value).toBe('newest');
  });

  test('reopened over a saved copy: what arrived while it was closed comes in without a "N new" bar', async () => {
    const { data, state } = fakePanelData([post(1, { sortAt: minutesAgo(10) })]);
    const first = renderPanel(data);
    await waitFor(() => expect(rowIds()).toEqual(['x:1']));
    await waitFor(() => expect(state.snapshot).toBeDefined());
    first.unmount();
    state.rows = [...state.rows, post(2, { sortAt: minutesAgo(1) })];
    renderPanel(data);
    await waitFor(() => expect(rowIds()).toEqual(['x:1', 'x:2']));
    expect(screen.queryByTestId('new-bar')).toBeNull();
  });

  test('compact rows: two lines each, same actions', async () => {
    const { data } = fakePanelData([post(1)]);
    renderPanel(data);
    await waitFor(() => expect(rowIds()).toEqual(['x:1']));
    fireEvent.click(screen.getByTestId('density-toggle'));
    await waitFor(() => expect(row('x:1').className).toContain('cd-row--compact'));
    expect(within(row('x:1')).getByRole('button', { name: 'Mark handled' }).textContent).toBe('✓');
    await waitFor(() => expect(data.savePrefs).toHaveBeenLastCalledWith({ sort: 'priority', density: 'compact' }));
  });

  test('renders only the rows in view and fetches full rows only for them', async () => {
    const many = Array.from({ length: 300 }, (_, i) => xMention({ id: `x:${5000 + i}`, sortAt: minutesAgo(i) }));
    const { data } = fakePanelData(many);
    renderPanel(data);
    await waitFor(() => expect(rowIds().length).toBeGreaterThan(0));
    expect(screen.getByTestId('inbox-count').textContent).toBe('300');
    // 800 px viewport / 100 px rows = 8 rows, plus 6 overscan.
    expect(rowIds().length).toBeLessThanOrEqual(14);
    const fetched = new Set(data.getMentions.mock.calls.flatMap((c) => [...c[0]]));
    expect(fetched.size).toBeLessThan(40);
  });
});

describe('side panel inbox: states and failures', () => {
  test('a refused status change is shown and the row comes back', async () => {
    const { data, state } = fakePanelData([post(1)]);
    state.failNext = new MessageError('rejected', 'storage is full (QuotaExceededError)');
    renderPanel(data);
    await waitFor(() => expect(rowIds()).toEqual(['x:1']));
    fireEvent.click(screen.getByTestId('mark-handled'));
    const notice = await screen.findByTestId('status-error');
    expect(notice.textContent).toContain('Could not update the mention: storage is full (QuotaExceededError)');
    await waitFor(() => expect(rowIds()).toEqual(['x:1']));
    fireEvent.click(within(notice).getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('status-error')).toBeNull();
  });

  test('a missing background reply is named as such', async () => {
    const { data, state } = fakePanelData([post(1)]);
    state.failNext = new MessageError('no-reply', 'Receiving end does not exist.');
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

  test('all handled: all caught up', async () => {
    const { data } = fakePanelData([post(1, { status: 'handled' })]);
    renderPanel(data);
    expect((await screen.findByTestId('inbox-empty')).getAttribute('data-empty-kind')).toBe('all-done');
  });

  test('loading, then a store error with a working retry', async () => {
    const { data } = fakePanelData([post(1)]);
    const real = data.readFlagged.getMockImplementation()!;
    let fail = true;
    data.readFlagged.mockImplementation(async (...args) => {
      if (fail) throw new DbError('db-blocked', 'the database did not open within 10 s');
      return real(...args);
    });
    renderPanel(data);
    expect(screen.getByTestId('inbox-loading').textContent).toContain('Loading mentions…');
    const error = await screen.findByTestId('inbox-error');
    expect(error.textContent).toContain('Could not read the mention store');
    expect(error.textContent).toContain('the database did not open within 10 s');
    fail = false;
    fireEvent.click(within(error).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(rowIds()).toEqual(['x:1']));
  });

  test('adapter health warnings name platform, page type and selector, and can be dismissed', async () => {
    const { data } = fakePanelData([post(1)], {
      health: [
        healthReport(),
        healthReport({ platform: 'amazon', pageType: 'product-reviews', url: 'https://www.amazon.de/product-reviews/B08N5WRWNW', problem: 'no-text', selector: '[data-hook="review-body"]', containers: 1 }),
      ],
    });
    renderPanel(data);
    await waitFor(() => expect(screen.getAllByTestId('adapter-health')).toHaveLength(2));
    const [x, amazon] = screen.getAllByTestId('adapter-health') as [HTMLElement, HTMLElement];
    expect(x.textContent).toContain('X home timeline: page reading problem');
    expect(x.querySelector('code')?.textContent).toBe('article[data-testid="tweet"]');
    expect(x.textContent).toContain('Last seen 1 hr. ago on https://x.com/home');
    expect(amazon.textContent).toContain('Posts were found, but their text could not be read.');
    expect(amazon.textContent).toContain('1 item was found, none with readable text.');
    fireEvent.click(within(x).getByTestId('dismiss-health'));
    await waitFor(() => expect(screen.getAllByTestId('adapter-health')).toHaveLength(1));
    expect(data.dismissHealth).toHaveBeenCalledWith('x/home');
  });

  test('damaged stored rows are counted in a notice, not dropped silently', async () => {
    const { data, state } = fakePanelData([post(1)]);
    state.damaged = 2;
    renderPanel(data);
    await waitFor(() => expect(screen.getByTestId('inbox-skipped').textContent).toContain('2 stored mentions could not be shown'));
    expect(rowIds()).toEqual(['x:1']);
  });

  test('a storage failure in the background is shown, and goes when it is cleared', async () => {
    const { data, state } = fakePanelData([post(1)], {
      pipeline: { lastError: { code: 'quota', message: 'QuotaExceededError: quota exceeded', at: '2025-11-22T11:00:00.000Z' } },
    });
    renderPanel(data);
    await waitFor(() => expect(screen.getByTestId('storage-error').textContent).toContain('New mentions are not being saved'));
    act(() => state.events.pipelineStatusChanged({}));
    await waitFor(() => expect(screen.queryByTestId('storage-error')).toBeNull());
  });

  test('a failed re-check of stored mentions is shown, and goes when a later run clears it', async () => {
    const { data, state } = fakePanelData([post(1)], {
      pipeline: { recheckError: { message: 'UnknownError: database closed', at: '2025-11-22T11:00:00.000Z' } },
    });
    renderPanel(data);
    await waitFor(() => expect(screen.getByTestId('recheck-error').textContent).toContain('Stored mentions could not be checked again'));
    act(() => state.events.pipelineStatusChanged({}));
    await waitFor(() => expect(screen.queryByTestId('recheck-error')).toBeNull());
  });

  test('Simplified Chinese panel: full-width brackets, no stray spaces', async () => {
    const { data } = fakePanelData([post(1, { sortAt: minutesAgo(90) })]);
    renderPanel(data, 'zh-CN');
    await waitFor(() => expect(rowIds()).toEqual(['x:1']));
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['收件箱', '警报', '事件']);
    const status = screen.getByTestId('filter-status') as HTMLSelectElement;
    await waitFor(() => expect([...status.options].map((o) => o.textContent)).toEqual(['待处理（1）', '已处理（0）', '已忽略（0）', '全部（1）']));
    expect(within(row('x:1')).getByTestId('row-age').textContent).toBe('已超时 1小时');
    expect([...(screen.getByTestId('inbox-sort') as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['优先级', '最新', '等待最久']);
  });
});
