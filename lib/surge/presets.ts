/** Sensitivity presets and the options every detector takes. */

export type SurgePreset = 'sensitive' | 'balanced' | 'strict';
export const SURGE_PRESETS: readonly SurgePreset[] = ['sensitive', 'balanced', 'strict'];

export interface SurgeOptions {
  /** Bucket length in ms (the default: 5 minutes). */
  bucketMs: number;
  /** Local time offset for the hour-of-day / day-of-week profile (posted time is UTC epoch ms). */
  utcOffsetMinutes: number;
  /**
   * Evidence needed to open an alert, in −log10 of the (Bonferroni-corrected) tail probability:
   * 3 means "this rare under the baseline once in 1,000 windows".
   */
  threshold: number;
  /**
   * Anomaly-likelihood bar: the ~30-minute average of the evidence must also be this many standard
   * deviations above its own ~1-week mean, so the bar adapts to how spiky each scope usually is.
   */
  likelihood: number;
  /** Evidence below which a bucket counts as back to baseline. */
  endThreshold: number;
  /** Consecutive calm buckets that end an alert. */
  calmBuckets: number;
  /** An alert is closed after this long even if still elevated (a step change becomes the new normal). */
  maxAlertMs: number;
  /** No new alert this long after one ends (listening suites' "cooldown"). */
  cooldownMs: number;
  /** Minimum excess mentions over the expected count in the window that fired. */
  minVolume: number;
  /** Minimum ratio observed / expected in the window that fired. */
  minRatio: number;
  /** Buckets seen before any alert (the seasonal profile needs about a day). */
  warmupBuckets: number;
  /**
   * Intra-class correlation of negatives within a bucket for the share test (beta-binomial design
   * effect): mentions of one incident are not independent draws, so n mentions weigh like n/deff.
   */
  shareRho: number;
}

/**
 * Balanced. threshold and likelihood were chosen by leave-one-file-out cross-validation on the five
 * shared NAB realTweets files (issue 13; `npm run eval:surge` prints every candidate): the grid
 * threshold {1.5…4} × likelihood {1.5…3.5}, each point judged by the mean score of itself and its
 * grid neighbours (a plateau, not a peak) over the files AND thinned copies of them at ½ and ¼ of the
 * volume (bench/nab/thin.ts), because series we have not seen are often smaller than these tickers.
 * That procedure scores 82.2 cross-validated; the setting it picks, 82.8 in-sample and 84.8 / 82.5
 * on the thinned copies. The previous setting (threshold 3, likelihood 3: 85.0 in-sample) sat next
 * to a cliff: at likelihood 3.5 two marginal windows (AMZN, CRM) are lost (74.4), and at a quarter
 * of the volume it scores 73.9; chosen on the files alone, its procedure cross-validates at 78.0.
 * The other constants (cooldown, calm buckets, minimum volume and ratio) score the same within a
 * factor of two around these values on NAB; they are product safety rails, not tuned here.
 */
const BASE: SurgeOptions = {
  bucketMs: 5 * 60_000,
  utcOffsetMinutes: 0,
  threshold: 2.5,
  likelihood: 2.5,
  endThreshold: 1.3, // p ≈ 0.05
  calmBuckets: 3,
  maxAlertMs: 24 * 3_600_000,
  cooldownMs: 24 * 3_600_000,
  minVolume: 5,
  minRatio: 1.5,
  warmupBuckets: 288, // one day of 5-minute buckets
  shareRho: 0.02,
};

/** Balanced is the default and the one measured on NAB (`npm run eval:surge`). */
export const PRESET_OPTIONS: Record<SurgePreset, SurgeOptions> = {
  sensitive: { ...BASE, threshold: 2, likelihood: 2, minVolume: 3, minRatio: 1.3, cooldownMs: 6 * 3_600_000 },
  balanced: BASE,
  strict: { ...BASE, threshold: 5, likelihood: 4, minVolume: 10, minRatio: 2, cooldownMs: 48 * 3_600_000 },
};

export function surgeOptions(preset: SurgePreset = 'balanced', overrides: Partial<SurgeOptions> = {}): SurgeOptions {
  return { ...PRESET_OPTIONS[preset], ...overrides };
}
