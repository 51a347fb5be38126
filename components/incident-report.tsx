/**
 * The printable incident report: the three measures of success per window (with bar charts),
 * first-response times overall and per agent, alerts, statement versions with template use, top
 * complaint categories and languages, and the review form. Presentational: the page reads the
 * data (entrypoints/report/) and builds the report with lib/report.
 */
import type { IncidentReport as Report, WindowFigures } from '../lib/report/report.ts';
import type { ResponseStats } from '../lib/report/responses.ts';
import type { IncidentReview } from '../lib/report/review.ts';
import { WINDOW_NAMES } from '../lib/report/windows.ts';
import { useI18n } from './i18n-context.tsx';
import { IncidentReviewForm } from './incident-review-form.tsx';
import { ReportBars } from './report-bars.tsx';

export interface IncidentReportProps {
  report: Report;
  review: IncidentReview;
  onSaveReview: (r: IncidentReview) => Promise<void>;
  onPrint: () => void;
  /** Set when the mentions read were cut at a limit. */
  truncatedAt?: number;
}

const TOP = 5;

export function IncidentReport({ report, review, onSaveReview, onPrint, truncatedAt }: IncidentReportProps) {
  const { t, dateTime, number, languageName } = useI18n();
  const pct = (v: number | undefined) => (v === undefined ? t('report.none') : `${number(Math.round(v * 100))} %`);
  const mins = (v: number | undefined) => (v === undefined ? t('report.none') : t('report.minutes', { value: number(Math.round(v)) }));
  const score = (v: number | undefined) => (v === undefined ? t('report.none') : number(v, { maximumFractionDigits: 2, minimumFractionDigits: 2 }));
  const windows = WINDOW_NAMES.map((n) => report.windows[n]);
  const wLabel = (w: WindowFigures) => t(`report.window.${w.name}`);
  const range = (w: WindowFigures) => `${dateTime(new Date(w.start).toISOString())} – ${dateTime(new Date(w.end).toISOString())}`;
  const responseCells = (s: ResponseStats) => (
    <>
      <td>{number(s.answered)}</td>
      <td>{mins(s.medianMinutes)}</td>
      <td>{mins(s.p90Minutes)}</td>
      <td>{pct(s.withinTarget)}</td>
    </>
  );
  const inc = report.incident;
  return (
    <article className="cd-report" data-testid="incident-report">
      <header>
        <h1>{t('report.title', { title: inc.title })}</h1>
        <p>
          {t(`incident.type.${inc.type}`)} · {t(`incident.severity.${inc.severity}`)} · {t(`incident.status.${inc.status}`)}
        </p>
        <p>
          {t('report.started', { time: dateTime(inc.startedAt) })}
          {' · '}
          {inc.resolvedAt ? t('report.resolved', { time: dateTime(inc.resolvedAt) }) : t('report.notResolved')}
        </p>
        <p className="cd-muted">
          {t('report.generated', { time: dateTime(report.generatedAt) })}. {t('report.windowsNote')}
        </p>
        {truncatedAt !== undefined && <p role="status">{t('report.truncated', { count: number(truncatedAt) })}</p>}
        <button type="button" className="cd-button cd-no-print" onClick={onPrint} data-testid="report-print">
          {t('report.print')}
        </button>
      </header>

      <section>
        <h2>{t('report.measures')}</h2>
        <table data-testid="report-measures">
          <thead>
            <tr>
              <th />
              {windows.map((w) => (
                <th key={w.name} title={range(w)}>
                  {wLabel(w)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('report.mentions')}</th>
              {windows.map((w) => <td key={w.name}>{number(w.mentions)}</td>)}
            </tr>
            <tr>
              <th scope="row">{t('report.negative')}</th>
              {windows.map((w) => <td key={w.name}>{number(w.negative)}</td>)}
            </tr>
            <tr>
              <th scope="row">{t('report.negativeShare')}</th>
              {windows.map((w) => <td key={w.name}>{pct(w.negativeShare)}</td>)}
            </tr>
            <tr>
              <th scope="row">{t('report.averageSentiment')}</th>
              {windows.map((w) => <td key={w.name}>{score(w.averageSentiment)}</td>)}
            </tr>
            <tr>
              <th scope="row">{t('report.medianResponse')}</th>
              {windows.map((w) => <td key={w.name}>{mins(w.responses.overall.medianMinutes)}</td>)}
            </tr>
          </tbody>
        </table>
        <div className="cd-report-charts">
          <ReportBars title={t('report.negative')} bars={windows.map((w) => ({ label: wLabel(w), value: w.negative, text: number(w.negative) }))} testId="chart-negative" />
          <ReportBars title={t('report.averageSentiment')} bars={windows.map((w) => ({ label: wLabel(w), value: w.averageSentiment ?? 0, text: score(w.averageSentiment) }))} />
          <ReportBars title={t('report.medianResponse')} bars={windows.map((w) => ({ label: wLabel(w), value: w.responses.overall.medianMinutes ?? 0, text: mins(w.responses.overall.medianMinutes) }))} />
        </div>
      </section>

      <section>
        <h2>{t('report.responses')}</h2>
        <table data-testid="report-responses">
          <thead>
            <tr>
              <th>{t('report.agent')}</th>
              <th>{t('report.answered')}</th>
              <th>{t('report.median')}</th>
              <th>{t('report.p90')}</th>
              <th>{t('report.withinTarget', { minutes: number(report.targetMinutes) })}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('report.overall')}</th>
              {responseCells(report.responses.overall)}
            </tr>
            {report.responses.perAgent.map((a) => (
              <tr key={a.agent ?? '\u0000unknown'}>
                <th scope="row">{a.agent ?? t('report.unknownAgent')}</th>
                {responseCells(a)}
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          {t('report.unanswered')}: {number(report.responses.unanswered)}
        </p>
      </section>

      <section>
        <h2>{t('report.alerts')}</h2>
        {report.alerts.length === 0 ? (
          <p>{t('report.noAlerts')}</p>
        ) : (
          <ul data-testid="report-alerts">
            {report.alerts.map((a) => (
              <li key={a.id}>
                {dateTime(a.detectedAt)} · {a.window ? t(`report.window.${a.window}`) : t('report.outside')} · {a.incidentScope ? t('report.alertOwn') : a.scope} ·{' '}
                {t(`alerts.severity.${a.severity}`)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section>
        <h2>{t('report.versions')}</h2>
        <table data-testid="report-versions">
          <thead>
            <tr>
              <th>{t('report.version')}</th>
              <th>{t('report.approvedBy')}</th>
              <th>{t('report.publishedAt')}</th>
              <th>{t('report.replies')}</th>
              <th>{t('report.templates')}</th>
            </tr>
          </thead>
          <tbody>
            {report.versions.map((v) => (
              <tr key={v.version ?? 'none'}>
                <td>{v.version === null ? t('report.noVersion') : `v${v.version}`}</td>
                <td>{v.approvedBy ?? t('report.none')}</td>
                <td>{v.publishedAt ? dateTime(v.publishedAt) : v.updatedAt ? dateTime(v.updatedAt) : t('report.none')}</td>
                <td>{number(v.replies)}</td>
                <td>{v.templates.length ? v.templates.map((u) => `${u.templateId} (${number(u.uses)})`).join(', ') : t('report.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="cd-report-tops">
        {windows.map((w) => (
          <div key={w.name}>
            <h3>{wLabel(w)}</h3>
            <ReportBars title={t('report.categories')} bars={w.categories.slice(0, TOP).map((c) => ({ label: t(`complaint.${c.key}`), value: c.count, text: number(c.count) }))} />
            <ReportBars title={t('report.languages')} bars={w.languages.slice(0, TOP).map((c) => ({ label: languageName(c.key), value: c.count, text: number(c.count) }))} />
          </div>
        ))}
      </section>

      <IncidentReviewForm key={review.updatedAt ?? ''} review={review} onSave={onSaveReview} />
    </article>
  );
}
