// The inflected-word memo (morphology.ts) keeps copies of its words, not views into the posts
// they were cut from: in V8 a slice of 13+ characters keeps its whole parent string alive, and
// before the copy 20,000 distinct 10 KB posts grew the heap by 192 MB (these posts, measured on
// e3b5504 with the memo import left out of memo-heap.child.ts, 2026-12-07); with it, ~3 MB.
// Measured in a fresh process with --expose-gc, so nothing this file or vitest holds counts.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const CHILD = fileURLToPath(new URL('./memo-heap.child.ts', import.meta.url));

test('20,000 distinct 10 KB posts through the memo grow the heap by far less than the posts', () => {
  const res = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, '20000'], { encoding: 'utf8', timeout: 240_000 });
  expect(res.status, res.stderr).toBe(0);
  const out = JSON.parse(res.stdout.trim().split('\n').pop() ?? '{}') as { peakGrowthMB: number; memoMost: number; memoLimit: number };
  // The words did reach the memo: it held (nearly) one per post before starting over.
  expect(out.memoMost).toBeGreaterThan(15_000);
  expect(out.memoMost).toBeLessThanOrEqual(out.memoLimit);
  // 20,000 posts of 10 KB are ~200 MB; holding them cost 192 MB. A bound with 20x headroom over
  // the ~3 MB the copies cost, and 3x below the old figure.
  expect(out.peakGrowthMB).toBeLessThan(60);
}, 300_000);
