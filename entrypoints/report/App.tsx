/**
 * The report page: reads the incident, the mentions in its windows, the alerts and the saved
 * review, builds the report (lib/report) and shows it (components/incident-report.tsx).
 */
import { useEffect, useState } from 'react';
import { I18nProvider } from '../../components/i18n-context.tsx';
import { IncidentReport } from '../../components/incident-report.tsx';
import type { Translator } from '../../lib/i18n.ts';
import { buildIncidentReport, reportWindows, stampReview, type IncidentReport as Report, type IncidentReview } from '../../lib/report/index.ts';
import type { ReportData } from '../../runtime/report-data.ts';

type State = { kind: 'loading' } | { kind: 'missing' } | { kind: 'error'; message: string } | { kind: 'ready'; report: Report; review: IncidentReview; truncatedAt?: number };

export interface ReportAppProps {
  data: ReportData;
  incidentId: string;
  translator: Translator;
  now: () => number;
  limit: number;
  print: () => void;
}

export function ReportApp({ data, incidentId, translator, now, limit, print }: ReportAppProps) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void (async () => {
      const incident = await data.incident(incidentId);
      if (!incident) return { kind: 'missing' } as const;
      const at = now();
      const w = reportWindows(incident, at);
      const iso = (ms: number) => new Date(ms).toISOString();
      const [mentions, alerts, review] = await Promise.all([data.mentions(iso(w.before.start), iso(w.after.end), limit), data.alerts(), data.review(incidentId)]);
      const report = buildIncidentReport({ incident, mentions, alerts, now: at });
      return { kind: 'ready', report, review, ...(mentions.length >= limit ? { truncatedAt: limit } : {}) } as const;
    })().then(
      (s) => live && setState(s),
      (e: unknown) => live && setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [data, incidentId, now, limit]);

  const save = async (draft: IncidentReview) => {
    const review = stampReview(draft, { now: now(), by: (await data.agent()) || undefined });
    await data.saveReview(review);
    setState((s) => (s.kind === 'ready' ? { ...s, review } : s));
  };

  const { t } = translator;
  return (
    <I18nProvider translator={translator}>
      <main className="cd-report-page">
        {state.kind === 'loading' && <p role="status">{t('report.loading')}</p>}
        {state.kind === 'missing' && <p role="alert">{t('report.notFound')}</p>}
        {state.kind === 'error' && <p role="alert">{state.message}</p>}
        {state.kind === 'ready' && <IncidentReport report={state.report} review={state.review} truncatedAt={state.truncatedAt} onSaveReview={save} onPrint={print} />}
      </main>
    </I18nProvider>
  );
}
