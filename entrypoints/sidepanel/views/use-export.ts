/**
 * The export view model: the chosen format, the run's state (progress, outcome, error) and the
 * actions. One export at a time; the filter is taken when Export is pressed (changing the filter
 * meanwhile does not change the file being made). Closing the panel cancels a running export.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportViewState } from '../../../components/export-controls.tsx';
import type { ExportFilter } from '../../../lib/export/filter.ts';
import type { ExportFormat } from '../../../lib/schema.ts';
import { ExportError, isAbort, type ExportData } from '../../../runtime/export-data.ts';

export interface ExportModel {
  format: ExportFormat;
  state: ExportViewState;
  setFormat(format: ExportFormat): void;
  start(): void;
  cancel(): void;
  dismiss(): void;
}

export function useExport(data: ExportData, filter: ExportFilter): ExportModel {
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [state, setState] = useState<ExportViewState>({ kind: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(() => {
    if (running.current) return;
    const controller = new AbortController();
    running.current = controller;
    setState({ kind: 'running', done: 0 });
    data
      .run(filter, format, {
        signal: controller.signal,
        onProgress: (p) => {
          if (!controller.signal.aborted) setState({ kind: 'running', done: p.scanned, total: p.total });
        },
      })
      .then(
        (file) => {
          if (file.rows === 0) return setState({ kind: 'empty' });
          data.save(file);
          setState({ kind: 'done', rows: file.rows, skipped: file.skipped, file: file.name });
        },
        (error: unknown) => {
          if (isAbort(error)) setState({ kind: 'cancelled' });
          else if (error instanceof ExportError) setState({ kind: 'error', code: error.code, detail: error.message });
          else setState({ kind: 'error', code: 'failed', detail: error instanceof Error ? error.message : String(error) });
        },
      )
      .finally(() => {
        if (running.current === controller) running.current = undefined;
      });
  }, [data, filter, format]);

  const cancel = useCallback(() => running.current?.abort(), []);
  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);

  return { format, state, setFormat, start, cancel, dismiss };
}
