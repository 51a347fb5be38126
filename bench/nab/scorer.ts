/**
 * The NAB scorer (Numenta Anomaly Benchmark, numenta/NAB at ea702d7), re-implemented from the prose
 * description in `../shared/research/nab-scoring.md` (no NAB code copied). Section numbers below
 * refer to that file. Everything works in ROW indices, as NAB does (§8): timestamps only locate the
 * window boundaries.
 */

export interface NabProfile {
  tp: number;
  fp: number;
  fn: number;
}

/** `config/profiles.json` (§1). */
export const PROFILES = {
  standard: { tp: 1, fp: 0.11, fn: 1 },
  reward_low_FP_rate: { tp: 1, fp: 0.22, fn: 1 },
  reward_low_FN_rate: { tp: 1, fp: 0.11, fn: 2 },
} as const satisfies Record<string, NabProfile>;

/** An anomaly window as inclusive row indices. */
export interface RowWindow {
  start: number;
  end: number;
}

/** §3: the first min(floor(0.15·N), 750) rows are probationary. */
export function probationRows(rowCount: number): number {
  return Math.min(Math.floor(0.15 * rowCount), 750);
}

/** §4: the shifted sigmoid, exactly −1 beyond x = 3. */
export function scaledSigmoid(x: number): number {
  if (x > 3) return -1;
  return 2 / (1 + Math.exp(5 * x)) - 1;
}

/** The label file writes `2015-03-03 04:37:53.000000`; the data file has no fraction (§1, §8). */
export function stripLabelFraction(ts: string): string {
  return ts.replace(/\.0+$/, '');
}

/**
 * Window timestamps → row indices by exact match (§8). Throws when a boundary is not a timestamp
 * of the file, because NAB would silently score something else.
 */
export function windowsToRows(timestamps: readonly string[], windows: readonly (readonly [string, string])[]): RowWindow[] {
  const index = new Map<string, number>();
  timestamps.forEach((t, i) => index.set(t, i));
  return windows.map(([a, b]) => {
    const start = index.get(stripLabelFraction(a));
    const end = index.get(stripLabelFraction(b));
    if (start === undefined || end === undefined) throw new Error(`window [${a}, ${b}] does not match the file's timestamps`);
    return { start, end };
  });
}

/**
 * §4: the signed weight each row would earn if it were a detection. Depends only on the windows.
 * Windows must be sorted and disjoint (NAB merges overlapping ones when labelling, §2).
 */
export function rowWeights(rowCount: number, windows: readonly RowWindow[], profile: NabProfile): Float64Array {
  const w = new Float64Array(rowCount);
  const tpScale = profile.tp / scaledSigmoid(-1);
  let next = 0; // index of the next window not yet ended
  let prev: RowWindow | undefined; // most recent window that has ended
  for (let i = 0; i < rowCount; i++) {
    const cur = windows[next];
    if (cur && i >= cur.start && i <= cur.end) {
      const width = cur.end - cur.start + 1;
      w[i] = scaledSigmoid(-(cur.end - i + 1) / width) * tpScale;
      if (i === cur.end) {
        prev = cur;
        next++;
      }
    } else if (!prev) {
      w[i] = -profile.fp;
    } else {
      const width = prev.end - prev.start + 1;
      w[i] = scaledSigmoid(Math.abs(i - prev.end) / (width - 1)) * profile.fp;
    }
  }
  return w;
}

export interface FileScore {
  /** Raw NAB score of the file (§5). */
  score: number;
  /** Windows holding at least one detection. */
  hits: number;
  /** Windows without a detection. */
  misses: number;
  /** Detections outside every window (each one is penalised). */
  falsePositives: number;
  /** Row index of the first detection in each window, or -1. */
  firstDetection: number[];
}

/** A file prepared for scoring: weights and window membership computed once. */
export interface PreparedFile {
  name: string;
  rowCount: number;
  probation: number;
  windows: RowWindow[];
  weights: Float64Array;
  /** Window index per row, or -1 outside every window. */
  windowOf: Int32Array;
}

