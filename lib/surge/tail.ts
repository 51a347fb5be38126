/**
 * Count tail probabilities in log space, so that p-values far below 1e-300 (a 13,000-mention bucket
 * against a baseline of 50) stay finite and comparable. Bounded work per call: the continued
 * fraction below stops after MAX_ITER terms, so the detector stays O(1) per bucket.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9: ~15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const MAX_ITER = 300;
const EPS = 1e-14;
const TINY = 1e-300;

/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITER; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/** ln I_x(a, b), the log of the regularised incomplete beta function. */
export function logIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return -Infinity;
  if (x >= 1) return 0;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  if (x < (a + 1) / (a + b + 2)) return logFront + Math.log(betaContinuedFraction(x, a, b)) - Math.log(a);
  // The other side of the symmetry I_x(a,b) = 1 − I_{1−x}(b,a): here the result is not tiny.
  const other = Math.exp(logFront + Math.log(betaContinuedFraction(1 - x, b, a)) - Math.log(b));
  return Math.log(Math.max(1 - other, TINY));
}

/**
 * ln P(X ≥ k) for a negative binomial with mean `mean` and variance mean + phi·mean² (phi > 0 is
 * the over-dispersion; phi → 0 is Poisson). With r = 1/phi, P(X ≥ k) = I_{mean/(r+mean)}(k, r).
 */
export function logNegBinomialUpperTail(k: number, mean: number, phi: number): number {
  if (k <= 0) return 0;
  if (mean <= 0) return -Infinity;
  const r = 1 / phi;
  return logIncompleteBeta(mean / (r + mean), k, r);
}

/** ln P(X ≥ k) for a binomial(n, p): I_p(k, n − k + 1). Non-integer n, k are allowed (effective sizes). */
export function logBinomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 0;
  if (k > n) return -Infinity;
  return logIncompleteBeta(p, k, n - k + 1);
}

/**
 * ln Q(z), the log upper tail of the standard normal, for z ≥ 0: Numerical Recipes' erfcc (relative
 * error < 1.2e-7 for every x) below z = 26, where e^(−z²/2) is still far from underflow; above it
 * the asymptotic series, whose next term is below 1e-10 there.
 */
export function logNormalUpperTail(z: number): number {
  if (z < 26) return Math.log(0.5 * erfc(z / Math.SQRT2));
  const z2 = z * z;
  return -0.5 * z2 - Math.log(z * Math.sqrt(2 * Math.PI)) + Math.log1p(-1 / z2 + 3 / (z2 * z2) - 15 / (z2 * z2 * z2));
}

function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const r = t * Math.exp(-x * x + poly);
  return x >= 0 ? r : 2 - r;
}
