/**
 * The Export control of the inbox, wired: the export hook over the ExportData of this panel (the
 * real one, or a fake a test provides with ExportDataProvider). The inbox view renders
 * `<ExportPanel filter={…} />` with its current filter.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { ExportControls } from '../../../components/export-controls.tsx';
import type { ExportFilter } from '../../../lib/export/filter.ts';
import { replyExtras } from '../../../lib/replies/inbox.ts';
import { createExportData, type ExportData } from '../../../runtime/export-data.ts';
import './export.css';
import { useExport } from './use-export.ts';

const ExportDataContext = createContext<ExportData | undefined>(undefined);

export function ExportDataProvider({ data, children }: { data: ExportData; children: ReactNode }) {
  return <ExportDataContext.Provider value={data}>{children}</ExportDataContext.Provider>;
}

export function ExportPanel({ filter }: { filter: ExportFilter }) {
  const injected = useContext(ExportDataContext);
  // Replying (issue 11): templateId, statementVersion and firstResponseMinutes from the rows' replies.
  const data = useMemo(() => injected ?? createExportData({ extras: replyExtras }), [injected]);
  const model = useExport(data, filter);
  return (
    <ExportControls
      format={model.format}
      state={model.state}
      onFormatChange={model.setFormat}
      onStart={model.start}
      onCancel={model.cancel}
      onDismiss={model.dismiss}
    />
  );
}
