/**
 * The alert's chart (uPlot: ~50 KB, canvas, fast with thousands of points): negative mentions
 * per 5 minutes, the negative share on a second axis (only where a bucket holds enough mentions to
 * mean something), the baseline and the alert level as a band, and the alert span shaded.
 *
 * Readable in a 320–500 px panel: the chart takes its container's width, both axes are labelled,
 * times are written in the UI's locale (not uPlot's built-in English "2am … 12/7/26"), and the
 * legend is a list under the chart whose values show without hovering. The same list is the
 * accessible version and what shows where a canvas cannot be drawn.
 */
import { useEffect, useMemo, useRef, useState } from 'react';

import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartSummary, MIN_SHARE_MENTIONS, shareOf, type ChartPoint } from '../lib/alerts/chart.ts';
import { useI18n } from './i18n-context.tsx';

export interface AlertChartProps {
  points: readonly ChartPoint[];
  /** Alert span, epoch ms; `end` undefined = still going on. */
  span: { start: number; end?: number };
  /** Fixed width (tests); by default the container's width. */
  width?: number;
  height?: number;
}

const MIN_WIDTH = 240;
const MAX_WIDTH = 640;
const COLORS = { negatives: '#c62828', share: '#6a1b9a', baseline: '#546e7a', upper: '#90a4ae', span: 'rgba(230, 81, 0, 0.14)' };

/** uPlot's columnar data: x in seconds, then one array per series (null = no value). */
export function chartData(points: readonly ChartPoint[]): uPlot.AlignedData {
  return [
    points.map((p) => p.start / 1000),
    points.map((p) => p.negatives),
    points.map((p) => shareOf(p)),
    points.map((p) => (p.expected === undefined ? null : Math.round(p.expected * 100) / 100)),
    points.map((p) => (p.upper === undefined ? null : Math.round(p.upper * 100) / 100)),
  ];
}

function spanPlugin(span: AlertChartProps['span']): uPlot.Plugin {
  return {
    hooks: {
      drawClear: (u) => {
        const x0 = u.valToPos(span.start / 1000, 'x', true);
        const x1 = span.end === undefined ? u.bbox.left + u.bbox.width : u.valToPos(span.end / 1000, 'x', true);
        u.ctx.save();
        u.ctx.fillStyle = COLORS.span;
        u.ctx.fillRect(Math.max(x0, u.bbox.left), u.bbox.top, Math.max(0, x1 - Math.max(x0, u.bbox.left)), u.bbox.height);
        u.ctx.restore();
      },
    },
  };
}

/** A canvas with a 2D context: missing in test DOMs and some locked-down browsers. */
function canDraw(): boolean {
  try {
    return !!document.createElement('canvas').getContext('2d');
  } catch {
    return false;
  }
}

/** The container's width, followed as the panel is resized. */
function useWidth(fixed: number | undefined): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fixed ?? 320);
  useEffect(() => {
    if (fixed !== undefined || !ref.current) return;
    const el = ref.current;
    const measure = () => setWidth(Math.round(el.getBoundingClientRect().width) || 320);
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [fixed]);
  return [ref, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, fixed ?? width))];
}

function Swatch({ color, dashed = false }: { color: string; dashed?: boolean }) {
  return <span className="cd-chart-legend__swatch" style={{ borderTopColor: color, borderTopStyle: dashed ? 'dashed' : 'solid' }} aria-hidden="true" />;
}

