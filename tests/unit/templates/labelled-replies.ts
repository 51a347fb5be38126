// The labelled replies (tests/fixtures/replies, every part) as test input, and random texts made
// of their sentences: for the tests that check a faster path gives what the plain one gives.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const REPLIES = path.join(import.meta.dirname, '../../fixtures/replies');

/** The labelled replies' texts by language (every part). */
export function repliesByLang(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of readdirSync(REPLIES, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(path.join(REPLIES, part.name))) {
      const lang = file.replace(/\.jsonl$/, '');
      for (const line of readFileSync(path.join(REPLIES, part.name, file), 'utf8').split('\n')) {
        if (line.trim()) out.set(lang, [...(out.get(lang) ?? []), (JSON.parse(line) as { text: string }).text]);
      }
    }
  }
  return out;
}

/**
 * `count` texts of 1 + (0…3) + `extra` pieces of `texts` (cut after sentence ends), each piece
 * followed by one of `glue`, picked by a seeded generator: the same texts on every run.
 */
export function randomJoins(texts: readonly string[], o: { seed: number; count: number; glue: readonly string[]; extra?: number }): string[] {
  const pieces = texts.flatMap((x) => x.split(/(?<=[.!?。！？\n])/u));
  let seed = o.seed;
  const rnd = (n: number) => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed % n;
  };
  return Array.from({ length: o.count }, () => Array.from({ length: 1 + (o.extra ?? 0) + rnd(4) }, () => pieces[rnd(pieces.length)]! + o.glue[rnd(o.glue.length)]!).join(''));
}
