// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { App } from '../../../entrypoints/sidepanel/App.tsx';
import { createAlert } from '../../../lib/alerts/lifecycle.ts';
import { createTranslator } from '../../../lib/i18n.ts';
import { DEFAULT_ALERT_SETTINGS, type Alert, type AlertSettings, type StoredMention } from '../../../lib/schema.ts';
import type { AlertsData, AlertsOverview, ChartPoint } from '../../../runtime/alerts-data.ts';
import { MessageError } from '../../../lib/messaging.ts';
import { NOW, fakePanelData, xMention } from './fixtures.ts';
import { fakeLayout } from './render-panel.tsx';

afterEach(() => {
  cleanup();
});

/** The bucket before the open alert (which starts at 11:30), then its first two. */
const T = Date.parse('2025-11-22T11:25:00.000Z');

function alert(scope: Alert['scope'], minutesAgo: number, over: Partial<Alert> = {}): Alert {
  const start = NOW - minutesAgo * 60_000;
  return {
    ...createAlert({
      scope,
      onset: { start, evidence: 8, expected: 2.2, negatives: 31, total: 60 },
      preset: 'balanced',
      threshold: 3,
      provisional: false,
      now: start + 60_000,
    }),
    ...over,
  };
}

const example = xMention({ id: 'x:77', text: 'Recall notice came, blender jar cracked', permalink: 'https://x.com/a/status/77' });
const open = alert('category:safety', 30, {
  why: {
    mentions: 31,
    baselineMentions: 40,
    terms: [
      { text: 'blender jar', count: 12, baseline: 0 },
      { text: 'recall notice', count: 9, baseline: 1 },
    ],
    categories: [{ key: 'safety', count: 25, share: 0.8, baselineShare: 0.1 }],
    languages: [{ key: 'de', count: 6, share: 0.2, baselineShare: 0.05 }],
    exampleIds: ['x:77', 'x:gone'],
  },
  webhook: { state: 'failed', attempts: 6, lastError: 'HTTP 500' },
});
const older = alert('platform:x', 600, { status: 'ended', endedAt: new Date(NOW - 500 * 60_000).toISOString() });
const acknowledged = alert('all', 20, { status: 'acknowledged', provisional: true });

const points: ChartPoint[] = [
  { start: T, negatives: 2, total: 30, expected: 2, upper: 7 },
  { start: T + 300_000, negatives: 31, total: 60, expected: 2.1, upper: 7.2 },
  { start: T + 600_000, negatives: 12, total: 20 },
];

function fakeAlerts(overview: Partial<AlertsOverview> = {}, settings: AlertSettings = DEFAULT_ALERT_SETTINGS) {
  let focus: ((id: string) => void) | undefined;
  const data: AlertsData = {
    overview: vi.fn(async () => ({ alerts: [older, open, acknowledged], skipped: 0, resets: [], late: 0, history: 0, scopes: [], ...overview })),
    chart: vi.fn(async () => points),
    mentions: vi.fn(async (ids: readonly string[]) => ids.map((id) => (id === 'x:77' ? example : undefined))),
    act: vi.fn(async () => undefined),
    retryWebhook: vi.fn(async () => undefined),
    loadSettings: vi.fn(async () => ({ settings, problems: [] })),
    saveSettings: vi.fn(async () => undefined),
    takeFocus: vi.fn(async () => undefined),
    subscribe: vi.fn((events) => {
      focus = events.focus;
      return () => undefined;
    }),
  };
  return { data, focus: (id: string) => focus?.(id) };
}

function renderApp(alerts: AlertsData, locale = 'en', mentions: StoredMention[] = []) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const { data } = fakePanelData(mentions);
  return render(
    <QueryClientProvider client={queryClient}>
      <App data={data} translator={createTranslator(locale, { timeZone: 'UTC' })} now={NOW} alerts={alerts} />
    </QueryClientProvider>,
  );
}

const rows = () => screen.queryAllByTestId('alert-row').map((r) => [r.getAttribute('data-alert-id'), r.getAttribute('data-status')]);

