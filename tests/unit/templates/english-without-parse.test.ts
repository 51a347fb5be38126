// english.ts answers most clauses without compromise's parse (its first parse builds the tagger);
// those answers must be the parse's own.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { segment } from '../../../lib/templates/clauses.ts';
import { englishNegated, englishStatesFact, parsedNegated, parsedStatesFact } from '../../../lib/templates/english.ts';
import { foldText } from '../../../lib/templates/fold.ts';

const REPLIES = path.join(import.meta.dirname, '../../fixtures/replies');

const english = readdirSync(REPLIES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readFileSync(path.join(REPLIES, d.name, 'en.jsonl'), 'utf8').split('\n'))
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

// Where compromise's tags, not the words, decide: "have read" (a modal to compromise), "is no",
// an unknown word in -ould, "whether or not", contractions with curly apostrophes and without any.
const CRAFTED = [
  'we have read your message and it is fixed',
  "i've read the notice, it's resolved",
  'ive read it and we fixed it',
  'there is no risk and it is safe',
  'it was hardly no problem, it is fixed',
  'no-one was affected and it is resolved',
  'it shoud be fixed, it wouldd be resolved',
  'we’ll fix it, it isn’t resolved, we’re sure it is fixed',
  'we cannot say it is fixed, it isnt resolved, dont worry it is safe',
  'not only is it fixed but it is safe',
  'gonna be fixed, wanna say it is resolved, imma say it is safe',
  'free will is fixed, may 5 it was resolved, in may it is safe',
  "whether or not it is fixed, it's resolved, we've read it and it is fixed",
  "we should've fixed it, let's say it is fixed, i'm sure it is safe, it's been resolved",
  'we never said it is fixed, nobody is affected, we are unable to say it is safe',
];

describe('answers told without parsing are the parse’s', () => {
  test('every clause of every English labelled reply, and crafted ones, at every word', () => {
    let checks = 0;
    for (const text of [...english, ...CRAFTED]) {
      const s = foldText(text).text;
      for (const cl of segment(s).clauses) {
        const clause = s.slice(cl.start, cl.end);
        const offsets = new Set([clause.length]);
        for (const m of clause.matchAll(/\S+/g)) offsets.add(m.index).add(m.index + 1).add(m.index + m[0].length);
        for (const at of offsets) {
          expect([clause, at, englishNegated(clause, at)]).toEqual([clause, at, parsedNegated(clause, at)]);
          expect([clause, at, englishStatesFact(clause, at)]).toEqual([clause, at, parsedStatesFact(clause, at)]);
          checks++;
        }
      }
    }
    expect(checks).toBeGreaterThan(5_000);
  });
});
