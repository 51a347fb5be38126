// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ReportApp } from '../../../entrypoints/report/App.tsx';
import { App } from '../../../entrypoints/sidepanel/App.tsx';
import { createTranslator } from '../../../lib/i18n.ts';
import type { IncidentReview } from '../../../lib/report/review.ts';
import { emptyReview } from '../../../lib/report/review.ts';
import type { ReportData } from '../../../runtime/report-data.ts';
import { ALERTS, MENTIONS, ms, resolvedIncident } from '../report/fixtures.ts';
import { fakePanelData, NOW as PANEL_NOW } from './fixtures.ts';
import { fakeIncidentData } from './incident-fixtures.ts';
import { fakeLayout } from './render-panel.tsx';

afterEach(cleanup);

const NOW = ms('00:00', '2025-03-16');

function fakeData(o: { missing?: boolean; review?: IncidentReview } = {}) {
  const saved: IncidentReview[] = [];
  const ranges: [string, string, number][] = [];
  const data: ReportData = {
    incident: async (id) => (o.missing || id !== 'vp20k-overheating' ? undefined : resolvedIncident()),
    mentions: async (from, to, limit) => {
      ranges.push([from, to, limit]);
      return MENTIONS.filter((m) => m.sortAt >= from && m.sortAt < to).slice(0, limit);
    },
    alerts: async () => ALERTS.map((a) => ({ ...a, status: 'ended', preset: 'balanced', provisional: false, peakEvidence: 5, threshold: 3, expected: 1 })),
    review: async (id) => o.review ?? emptyReview(id),
    saveReview: async (r) => void saved.push(r),
    agent: async () => 'Ana',
  };
  return { data, saved, ranges };
}

function show(data: ReportData, o: { locale?: string; limit?: number; print?: () => void } = {}) {
  // UTC: the hand-computed times print as written.
  const translator = createTranslator(o.locale ?? 'en', { timeZone: 'UTC' });
  render(<ReportApp data={data} incidentId="vp20k-overheating" translator={translator} now={() => NOW} limit={o.limit ?? 1000} print={o.print ?? (() => undefined)} />);
}

const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);

