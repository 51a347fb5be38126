/**
 * A steady loop of analyzeText over the bench corpus (bench/corpus.ts, the same texts as
 * `npm run bench`), for quick before/after checks and CPU profiles:
 *
 *   npx tsx bench/profile-analysis.ts [seconds]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-analysis.ts [seconds]
 *
 * Runs half-second rounds and prints the best and the median round: on this noisy 2-core machine
 * the best round says most about the code, the median about what a busy machine gets. With
 * --expose-gc it also prints the heap used after a GC, the analyser's tables loaded.
 */
import { analyzeText } from '../lib/analysis/index.ts';
import { fixtureMentionTexts } from './corpus.ts';

const texts = fixtureMentionTexts();
const seconds = Number(process.argv[2] ?? 5);
let n = 0;
let sink = 0;
const rounds: number[] = [];
const start = performance.now();
while (performance.now() - start < seconds * 1000) {
  const t0 = performance.now();
  const n0 = n;
  let t = t0;
  while (t - t0 < 500) {
    for (let i = 0; i < 100; i++) sink += analyzeText({ text: texts[n++ % texts.length] ?? '' }).sentiment.score;
    t = performance.now();
  }
  rounds.push(((n - n0) / (t - t0)) * 1000);
}
rounds.sort((a, b) => a - b);
const best = rounds[rounds.length - 1] ?? 0;
const median = rounds[Math.floor(rounds.length / 2)] ?? 0;
console.log(`${texts.length} texts, ${rounds.length} rounds: best ${Math.round(best)} mentions/s, median ${Math.round(median)} (checksum ${sink.toFixed(3)})`);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
  gc();
  console.log(`heap used after GC: ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB`);
}