export function prepareFile(name: string, rowCount: number, windows: readonly RowWindow[], profile: NabProfile): PreparedFile {
  const probation = probationRows(rowCount);
  // §2/§3: a window starting inside the probationary period is not scored.
  const kept = windows.filter((w) => w.start >= probation);
  const windowOf = new Int32Array(rowCount).fill(-1);
  kept.forEach((win, k) => {
    for (let i = win.start; i <= win.end; i++) windowOf[i] = k;
  });
  return { name, rowCount, probation, windows: kept, weights: rowWeights(rowCount, kept, profile), windowOf };
}

/** §5: the raw score of one file at one threshold (`score ≥ threshold` is a detection, §8). */
export function scoreFile(file: PreparedFile, anomalyScores: ArrayLike<number>, threshold: number, profile: NabProfile): FileScore {
  if (anomalyScores.length !== file.rowCount) {
    throw new Error(`${file.name}: ${anomalyScores.length} scores for ${file.rowCount} rows`);
  }
  const best = new Array<number>(file.windows.length).fill(-Infinity);
  const firstDetection = new Array<number>(file.windows.length).fill(-1);
  let fpSum = 0;
  let falsePositives = 0;
  for (let i = file.probation; i < file.rowCount; i++) {
    if (!(anomalyScores[i]! >= threshold)) continue;
    const k = file.windowOf[i]!;
    if (k < 0) {
      fpSum += file.weights[i]!;
      falsePositives++;
    } else {
      if (firstDetection[k] === -1) firstDetection[k] = i;
      if (file.weights[i]! > best[k]!) best[k] = file.weights[i]!;
    }
  }
  let score = fpSum;
  let hits = 0;
  for (const b of best) {
    if (b === -Infinity) score -= profile.fn;
    else {
      score += b;
      hits++;
    }
  }
  return { score, hits, misses: best.length - hits, falsePositives, firstDetection };
}

/** §7: 100·(S − S_null)/(S_perfect − S_null), with S_null = −A_FN·W and S_perfect = A_TP·W. */
export function normalise(rawTotal: number, windowCount: number, profile: NabProfile): number {
  const nullScore = -profile.fn * windowCount;
  const perfect = profile.tp * windowCount;
  return (100 * (rawTotal - nullScore)) / (perfect - nullScore);
}

/**
 * §6: NAB's single corpus-wide threshold: among "no detections" (1.1) and every distinct score
 * after probation, the one with the largest summed raw score; ties go to the highest threshold.
 * One pass over all rows sorted by descending score.
 */
export function optimiseThreshold(
  files: readonly { file: PreparedFile; scores: ArrayLike<number> }[],
  profile: NabProfile,
): { threshold: number; score: number } {
  const rows: { s: number; f: number; i: number }[] = [];
  files.forEach(({ file, scores }, f) => {
    for (let i = file.probation; i < file.rowCount; i++) rows.push({ s: scores[i]!, f, i });
  });
  rows.sort((a, b) => b.s - a.s);
  const best = files.map(({ file }) => new Array<number>(file.windows.length).fill(-Infinity));
  let total = -profile.fn * files.reduce((n, { file }) => n + file.windows.length, 0);
  let bestThreshold = 1.1;
  let bestScore = total;
  for (let r = 0; r < rows.length; ) {
    const s = rows[r]!.s;
    for (; r < rows.length && rows[r]!.s === s; r++) {
      const { f, i } = rows[r]!;
      const file = files[f]!.file;
      const k = file.windowOf[i]!;
      const w = file.weights[i]!;
      if (k < 0) total += w;
      else {
        const prev = best[f]![k]!;
        if (w > prev) {
          total += (prev === -Infinity ? w + profile.fn : w - prev);
          best[f]![k] = w;
        }
      }
    }
    if (total > bestScore) {
      bestScore = total;
      bestThreshold = s;
    }
  }
  return { threshold: bestThreshold, score: bestScore };
}
