/**
 * Surge detector figures for `npm run bench`, on a generated series every clone has (no
 * ../shared): buckets processed per second and state size per scope. A seasonal, over-dispersed
 * stream of negatives and totals with a deterministic generator (lib/ takes no Math.random).
 */
import { SurgeDetector, surgeOptions } from '../lib/surge/index.ts';

export function benchSurge(buckets = 60 * 288): Record<string, number> {
  const opts = surgeOptions('balanced');
  const det = new SurgeDetector(opts);
  let x = 987654321;
  const t0 = performance.now();
  for (let i = 0; i < buckets; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    const hour = Math.floor((i % 288) / 12);
    const level = 10 + 20 * Math.max(0, Math.sin(((hour - 6) / 24) * 2 * Math.PI));
    const total = Math.round(level * (0.5 + (x % 1000) / 1000));
    const negatives = Math.floor(total * (0.2 + ((x >>> 10) % 100) / 1000));
    det.observe({ start: Date.UTC(2025, 0, 1) + i * opts.bucketMs, negatives, total });
  }
  const ms = performance.now() - t0;
  return {
    surge_buckets: buckets,
    surge_buckets_per_s: Math.round((buckets / ms) * 1000),
    surge_state_bytes_per_scope: Buffer.byteLength(JSON.stringify(det.snapshot())),
  };
}