describe('Alerts view', () => {
  test('lists open alerts first, then other live ones, then history', async () => {
    const { data } = fakeAlerts();
    renderApp(data);
    fireEvent.click(screen.getByRole('tab', { name: 'Alerts' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows()).toEqual([
      [open.id, 'open'],
      [acknowledged.id, 'acknowledged'],
      [older.id, 'ended'],
    ]);
    const first = screen.getAllByTestId('alert-row')[0]!;
    expect(first.textContent).toContain('High');
    expect(first.textContent).toContain('Safety complaints');
    expect(first.textContent).toContain('31 negative mentions, about 2 expected');
  });

  test('from an alert to its mentions: the inbox shows those in its scope and span, and can leave the focus', async () => {
    const safety = { ...xMention().analysis, complaint: { categories: ['safety' as const], evidence: [] } };
    const during = new Date(Date.parse(open.startedAt) + 5 * 60_000).toISOString();
    const before = new Date(Date.parse(open.startedAt) - 60 * 60_000).toISOString();
    const restore = fakeLayout();
    onTestFinished(restore);
    const { data } = fakeAlerts();
    renderApp(data, 'en', [
      xMention({ id: 'x:1', text: 'The charger melted and burned my desk', sortAt: during, analysis: safety }),
      xMention({ id: 'x:2', text: 'Still waiting for my parcel after two weeks', sortAt: during }),
      xMention({ id: 'x:3', text: 'Smoke came out of the blender base', sortAt: before, analysis: safety }),
    ]);
    fireEvent.click(screen.getByRole('tab', { name: 'Alerts' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(screen.getAllByTestId('alert-row')[0]!);
    fireEvent.click(await screen.findByTestId('alert-show-mentions'));
    const focus = await screen.findByTestId('inbox-focus');
    expect(focus.textContent).toContain('Mentions behind the alert “Safety complaints”');
    expect(screen.getByRole('tab', { name: 'Inbox' }).getAttribute('aria-selected')).toBe('true');
    const ids = () => screen.queryAllByTestId('mention-row').map((r) => r.getAttribute('data-mention-id'));
    await waitFor(() => expect(ids()).toEqual(['x:1']));
    fireEvent.click(within(focus).getByTestId('focus-clear'));
    await waitFor(() => expect(ids()).toHaveLength(3));
  });

  test('detail: chart, why this spike, examples linking to originals, actions', async () => {
    const { data } = fakeAlerts();
    renderApp(data);
    fireEvent.click(screen.getByRole('tab', { name: 'Alerts' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(screen.getAllByTestId('alert-row')[0]!);

    await waitFor(() => expect(screen.getByTestId('alert-chart').getAttribute('data-points')).toBe('3'));
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Highest 5-minute count 31; baseline about 2.');
    // The legend's values show without hovering; the share only where a bucket has 5+ mentions.
    // (The chart writes times in the browser's zone, which a test machine may set to anything.)
    const legend = within(screen.getByTestId('alert-chart-legend')).getAllByRole('listitem').map((li) => li.textContent);
    expect(legend[0]).toMatch(/^ Negative mentions: highest 31, at \d+\/\d+, \d\d:\d\d [AP]M$/);
    expect(legend.slice(1)).toEqual([
      ' Negative share (%): 54% during the alert; shown where 5 minutes hold at least 5 mentions',
      ' Baseline: about 2 per 5 minutes before the alert',
      ' Alert level: 7.2 per 5 minutes when it started',
      ' Alert span',
    ]);
    expect(data.chart).toHaveBeenCalledWith(open, NOW);

    const why = screen.getByTestId('alert-why');
    // Counts a reader can check: how many of the span's mentions, and of the day before's.
    expect(within(why).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'blender jar: 12 of 31 mentions (day before: 0 of 40)',
      'recall notice: 9 of 31 mentions (day before: 1 of 40)',
      'Safety: 80% (day before: 10%)',
      'German: 20% (day before: 5%)',
      'X · English Recall notice came, blender jar cracked Open original',
    ]);
    expect(within(why).getByRole('link', { name: 'Open original' }).getAttribute('href')).toBe('https://x.com/a/status/77');

    expect(screen.getByTestId('alert-webhook').textContent).toContain('Team webhook failed after 6 attempts: HTTP 500');
    fireEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    await waitFor(() => expect(data.retryWebhook).toHaveBeenCalledWith(open.id));

    fireEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() => expect(data.act).toHaveBeenCalledWith(open.id, 'acknowledge', undefined));
    fireEvent.click(screen.getByRole('button', { name: 'Snooze' }));
    await waitFor(() => expect(data.act).toHaveBeenCalledWith(open.id, 'snooze', 60));
    // Snooze offers sensible durations.
    const snoozeFor = screen.getByRole('combobox', { name: 'Snooze for' }) as HTMLSelectElement;
    expect([...snoozeFor.options].map((o) => o.textContent)).toEqual(['30 minutes', '1 hour', '4 hours', '24 hours']);
    fireEvent.change(snoozeFor, { target: { value: '240' } });
    fireEvent.click(screen.getByRole('button', { name: 'Snooze' }));
    await waitFor(() => expect(data.act).toHaveBeenCalledWith(open.id, 'snooze', 240));
    fireEvent.click(screen.getByRole('button', { name: 'Resolve' }));
    await waitFor(() => expect(data.act).toHaveBeenCalledWith(open.id, 'resolve', undefined));

    fireEvent.click(screen.getByRole('button', { name: '← All alerts' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
  });

  test('a failed action is shown, not swallowed', async () => {
    const { data } = fakeAlerts();
    vi.mocked(data.act).mockRejectedValueOnce(new MessageError('rejected', 'alert is resolved'));
    renderApp(data);
    fireEvent.click(screen.getByRole('tab', { name: 'Alerts' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(screen.getAllByTestId('alert-row')[1]!);
    expect(await screen.findByText('Provisional: the latest 5-minute buckets are still open, so this may still be withdrawn.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resolve' }));
    expect(await screen.findByText('Could not update the alert: alert is resolved')).toBeTruthy();
  });

  test('a notification click (focus request) opens the Alerts tab on that alert', async () => {
    const { data, focus } = fakeAlerts();
    renderApp(data);
    expect(screen.getByRole('tab', { name: 'Inbox' }).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(data.subscribe).toHaveBeenCalled());
    focus(older.id);
    const detail = await screen.findByTestId('alert-detail');
    expect(detail.getAttribute('data-alert-id')).toBe(older.id);
    expect(screen.getByRole('tab', { name: 'Alerts' }).getAttribute('aria-selected')).toBe('true');
    // History: no actions on an ended alert.
    expect(screen.queryByRole('button', { name: 'Resolve' })).toBeNull();
  });

  test('empty state, reset notes, history and late mentions are explained', async () => {
    const { data } = fakeAlerts({ alerts: [], resets: [{ scope: 'platform:x', at: '2025-11-22T11:00:00.000Z', reason: 'detector state reset: level is not a number' }], late: 3, history: 81 });
    renderApp(data);
    fireEvent.click(screen.getByRole('tab', { name: 'Alerts' }));
    expect(await screen.findByTestId('alerts-empty')).toBeTruthy();
    expect(screen.getByTestId('alert-reset').textContent).toBe(
      'Negative mentions on X: stored surge state could not be read and was reset (detector state reset: level is not a number). Its baseline is being learned again.',
    );
    expect(screen.getByText('3 mentions arrived after their 5-minute bucket had closed and were not counted.')).toBeTruthy();
    // A fresh install's backfill is history, not data loss.
    expect(screen.getByTestId('alerts-history').textContent).toMatch(/^81 earlier mentions were captured as history .* surges count only what is new\.$/);
  });

  test('settings: saved parsed, bad numbers refused with a message', async () => {
    const { data } = fakeAlerts({ scopes: ['all', 'platform:x'] });
    renderApp(data);
    fireEvent.click(screen.getByRole('tab', { name: 'Alerts' }));
    const form = await screen.findByTestId('alert-settings');
    const field = (name: string) => form.querySelector(`[name="${name}"]`) as HTMLInputElement | HTMLSelectElement;
    fireEvent.change(field('scope'), { target: { value: 'platform:x' } });
    fireEvent.change(field('preset'), { target: { value: 'strict' } });
    fireEvent.change(field('minVolume'), { target: { value: '-4' } });
    fireEvent.submit(form);
    expect((await within(form).findByRole('alert')).textContent).toBe('Check the marked fields.');
    // The error is the field's own, in the UI language, tied to it.
    expect(field('minVolume').getAttribute('aria-invalid')).toBe('true');
    const described = form.querySelector(`#${CSS.escape(field('minVolume').getAttribute('aria-describedby')!)}`);
    expect(described?.textContent).toBe('Enter a whole number from 1 to 10,000, or leave it empty for the preset’s value.');
    expect(data.saveSettings).not.toHaveBeenCalled();

    fireEvent.change(field('minVolume'), { target: { value: '12' } });
    fireEvent.change(field('quietFrom'), { target: { value: '22:00' } });
    fireEvent.change(field('quietTo'), { target: { value: '07:00' } });
    fireEvent.change(field('webhookUrl'), { target: { value: 'https://hooks.slack.com/services/T/B/x' } });
    fireEvent.submit(form);
    await waitFor(() => expect(data.saveSettings).toHaveBeenCalledTimes(1));
    expect(vi.mocked(data.saveSettings).mock.calls[0]![0]).toEqual({
      ...DEFAULT_ALERT_SETTINGS,
      webhookUrl: 'https://hooks.slack.com/services/T/B/x',
      perScope: { 'platform:x': { enabled: true, preset: 'strict', minVolume: 12, quietHours: { from: '22:00', to: '07:00' } } },
    });
    expect(await screen.findByText('Alert settings saved')).toBeTruthy();
  });

  test('one burst, one event: a row lists the scopes; the detail shows each, and acts on the event', async () => {
    const lead = alert('all', 30);
    const x = alert('platform:x', 25, { eventId: lead.id, negatives: 28 });
    const safety = alert('category:safety', 25, { eventId: lead.id, negatives: 20, severity: 'high' });
    const { data } = fakeAlerts({ alerts: [safety, x, lead] });
    renderApp(data);
    fireEvent.click(screen.getByRole('tab', { name: 'Alerts' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    const row = screen.getByTestId('alert-row');
    expect(row.getAttribute('data-alert-id')).toBe(lead.id);
    expect(row.getAttribute('data-scopes')).toBe('all platform:x category:safety');
    expect(row.textContent).toContain('All negative mentions +2 more scopes');
    expect(row.textContent).toContain('High');
    fireEvent.click(row);
    const scopes = await screen.findByTestId('alert-event-scopes');
    expect(within(scopes).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'All negative mentions: 31 negative mentions, about 2 expected',
      'Negative mentions on X: 28 negative mentions, about 2 expected',
      'Safety complaints: 20 negative mentions, about 2 expected',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Resolve' }));
    await waitFor(() => expect(data.act).toHaveBeenCalledWith(lead.id, 'resolve', undefined));
  });

  test('a focus request naming a member opens its event; a resolved event can be reopened', async () => {
    const lead = alert('all', 30, { status: 'resolved' });
    const x = alert('platform:x', 25, { eventId: lead.id, status: 'resolved' });
    const { data, focus } = fakeAlerts({ alerts: [lead, x] });
    renderApp(data);
    await waitFor(() => expect(data.subscribe).toHaveBeenCalled());
    focus(x.id);
    const detail = await screen.findByTestId('alert-detail');
    expect(detail.getAttribute('data-alert-id')).toBe(lead.id);
    fireEvent.click(screen.getByRole('button', { name: 'Reopen' }));
    await waitFor(() => expect(data.act).toHaveBeenCalledWith(lead.id, 'reopen', undefined));
  });

  test('Simplified Chinese: chart legend, why counts and field errors in the UI language', async () => {
    const { data } = fakeAlerts({ scopes: ['all'] });
    renderApp(data, 'zh-CN');
    fireEvent.click(screen.getByRole('tab', { name: '警报' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(screen.getAllByTestId('alert-row')[0]!);
    const legend = await screen.findByTestId('alert-chart-legend');
    expect(legend.textContent).toContain('负面提及：最高 31');
    expect(legend.textContent).not.toMatch(/[A-Za-z]{3,}/);
    expect(within(screen.getByTestId('alert-why')).getAllByRole('listitem')[0]!.textContent).toBe('blender jar：31 条提及中有 12 条（前一天：40 条中有 0 条）');
    fireEvent.click(screen.getByRole('button', { name: '← 全部警报' }));
    const form = await screen.findByTestId('alert-settings');
    const minVolume = form.querySelector('[name="minVolume"]') as HTMLInputElement;
    fireEvent.change(minVolume, { target: { value: 'abc' } });
    fireEvent.submit(form);
    expect((await within(form).findByRole('alert')).textContent).toBe('请检查标出的字段。');
    expect(form.querySelector('[data-field-error="minVolume"]')?.textContent).toBe('请输入 1 到 10,000 之间的整数，或留空以使用预设值。');
    expect(form.textContent).not.toContain('Invalid input');
  });

  test('Simplified Chinese', async () => {
    const { data } = fakeAlerts();
    renderApp(data, 'zh-CN');
    fireEvent.click(screen.getByRole('tab', { name: '警报' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(screen.getAllByTestId('alert-row')[0]!.textContent).toContain('安全问题类投诉');
    expect(screen.getAllByTestId('alert-row')[0]!.textContent).toContain('31 条负面提及，预计约 2 条');
  });
});
