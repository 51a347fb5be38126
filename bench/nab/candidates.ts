/**
 * The tuning procedures `npm run eval:surge` compares (issue 13). A candidate is a grid of
 * settings plus the rule that picks one from training files; leave-one-file-out cross-validation
 * (cross-validate.ts) scores the whole procedure on files it did not tune on, beside the in-sample
 * score of the setting it picks on all five. Every candidate considered while choosing the Balanced
 * preset is listed here, so the table in the README can be reproduced.
 */
import { SurgeDetector } from '../../lib/surge/detector.ts';
import { surgeOptions, type SurgeOptions } from '../../lib/surge/presets.ts';
import type { Axis, SelectionRule } from './cross-validate.ts';
import { nabTime } from './evaluate.ts';

export interface Series {
  timestamps: readonly string[];
  values: readonly number[];
}

export interface Candidate {
  name: string;
  /** What differs from the others, for the table. */
  note: string;
  axes: Axis[];
  rule: SelectionRule;
  /** Choose on the training files AND their thinned copies (THIN_LEVELS); report on the files. */
  augmented: boolean;
  /** Key of the scorer, so candidates sharing one share its cached runs. */
  scorer: string;
  scores(setting: Record<string, number>, s: Series): number[];
}

/** Thinned copies (thin.ts) used by augmented candidates and shown as the robustness columns:
 * half and a quarter of the volume, two draws each (one draw alone moves a score by ~3 points). */
export const THIN_LEVELS = [0.5, 0.25] as const;
export const THIN_DRAWS = 2;

/** The detector with the Balanced preset's other options and a grid point's overrides. */
export function detectorOptions(setting: Record<string, number>): SurgeOptions {
  const { cooldownHours, ...rest } = setting;
  return surgeOptions('balanced', { ...rest, ...(cooldownHours !== undefined ? { cooldownMs: cooldownHours * 3_600_000 } : {}) });
}

export function detectorRun(setting: Record<string, number>, s: Series): number[] {
  const det = new SurgeDetector(detectorOptions(setting));
  return s.values.map((v, i) => det.observe({ start: nabTime(s.timestamps[i]!), negatives: v }).score);
}

/**
 * The trivial reference: a bucket more than `factor` × the median of the previous day
 * (288 buckets, at least 1) opens a detection; scored on the first bucket of each such run.
 */
export function trailingMedianRun(setting: Record<string, number>, s: Series): number[] {
  const factor = setting.factor ?? 4;
  const day = 288;
  const sorted: number[] = [];
  const out = new Array<number>(s.values.length).fill(0);
  let above = false;
  s.values.forEach((v, i) => {
    if (i >= day) {
      const median = Math.max(1, sorted[Math.floor(day / 2)]!);
      const now = v > factor * median;
      if (now && !above) out[i] = 1;
      above = now;
    }
    insertSorted(sorted, v);
    if (i >= day) removeSorted(sorted, s.values[i - day]!);
  });
  return out;
}

function lowerBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function insertSorted(a: number[], x: number): void {
  a.splice(lowerBound(a, x), 0, x);
}
function removeSorted(a: number[], x: number): void {
  a.splice(lowerBound(a, x), 1);
}

const THRESHOLDS = [1.5, 2, 2.5, 3, 3.5, 4];
const LIKELIHOODS = [1.5, 2, 2.5, 3, 3.5];
const grid: Axis[] = [
  { name: 'threshold', values: THRESHOLDS },
  { name: 'likelihood', values: LIKELIHOODS },
];

const detector = { scorer: 'detector', scores: detectorRun } as const;

export const CANDIDATES: Candidate[] = [
  {
    name: 'threshold × likelihood, best score (how Balanced was chosen in issue 4)',
    note: 'peak',
    axes: grid,
    rule: 'peak',
    augmented: false,
    ...detector,
  },
  {
    name: 'threshold × likelihood × cooldown, best score',
    note: 'peak, 3 axes',
    axes: [...grid, { name: 'cooldownHours', values: [12, 24, 36] }],
    rule: 'peak',
    augmented: false,
    ...detector,
  },
  {
    name: 'threshold × likelihood, plateau',
    note: 'mean of the point and its grid neighbours',
    axes: grid,
    rule: 'plateau',
    augmented: false,
    ...detector,
  },
  {
    name: 'threshold only (no likelihood layer), plateau',
    note: 'one constant fewer',
    axes: [
      { name: 'threshold', values: [2, 2.5, 3, 3.5, 4, 5] },
      { name: 'likelihood', values: [-Infinity] },
    ],
    rule: 'plateau',
    augmented: false,
    ...detector,
  },
  {
    name: 'threshold × likelihood, best score over volumes ×1, ×½, ×¼',
    note: 'peak, thinned copies in training',
    axes: grid,
    rule: 'peak',
    augmented: true,
    ...detector,
  },
  {
    name: 'threshold × likelihood, plateau over volumes ×1, ×½, ×¼ (chosen)',
    note: 'plateau, thinned copies in training',
    axes: grid,
    rule: 'plateau',
    augmented: true,
    ...detector,
  },
  {
    name: 'trailing-median rule (value > factor × median of the previous day)',
    note: 'reference',
    axes: [{ name: 'factor', values: [2, 3, 4, 6, 8] }],
    rule: 'peak',
    augmented: false,
    scorer: 'median',
    scores: trailingMedianRun,
  },
];
