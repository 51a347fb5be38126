/**
 * Report page entry (an unlisted extension page, /report.html?incident=<id>, opened from the
 * Incident view): pick the UI language, render the report for the incident in the URL.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../assets/report.css';
import { createTranslator } from '../../lib/i18n.ts';
import { createReportData, REPORT_MENTION_LIMIT } from '../../runtime/report-data.ts';
import { uiLanguage } from '../../runtime/ui-language.ts';
import { ReportApp } from './App.tsx';

function start(): void {
  const translator = createTranslator(uiLanguage());
  document.documentElement.lang = translator.locale;
  const incidentId = new URLSearchParams(location.search).get('incident') ?? '';
  document.title = translator.t('report.title', { title: incidentId });
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from report/index.html');
  createRoot(root).render(
    <StrictMode>
      <ReportApp data={createReportData()} incidentId={incidentId} translator={translator} now={Date.now} limit={REPORT_MENTION_LIMIT} print={() => window.print()} />
    </StrictMode>,
  );
}

start();
