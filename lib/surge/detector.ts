/**
 * Online surge detector over mention counts in time buckets. Pure: the bucket's start time is the
 * only clock. O(1) work per bucket and a small JSON state (≈ 260 numbers, ~3 KB as JSON), so an MV3 worker can save
 * it after every bucket and resume with an identical continuation.
 *
 * Model (why: mention counts are seasonal, over-dispersed and often near zero, issue 4):
 * - expected count μ = level × hourOfDay[h] × dayOfWeek[d], learned by EWMAs of winsorised counts
 *   (a surge cannot drag its own baseline up; a lasting step change still moves it, slowly);
 * - the count in the last 1, 3, 12, 36 and 72 buckets is tested against a negative binomial with mean Σμ and
 *   variance Σμ + φ(Σμ)², φ estimated online per window length, so the threshold adapts to each
 *   series' level and noise instead of being a constant z-score;
 * - evidence = −log10 of the smallest tail probability, Bonferroni-corrected for the five windows;
 * - optional negative share: when `total` is given, a window only counts as evidence if negatives
 *   are ALSO unusual given the total seen (binomial tail against the baseline share, deflated by a
 *   design effect). Evidence is the minimum of the two, so more volume with a flat share (one
 *   operator opening a search page) never alerts by itself.
 */
import { logBinomialUpperTail, logNegBinomialUpperTail } from './tail.ts';
import { type SurgeOptions } from './presets.ts';

export interface SurgeBucket {
  /** Bucket start, epoch ms (posted time). */
  start: number;
  /** Negative mentions in the bucket (or any count, e.g. NAB's mention volume). */
  negatives: number;
  /** All mentions seen in the bucket; omit to test counts only. */
  total?: number;
}

export interface SurgeResult {
  /**
   * Onset score in [0, 1]: ≥ 0.5 exactly on the bucket that opens an alert (higher = stronger),
   * below 0.5 otherwise (rising with the evidence). So a threshold of 0.5 counts each surge once,
   * which is what NAB scores.
   */
  score: number;
  /** −log10 tail probability of the most unusual window (0 = ordinary). */
  evidence: number;
  alert: boolean;
  alertStarted: boolean;
  alertEnded: boolean;
  baseline: { expected: number; upper: number };
}

/** Windows tested, in buckets: 5 min, 15 min, 1 h, 3 h, 6 h at the default bucket size. */
export const SCALES = [1, 3, 12, 36, 72] as const;
const RING = 72;
const LOG10 = Math.LN10;

export interface SurgeState {
  version: 1;
  /** Start of the last bucket observed, or null. */
  last: number | null;
  /** Buckets observed. */
  n: number;
  level: number;
  hour: number[];
  dow: number[];
  /** Last RING counts / expected counts / totals, circular at `pos`. */
  counts: number[];
  expected: number[];
  totals: number[];
  pos: number;
  /** Per scale: EWMA of squared residual, of Σμ and of (Σμ)² (the dispersion estimate). */
  sq: number[];
  mu: number[];
  mu2: number[];
  /** EWMAs of negatives and totals for the baseline share. */
  shareNeg: number;
  shareTot: number;
  alertStart: number | null;
  calm: number;
  cooldownUntil: number;
}

export function initialSurgeState(): SurgeState {
  return {
    version: 1,
    last: null,
    n: 0,
    level: 0,
    hour: new Array<number>(24).fill(1),
    dow: new Array<number>(7).fill(1),
    counts: new Array<number>(RING).fill(0),
    expected: new Array<number>(RING).fill(0),
    totals: new Array<number>(RING).fill(0),
    pos: 0,
    sq: SCALES.map(() => 0),
    mu: SCALES.map(() => 0),
    mu2: SCALES.map(() => 0),
    shareNeg: 0,
    shareTot: 0,
    alertStart: null,
    calm: 0,
    cooldownUntil: -Infinity,
  };
}

// Learning rates per bucket, at 5-minute buckets: level over ~1 day, each hour slot over ~1 week of
// its own buckets, day-of-week over ~4 weeks; dispersion over ~10 days (PHI_DAYS).
const DAY_BUCKETS = 288;
const PHI_MIN = 0.01;
const PHI_MAX = 10;
/** Winsorise updates at μ ± WINSOR·sd: a surge or an outage cannot move the baseline much. */
const WINSOR = 3;
/**
 * The dispersion estimate clips residuals only at ±20 sd and learns over ~10 days: past surges are
 * part of a scope's noise, so a spiky scope needs a bigger surge to alert. Measured on NAB (see
 * scripts/eval-surge.ts): clipping at 3 sd over 3 days scored 56–61, this 62–66.
 */
