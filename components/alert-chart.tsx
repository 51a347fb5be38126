/**
 * The alert's chart (uPlot: ~50 KB, canvas, fast with thousands of points): negative mentions
 * per 5 minutes, the negative share on a second axis, the baseline and the alert level as a band,
 * and the alert span shaded. The text summary under it is the accessible version and what shows
 * where a canvas cannot be drawn.
 */
import { useEffect, useRef, useState } from 'react';

import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartPoint } from '../lib/alerts/chart.ts';
import { useI18n } from './i18n-context.tsx';

export interface AlertChartProps {
  points: readonly ChartPoint[];
  /** Alert span, epoch ms; `end` undefined = still going on. */
  span: { start: number; end?: number };
  width?: number;
  height?: number;
}

/** uPlot's columnar data: x in seconds, then one array per series (null = no value). */
export function chartData(points: readonly ChartPoint[]): uPlot.AlignedData {
  return [
    points.map((p) => p.start / 1000),
    points.map((p) => p.negatives),
    points.map((p) => (p.total > 0 ? Math.round((1000 * p.negatives) / p.total) / 10 : null)),
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
        u.ctx.fillStyle = 'rgba(230, 81, 0, 0.12)';
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

export function AlertChart({ points, span, width = 320, height = 180 }: AlertChartProps) {
  const { t, number } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [failed] = useState(() => !canDraw());
  const peak = points.reduce((m, p) => Math.max(m, p.negatives), 0);
  const judged = points.filter((p) => p.expected !== undefined && p.start < span.start);
  const expected = judged.length ? judged.reduce((s, p) => s + p.expected!, 0) / judged.length : 0;

  useEffect(() => {
    const el = box.current;
    if (!el || points.length === 0 || failed) return;
    let plot: uPlot | undefined;
    try {
      plot = new uPlot(
        {
          width,
          height,
          plugins: [spanPlugin(span)],
          scales: { x: { time: true }, pct: { range: [0, 100] } },
          axes: [{}, { label: t('alerts.chart.negatives') }, { scale: 'pct', side: 1, grid: { show: false } }],
          series: [
            {},
            { label: t('alerts.chart.negatives'), stroke: '#c62828', width: 2, paths: uPlot.paths.stepped?.({ align: 1 }) },
            { label: t('alerts.chart.share'), scale: 'pct', stroke: '#6a1b9a', dash: [4, 4] },
            { label: t('alerts.chart.baseline'), stroke: '#546e7a' },
            { label: t('alerts.chart.upper'), stroke: '#90a4ae', dash: [2, 3] },
          ],
          bands: [{ series: [4, 3], fill: 'rgba(84, 110, 122, 0.15)' }],
        },
        chartData(points),
        el,
      );
    } catch (error) {
      // The summary below still says it all.
      console.warn('[crisis-desk] chart failed', error);
    }
    return () => plot?.destroy();
  }, [points, span, width, height, t, failed]);

  return (
    <figure className="cd-alert-chart" data-testid="alert-chart" data-points={points.length}>
      <figcaption className="cd-small">{t('alerts.chart.title')}</figcaption>
      {points.length === 0 ? (
        <p className="cd-muted cd-small">{t('alerts.chart.empty')}</p>
      ) : (
        <div ref={box} role="img" aria-label={t('alerts.chart.summary', { peak: number(peak), expected: number(Math.round(expected * 10) / 10) })} />
      )}
      {failed && <p className="cd-muted cd-small">{t('alerts.chart.unavailable')}</p>}
      {points.length > 0 && (
        <p className="cd-muted cd-small">{t('alerts.chart.summary', { peak: number(peak), expected: number(Math.round(expected * 10) / 10) })}</p>
      )}
    </figure>
  );
}
