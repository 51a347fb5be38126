/**
 * The baseline for bench/cli.ts: the same job as `crisis-desk analyze FILE`, done the naive way
 * with franc + vader-sentiment, as a whole Node process. It reads the same JSON lines, streams
 * them the same way (readline in, a JSON line out per input line, waiting for 'drain'), and adds
 * `lang` (franc's ISO 639-3 code) and `sentiment` (VADER's compound score).
 *
 *   node bench/cli-franc-vader.mjs FILE.jsonl > out.jsonl
 *
 * Plain JavaScript on purpose: a TypeScript loader would add its start-up time to the baseline.
 */
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { franc } from 'franc';

const require = createRequire(import.meta.url);
const vader = require('vader-sentiment').SentimentIntensityAnalyzer;

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node bench/cli-franc-vader.mjs FILE.jsonl\n');
  process.exit(2);
}
let failed = 0;
for await (const line of createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  let item;
  try {
    item = JSON.parse(line);
  } catch {
    failed += 1;
    continue;
  }
  const out = JSON.stringify({ ...item, lang: franc(item.text), sentiment: vader.polarity_scores(item.text).compound });
  if (!process.stdout.write(out + '\n')) await once(process.stdout, 'drain');
}
process.exitCode = failed > 0 ? 1 : 0;
