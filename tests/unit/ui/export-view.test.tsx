// @vitest-environment happy-dom
/**
 * The inbox's Export control in the side panel: exports the current inbox filter in the chosen
 * format, shows progress and lets the user cancel, saves the file, and says what went wrong in
 * English and Chinese. ExportData is a fake whose runs the test drives.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../../entrypoints/sidepanel/App.tsx';
import { ExportDataProvider } from '../../../entrypoints/sidepanel/views/export-panel.tsx';
import type { ExportFilter } from '../../../lib/export/filter.ts';
import { createTranslator } from '../../../lib/i18n.ts';
import type { ExportFormat } from '../../../lib/schema.ts';
import { ExportError, type ExportData, type ExportFile, type ExportProgress, type ExportRunOptions } from '../../../runtime/export-data.ts';
import { amazonMention, fakePanelData, NOW, xMention } from './fixtures.ts';
import { fakeLayout } from './render-panel.tsx';

interface Run {
  filter: ExportFilter;
  format: ExportFormat;
  opts: ExportRunOptions;
  resolve(file: ExportFile): void;
  reject(error: unknown): void;
}

function fakeExportData() {
  const runs: Run[] = [];
  const data = {
    run: vi.fn(
      (filter: ExportFilter, format: ExportFormat, opts: ExportRunOptions) =>
        new Promise<ExportFile>((resolve, reject) => {
          runs.push({ filter, format, opts, resolve, reject });
          // A cancel rejects the way the real run does: with the signal's AbortError.
          opts.signal.addEventListener('abort', () => reject(opts.signal.reason));
        }),
    ),
    save: vi.fn((_file: ExportFile) => undefined),
  } satisfies ExportData;
  return { data, runs };
}

const file = (rows: number, skipped = 0): ExportFile => ({ blob: new Blob(['x']), name: 'crisis-desk-export-20251122-120000Z.csv', rows, skipped });

function renderWithExport(exportData: ExportData, locale = 'en') {
  const { data } = fakePanelData([xMention({ id: 'x:1' }), amazonMention()]);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <ExportDataProvider data={exportData}>
        <App data={data} translator={createTranslator(locale, { timeZone: 'UTC' })} now={NOW} />
      </ExportDataProvider>
    </QueryClientProvider>,
  );
}

let restoreViewport: () => void;
beforeEach(() => {
  restoreViewport = fakeLayout();
});
afterEach(() => {
  cleanup();
  restoreViewport();
});

const progress = (scanned: number, total: number): ExportProgress => ({ scanned, exported: scanned, skipped: 0, total });

describe('Export in the inbox', () => {
  test('exports the current filter as CSV with a progress bar, then saves the file', async () => {
    const { data, runs } = fakeExportData();
    renderWithExport(data);
    fireEvent.click(await screen.findByTestId('export-start'));
    expect(runs).toHaveLength(1);
    // Exactly what the inbox lists: its status, and a predicate that keeps the listed mentions only.
    expect(runs[0]!.filter).toMatchObject({ flaggedOnly: true, status: 'open' });
    expect(runs[0]!.filter.platform).toBeUndefined();
    const keeps = (id: string) => runs[0]!.filter.predicate!({ id } as never, {});
    expect([keeps('x:1'), keeps('amazon:R2ABCDEF123456'), keeps('x:2')]).toEqual([true, true, false]);
    expect(runs[0]!.format).toBe('csv');

    act(() => runs[0]!.opts.onProgress(progress(2_000, 100_000)));
    const bar = screen.getByTestId('export-progress') as HTMLProgressElement;
    expect(bar.getAttribute('max')).toBe('100000');
    expect(bar.getAttribute('value')).toBe('2000');
    expect(screen.getByText('Exporting… 2,000 of 100,000')).toBeTruthy();
    expect((screen.getByTestId('export-format') as HTMLSelectElement).disabled).toBe(true);

    await act(async () => runs[0]!.resolve(file(1234, 2)));
    expect(data.save).toHaveBeenCalledWith(file(1234, 2));
    const outcome = screen.getByTestId('export-outcome');
    expect(outcome.textContent).toContain('Exported 1,234 mentions to crisis-desk-export-20251122-120000Z.csv.');
    expect(outcome.textContent).toContain('2 stored mentions could not be read (damaged) and are not in the file.');
    expect(screen.queryByTestId('export-progress')).toBeNull();
  });

  test('follows the filter and the format: Amazon, handled, JSON lines', async () => {
    const { data, runs } = fakeExportData();
    renderWithExport(data);
    fireEvent.click(await screen.findByTestId('filters-toggle'));
    fireEvent.click(within(await screen.findByTestId('filter-sheet')).getByTestId('facet-platform-amazon'));
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'handled' } });
    fireEvent.change(screen.getByTestId('export-format'), { target: { value: 'jsonl' } });
    fireEvent.click(screen.getByTestId('export-start'));
    expect(runs[0]!.filter).toMatchObject({ flaggedOnly: true, status: 'handled', platform: 'amazon' });
    expect(runs[0]!.format).toBe('jsonl');
  });

  test('cancel stops the run: no file, "cancelled" said', async () => {
    const { data, runs } = fakeExportData();
    renderWithExport(data);
    fireEvent.click(await screen.findByTestId('export-start'));
    await act(async () => fireEvent.click(screen.getByTestId('export-cancel')));
    expect(runs[0]!.opts.signal.aborted).toBe(true);
    await waitFor(() => expect(screen.getByTestId('export-outcome').dataset.outcome).toBe('cancelled'));
    expect(screen.getByTestId('export-outcome').textContent).toContain('Export cancelled. No file was saved.');
    expect(data.save).not.toHaveBeenCalled();
    // Ready again.
    fireEvent.click(screen.getByTestId('export-start'));
    expect(runs).toHaveLength(2);
  });

  test('nothing matches: said, and no empty file is saved', async () => {
    const { data, runs } = fakeExportData();
    renderWithExport(data);
    fireEvent.click(await screen.findByTestId('export-start'));
    await act(async () => runs[0]!.resolve(file(0)));
    expect(screen.getByTestId('export-outcome').textContent).toContain('Nothing to export: no mention matches the current filter.');
    expect(data.save).not.toHaveBeenCalled();
  });

  test.each([
    ['en', new ExportError('db-blocked', 'the database did not open within 10 s'), 'The export could not open the mention database in time. Close other Crisis Desk tabs and try again.'],
    ['en', new ExportError('storage', 'storage failed (UnknownError): disk'), 'Reading the stored mentions failed: storage failed (UnknownError): disk'],
    ['en', new TypeError('boom'), 'The export failed: boom'],
    ['zh-CN', new ExportError('db-blocked', 'x'), '导出未能及时打开提及数据库。请关闭其他 Crisis Desk 标签页后重试。'],
    ['zh-CN', new ExportError('crypto', 'no subtle'), '此浏览器无法计算文本指纹（WebCrypto 不可用），因此未导出任何内容。'],
    ['zh-CN', new ExportError('failed', 'quota?'), '导出失败：quota?'],
  ])('%s: %s is shown as a clear error with a retry', async (locale, error, message) => {
    const { data, runs } = fakeExportData();
    renderWithExport(data, locale);
    fireEvent.click(await screen.findByTestId('export-start'));
    await act(async () => runs[0]!.reject(error));
    const alert = screen.getByTestId('export-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain(message);
    fireEvent.click(screen.getByText(locale === 'en' ? 'Try again' : '重试'));
    expect(runs).toHaveLength(2);
  });

  test('closing the panel cancels a running export', async () => {
    const { data, runs } = fakeExportData();
    const view = renderWithExport(data);
    fireEvent.click(await screen.findByTestId('export-start'));
    view.unmount();
    expect(runs[0]!.opts.signal.aborted).toBe(true);
  });
});