export function AlertChart({ points, span, width: fixedWidth, height = 200 }: AlertChartProps) {
  const { t, number, locale } = useI18n();
  const [sizer, width] = useWidth(fixedWidth);
  const box = useRef<HTMLDivElement>(null);
  const [failed] = useState(() => !canDraw());
  const summary = useMemo(() => chartSummary(points, span), [points, span]);
  const hasShare = summary.shareShown > 0;
  const spanPoints = points.filter((p) => p.start >= span.start && (span.end === undefined || p.start < span.end)).length;

  // Tick labels in the UI's locale; with the date once the chart spans more than a day.
  const fmt = useMemo(() => {
    const first = points[0]?.start ?? 0;
    const last = points.at(-1)?.start ?? 0;
    const long = last - first > 20 * 3_600_000;
    const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    const dated = new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
    return { tick: long ? dated : time, full: dated };
  }, [points, locale]);

  useEffect(() => {
    const el = box.current;
    if (!el || points.length === 0 || failed) return;
    let plot: uPlot | undefined;
    const axisFont = '11px system-ui, sans-serif';
    try {
      plot = new uPlot(
        {
          width,
          height,
          plugins: [spanPlugin(span)],
          legend: { show: false },
          cursor: { y: false },
          scales: { x: { time: true }, pct: { range: [0, 100] } },
          axes: [
            {
              label: t('alerts.chart.timeAxis'),
              labelSize: 16,
              font: axisFont,
              labelFont: axisFont,
              // Narrow panels get fewer, wider-spaced ticks.
              space: width < 400 ? 70 : 60,
              values: (_u, splits) => splits.map((s) => fmt.tick.format(s * 1000)),
            },
            { label: t('alerts.chart.countAxis'), labelSize: 16, size: 46, font: axisFont, labelFont: axisFont },
            ...(hasShare
              ? [{ scale: 'pct', side: 1, grid: { show: false }, label: t('alerts.chart.share'), labelSize: 16, size: 42, font: axisFont, labelFont: axisFont }]
              : []),
          ],
          series: [
            {},
            { label: t('alerts.chart.negatives'), stroke: COLORS.negatives, width: 2, paths: uPlot.paths.stepped?.({ align: 1 }) },
            { label: t('alerts.chart.share'), scale: 'pct', stroke: COLORS.share, dash: [4, 4], show: hasShare },
            { label: t('alerts.chart.baseline'), stroke: COLORS.baseline },
            { label: t('alerts.chart.upper'), stroke: COLORS.upper, dash: [2, 3] },
          ],
          bands: [{ series: [4, 3], fill: 'rgba(84, 110, 122, 0.15)' }],
        },
        chartData(points),
        el,
      );
    } catch (error) {
      // The legend below still says it all.
      console.warn('[crisis-desk] chart failed', error);
    }
    return () => plot?.destroy();
  }, [points, span, width, height, t, failed, fmt, hasShare]);

  const round = (x: number) => number(Math.round(x * 10) / 10);
  const pct = (x: number) => number(x, { style: 'percent', maximumFractionDigits: 0 });
  const aria = t('alerts.chart.summary', { peak: number(summary.peak), expected: round(summary.baseline) });
  const item = (label: string, value: string) => t('alerts.chart.legend.item', { label, value });
  return (
    <figure className="cd-alert-chart" data-testid="alert-chart" data-points={points.length} data-span-points={spanPoints} data-width={width}>
      <figcaption className="cd-small">{t('alerts.chart.title')}</figcaption>
      <div ref={sizer} className="cd-alert-chart__sizer">
        {points.length === 0 ? (
          <p className="cd-muted cd-small">{t('alerts.chart.empty')}</p>
        ) : (
          <div ref={box} role="img" aria-label={aria} />
        )}
      </div>
      {failed && <p className="cd-muted cd-small">{t('alerts.chart.unavailable')}</p>}
      {points.length > 0 && (
        <ul className="cd-chart-legend cd-small" data-testid="alert-chart-legend" aria-label={t('alerts.chart.legendLabel')}>
          <li>
            <Swatch color={COLORS.negatives} />{' '}
            {item(
              t('alerts.chart.negatives'),
              t('alerts.chart.legend.peak', { value: number(summary.peak), time: summary.peakAt === undefined ? '–' : fmt.full.format(summary.peakAt) }),
            )}
          </li>
          <li>
            <Swatch color={COLORS.share} dashed />{' '}
            {item(
              t('alerts.chart.share'),
              [
                ...(summary.spanShare !== undefined ? [t('alerts.chart.legend.spanShare', { value: pct(summary.spanShare) })] : []),
                t('alerts.chart.legend.shareWhere', { min: number(MIN_SHARE_MENTIONS) }),
              ].join(t('alerts.chart.legend.and')),
            )}
          </li>
          <li>
            <Swatch color={COLORS.baseline} /> {item(t('alerts.chart.baseline'), t('alerts.chart.legend.baseline', { value: round(summary.baseline) }))}
          </li>
          {summary.alertLevel !== undefined && (
            <li>
              <Swatch color={COLORS.upper} dashed /> {item(t('alerts.chart.upper'), t('alerts.chart.legend.alertLevel', { value: round(summary.alertLevel) }))}
            </li>
          )}
          <li>
            <span className="cd-chart-legend__block" style={{ background: COLORS.span }} aria-hidden="true" /> {t('alerts.chart.legend.span')}
          </li>
        </ul>
      )}
    </figure>
  );
}