describe('the incident report page', () => {
  test('reads the mentions of its three windows and shows the figures, charts, alerts and versions', async () => {
    const { data, ranges } = fakeData();
    show(data);
    const measures = await screen.findByTestId('report-measures');
    expect(ranges).toEqual([['2025-03-15T06:00:00.000Z', '2025-03-15T18:00:00.000Z', 1000]]);
    const rows = within(measures).getAllByRole('row');
    expect(cells(rows[0]!)).toEqual(['', 'Before', 'During', 'After']);
    expect(cells(rows[1]!)).toEqual(['Mentions', '2', '6', '1']);
    expect(cells(rows[2]!)).toEqual(['Negative mentions', '1', '4', '0']);
    expect(cells(rows[3]!)).toEqual(['Negative share', '50 %', '67 %', '0 %']);
    expect(cells(rows[4]!)).toEqual(['Average sentiment', '0.10', '-0.45', '0.70']);
    expect(cells(rows[5]!)).toEqual(['Median first response', '30 min', '20 min', '30 min']);

    const responses = within(screen.getByTestId('report-responses')).getAllByRole('row').map(cells);
    expect(responses).toEqual([
      ['Agent', 'Answered', 'Median', '90th percentile', 'Within 60 min'],
      ['Everyone', '6', '30 min', '90 min', '83 %'],
      ['ana', '3', '30 min', '60 min', '100 %'],
      ['bo', '1', '90 min', '90 min', '0 %'],
      ['cy', '1', '30 min', '30 min', '100 %'],
      ['unknown', '1', '20 min', '20 min', '100 %'],
    ]);

    const chart = screen.getByTestId('chart-negative');
    expect(chart.querySelectorAll('rect')).toHaveLength(3);
    const widths = [...chart.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths).toEqual([60, 240, 0]);

    const alerts = within(screen.getByTestId('report-alerts')).getAllByRole('listitem').map((li) => li.textContent);
    expect(alerts).toHaveLength(4);
    expect(alerts[0]).toContain('outside the windows');
    expect(alerts[1]).toContain('incident keywords');
    expect(alerts[2]).toContain('category:safety');

    const versions = within(screen.getByTestId('report-versions')).getAllByRole('row').slice(1).map((r) => [cells(r)[0], cells(r)[1], cells(r)[3], cells(r)[4]]);
    expect(versions).toEqual([
      ['v1', 'Lena Wu (Legal)', '1', 't-safety (1)'],
      ['v2', 'Legal B', '2', 't-delay (1), t-safety (1)'],
      ['no version', '—', '1', '—'],
    ]);
  });

  test('in Chinese', async () => {
    show(fakeData().data, { locale: 'zh-CN' });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveProperty('textContent', '事件报告：VP-20K power banks overheating while charging');
    expect(cells(within(screen.getByTestId('report-measures')).getAllByRole('row')[0]!)).toEqual(['', '之前', '期间', '之后']);
    expect(screen.getByText('哪些做法有效？')).toBeTruthy();
  });

  test('the review is saved with the time and who saved it', async () => {
    const { data, saved } = fakeData();
    show(data);
    fireEvent.change(await screen.findByTestId('review-whatWorked'), { target: { value: 'Holding statement in 40 minutes' } });
    fireEvent.change(screen.getByTestId('review-channels'), { target: { value: 'X replies' } });
    fireEvent.click(screen.getByLabelText('Partly'));
    fireEvent.click(screen.getByTestId('review-save'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({
      schemaVersion: 1,
      incidentId: 'vp20k-overheating',
      whatWorked: 'Holding statement in 40 minutes',
      challenges: '',
      teamSupported: 'partly',
      teamSupportNote: '',
      channels: 'X replies',
      updatedAt: new Date(NOW).toISOString(),
      updatedBy: 'Ana',
    });
    expect(await screen.findByText(/^Saved /)).toBeTruthy();
    expect((screen.getByTestId('review-whatWorked') as HTMLTextAreaElement).value).toBe('Holding statement in 40 minutes');
  });

  test('a saved review is shown again', async () => {
    show(fakeData({ review: { ...emptyReview('vp20k-overheating'), challenges: 'Night shift', updatedAt: '2025-03-16T08:00:00.000Z' } }).data);
    expect(((await screen.findByTestId('review-challenges')) as HTMLTextAreaElement).value).toBe('Night shift');
  });

  test('print, missing incident, truncated read', async () => {
    const print = vi.fn();
    show(fakeData().data, { print, limit: 3 });
    fireEvent.click(await screen.findByTestId('report-print'));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toContain('Only the first 3 mentions');
    cleanup();
    show(fakeData({ missing: true }).data);
    expect(await screen.findByText('No incident with this id.')).toBeTruthy();
  });
});

describe('the Incident view opens the report', () => {
  test('a Report button opens the report page for that incident', async () => {
    const restore = fakeLayout();
    try {
      const incidents = await fakeIncidentData({ now: PANEL_NOW });
      const opened: string[] = [];
      const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      render(
        <QueryClientProvider client={qc}>
          <App data={fakePanelData([]).data} incidents={{ ...incidents.data, openReport: (id) => void opened.push(id) }} translator={createTranslator('en', { timeZone: 'UTC' })} now={PANEL_NOW} />
        </QueryClientProvider>,
      );
      fireEvent.click(screen.getByRole('tab', { name: 'Incident' }));
      fireEvent.click(await screen.findByTestId('incident-example'));
      fireEvent.click(await screen.findByRole('button', { name: 'Report' }));
      expect(opened).toEqual(['vp20k-overheating']);
    } finally {
      cleanup();
      restore();
    }
  });
});
