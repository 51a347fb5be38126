/**
 * A small horizontal bar chart as inline SVG: no chart library for a handful of bars, and SVG
 * prints sharply to PDF. Bars scale to the largest value; labels and values are text the reader
 * (and a screen reader, through the table role) can read.
 */
export interface Bar {
  label: string;
  value: number;
  /** The value as shown ("12", "35 %"). */
  text: string;
}

const ROW = 22;
const LABEL_W = 120;
const BAR_W = 240;
const VALUE_W = 70;

export function ReportBars({ title, bars, testId }: { title: string; bars: readonly Bar[]; testId?: string }) {
  const max = Math.max(0, ...bars.map((b) => Math.abs(b.value)));
  const height = Math.max(1, bars.length) * ROW;
  return (
    <figure className="cd-report-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg role="img" aria-label={title} width={LABEL_W + BAR_W + VALUE_W} height={height} viewBox={`0 0 ${LABEL_W + BAR_W + VALUE_W} ${height}`}>
        {bars.map((b, i) => {
          // A value other than 0 keeps a visible sliver; 0 draws nothing.
          const w = max > 0 && b.value !== 0 ? Math.max(1, (Math.abs(b.value) / max) * BAR_W) : 0;
          const y = i * ROW;
          return (
            <g key={`${b.label}-${i}`}>
              <text x={LABEL_W - 6} y={y + 15} textAnchor="end" fontSize="12">
                {b.label}
              </text>
              <rect x={LABEL_W} y={y + 4} width={w} height={ROW - 8} className={b.value < 0 ? 'cd-report-bar cd-report-bar--neg' : 'cd-report-bar'} />
              <text x={LABEL_W + w + 6} y={y + 15} fontSize="12">
                {b.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