const DISP_WINSOR = 20;
const PHI_DAYS = 10;

function slots(start: number, opts: SurgeOptions): { h: number; d: number } {
  const local = start + opts.utcOffsetMinutes * 60_000;
  const hours = Math.floor(local / 3_600_000);
  const h = ((hours % 24) + 24) % 24;
  const days = Math.floor(hours / 24);
  const d = (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday (4), Sunday = 0
  return { h, d };
}

function phiOf(state: SurgeState, k: number): number {
  const mu = state.mu[k]!;
  const mu2 = state.mu2[k]!;
  if (mu2 <= 0) return 1;
  return Math.min(PHI_MAX, Math.max(PHI_MIN, (state.sq[k]! - mu) / mu2));
}

/** Standard-normal quantile for an upper tail 10^-e (Acklam-free: a rational fit is overkill here). */
function zForEvidence(e: number): number {
  // Upper tail of N(0,1) ≈ φ(z)/z; solve by a few Newton steps on ln tail (bounded work).
  let z = Math.sqrt(2 * e * LOG10);
  for (let i = 0; i < 4; i++) {
    const lnTail = -0.5 * z * z - Math.log(z * Math.sqrt(2 * Math.PI));
    z -= (lnTail + e * LOG10) / (-z - 1 / z);
  }
  return Math.max(z, 1);
}

export class SurgeDetector {
  readonly options: SurgeOptions;
  private s: SurgeState;

  constructor(options: SurgeOptions, state?: SurgeState) {
    this.options = options;
    this.s = state ? structuredClone(state) : initialSurgeState();
  }

  /** A JSON-safe copy of the state; `new SurgeDetector(opts, JSON.parse(JSON.stringify(snap)))` resumes exactly. */
  snapshot(): SurgeState {
    return structuredClone(this.s);
  }

  observe(bucket: SurgeBucket): SurgeResult {
    const o = this.options;
    const s = this.s;
    if (!Number.isFinite(bucket.start)) throw new Error('bucket start must be a finite epoch ms');
    if (!(bucket.negatives >= 0) || (bucket.total !== undefined && !(bucket.total >= bucket.negatives))) {
      throw new Error('bucket counts must be ≥ 0 with total ≥ negatives');
    }
    if (s.last !== null && bucket.start <= s.last) throw new Error(`bucket ${bucket.start} is not after ${s.last}`);

    // Missing buckets in between count as zero in the short windows (bounded: at most RING pushes).
    const gap = s.last === null ? 1 : Math.max(1, Math.round((bucket.start - s.last) / o.bucketMs));
    for (let g = 1; g < Math.min(gap, RING + 1); g++) this.push(0, 0, 0);

    const { h, d } = slots(bucket.start, o);
    const x = bucket.negatives;
    const seasonal = s.hour[h]! * s.dow[d]!;
    const mu = Math.max(s.level * seasonal, 1e-3);
    this.push(x, mu, bucket.total ?? 0);

    // Evidence per window: count tail, and (optionally) share tail.
    let evidence = 0;
    let fired = false;
    const warm = s.n >= o.warmupBuckets;
    for (let k = 0; k < SCALES.length; k++) {
      const len = SCALES[k]!;
      const X = this.sum(s.counts, len);
      const M = this.sum(s.expected, len);
      let e = -logNegBinomialUpperTail(X, M, phiOf(s, k)) / LOG10;
      if (bucket.total !== undefined && s.shareTot > 0) {
        const N = this.sum(s.totals, len);
        const p0 = Math.min(Math.max(s.shareNeg / s.shareTot, 1e-3), 1 - 1e-3);
        const deff = 1 + Math.max(N - 1, 0) * o.shareRho;
        e = Math.min(e, -logBinomialUpperTail(X / deff, N / deff, p0) / LOG10);
      }
      e = Math.max(0, e - Math.log10(SCALES.length));
      if (e > evidence) evidence = e;
      if (warm && e >= o.threshold && X - M >= o.minVolume && X >= o.minRatio * M) fired = true;
    }

    // Alert lifecycle: open on evidence, close after `calmBuckets` calm buckets or `maxAlertMs`.
    let alertStarted = false;
    let alertEnded = false;
    if (s.alertStart === null) {
      if (fired && bucket.start >= s.cooldownUntil) {
        s.alertStart = bucket.start;
        s.calm = 0;
        alertStarted = true;
      }
    } else {
      s.calm = evidence < o.endThreshold ? s.calm + 1 : 0;
      if (s.calm >= o.calmBuckets || bucket.start - s.alertStart >= o.maxAlertMs) {
        s.alertStart = null;
        s.cooldownUntil = bucket.start + o.cooldownMs;
        alertEnded = true;
      }
    }

    const phi1 = phiOf(s, 0);
    const upper = mu + zForEvidence(o.threshold) * Math.sqrt(mu + phi1 * mu * mu);
    this.learn(x, mu, h, d, bucket.total);
    s.last = bucket.start;
    s.n++;

    const ratio = evidence / o.threshold;
    // During warm-up the baseline is still being learned: evidence is reported, the score stays 0.
    const score = alertStarted ? 1 - 0.5 / Math.max(ratio, 1) : warm ? 0.5 * Math.min(ratio, 0.998) : 0;
    return { score, evidence, alert: s.alertStart !== null || alertEnded, alertStarted, alertEnded, baseline: { expected: mu, upper } };
  }

  private push(x: number, mu: number, total: number): void {
    const s = this.s;
    s.pos = (s.pos + 1) % RING;
    s.counts[s.pos] = x;
    s.expected[s.pos] = mu;
    s.totals[s.pos] = total;
  }

  private sum(ring: number[], len: number): number {
    let t = 0;
    for (let i = 0; i < len; i++) t += ring[(this.s.pos - i + RING) % RING]!;
    return t;
  }

  private learn(x: number, mu: number, h: number, d: number, total: number | undefined): void {
    const s = this.s;
    // Bootstrap with running means, then EWMAs (the max() keeps early estimates unbiased).
    const aLevel = Math.max(1 / DAY_BUCKETS, 1 / (s.n + 1));
    const aHour = Math.max(1 / (12 * 7), 1 / (s.n / 24 + 1));
    const aDay = Math.max(1 / (DAY_BUCKETS * 28), 1 / (s.n + 1));
    const aPhi = Math.max(1 / (PHI_DAYS * DAY_BUCKETS), 1 / (s.n + 1));

    const sd = Math.sqrt(mu + phiOf(s, 0) * mu * mu);
    // The +1 keeps the clip at a few whole mentions when μ is tiny: otherwise every 1 in a
    // zero-heavy scope is clipped to ~0.2 and the baseline collapses towards 0.
    const xw = s.n < 12 ? x : Math.min(Math.max(x, mu - WINSOR * sd), mu + WINSOR * (sd + 1));

    for (let k = 0; k < SCALES.length; k++) {
      const len = SCALES[k]!;
      const M = this.sum(s.expected, len);
      const sdK = Math.sqrt(M + phiOf(s, k) * M * M);
      const X = this.sum(s.counts, len);
      const r = s.n < 12 ? X - M : Math.min(Math.max(X - M, -DISP_WINSOR * sdK), DISP_WINSOR * sdK);
      s.sq[k] = s.sq[k]! + aPhi * (r * r - s.sq[k]!);
      s.mu[k] = s.mu[k]! + aPhi * (M - s.mu[k]!);
      s.mu2[k] = s.mu2[k]! + aPhi * (M * M - s.mu2[k]!);
    }

    const hourF = s.hour[h]!;
    const dayF = s.dow[d]!;
    s.level += aLevel * (xw / (hourF * dayF) - s.level);
    if (s.level > 0) {
      s.hour[h] = hourF + aHour * (xw / (s.level * dayF) - hourF);
      s.dow[d] = dayF + aDay * (xw / (s.level * hourF) - dayF);
    }
    normaliseMean(s.hour);
    normaliseMean(s.dow);

    if (total !== undefined) {
      const aShare = 1 / DAY_BUCKETS;
      s.shareNeg += aShare * (Math.min(x, total) - s.shareNeg);
      s.shareTot += aShare * (total - s.shareTot);
    }
  }
}

/** Keep seasonal factors averaging 1 so the level stays the mean per bucket; floor at 0.05. */
function normaliseMean(f: number[]): void {
  let m = 0;
  for (let i = 0; i < f.length; i++) {
    f[i] = Math.max(f[i]!, 0.05);
    m += f[i]!;
  }
  m /= f.length;
  for (let i = 0; i < f.length; i++) f[i] = f[i]! / m;
}
