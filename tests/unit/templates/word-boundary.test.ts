// The cheap word boundaries (lang/word-boundary.ts) must match exactly where the full form does:
// every pattern of the eight tables, at every position of every labelled reply, folded.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { foldText } from '../../../lib/templates/fold.ts';
import { expandSource, UNICODE_B, WORD } from '../../../lib/templates/lang/compile.ts';
import { LANG_TABLES } from '../../../lib/templates/lang/index.ts';
import type { LangTable } from '../../../lib/templates/lang/types.ts';
import { wordBoundaries } from '../../../lib/templates/lang/word-boundary.ts';

const REPLIES = path.join(import.meta.dirname, '../../fixtures/replies');

function texts(lang: string): string[] {
  const out: string[] = [];
  for (const part of ['tuning', 'held-out']) {
    const file = path.join(REPLIES, part, `${lang}.jsonl`);
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) out.push(foldText((JSON.parse(line) as { text: string }).text, { zh: lang === 'zh' }).text);
  }
  // Edges: boundaries next to digits, apostrophes, hyphens, accented and Cyrillic letters.
  out.push("it's our fault-ish, 100% sure; ourfault ßour fault élan our faultя", '', ' a ');
  return out;
}

function sources(t: LangTable): string[] {
  const phrase = (p: string | { re: string }) => (typeof p === 'string' ? p : p.re);
  return [
    t.contrast, t.negBefore, t.negAfter ?? '', t.notClaim, t.update, t.yourOrder, t.genericUnits, t.scopeNouns, t.relativeDays,
    ...[t.liability, t.speculation, t.absolute, t.nonApology, t.claims, t.promises, t.deadlines, t.reviewRequests].flatMap((list) => list.map(phrase)),
  ].filter((s) => s !== '');
}

describe('wordBoundaries', () => {
  const langs = readdirSync(path.join(REPLIES, 'tuning')).map((f) => f.replace(/\.jsonl$/, ''));
  test.each(langs)('%s: every pattern matches as with the full boundary, at every position', (lang) => {
    const table = LANG_TABLES[lang]!;
    const corpus = texts(lang);
    let cheaper = 0;
    const differ: string[] = [];
    for (const source of sources(table)) {
      const expanded = expandSource(source);
      const cheap = new RegExp(wordBoundaries(expanded, WORD, UNICODE_B), 'uy');
      const full = new RegExp(expanded.replace(/\\b/g, UNICODE_B), 'uy');
      if (cheap.source.length < full.source.length) cheaper++;
      for (const s of corpus) {
        for (let at = 0; at <= s.length; at++) {
          cheap.lastIndex = at;
          full.lastIndex = at;
          if (cheap.exec(s)?.[0] !== full.exec(s)?.[0]) differ.push(`${source} at ${at} of ${s}`);
        }
      }
    }
    expect(differ).toEqual([]);
    // The point of it: most patterns get shorter (Chinese and Japanese ones have no boundaries).
    if (lang !== 'ja' && lang !== 'zh') expect(cheaper).toBeGreaterThan(0);
  });

  test.each([
    [String.raw`\b(?:our|my) fault\b`, String.raw`(?<!W)(?:our|my) fault(?!W)`],
    [String.raw`\bn't\b`, String.raw`(?<!W)n't(?!W)`],
    [String.raw`n't\b`, String.raw`n't(?!W)`],
    // Neither side known: the full form.
    [String.raw`\b(?:a|'s)`, String.raw`F(?:a|'s)`],
    [String.raw`x?\b`, String.raw`x?F`],
    [String.raw`(?:[a-z']+ )\bx`, String.raw`(?:[a-z']+ )(?<!W)x`],
    [String.raw`[a-z]+\b`, String.raw`[a-z]+(?!W)`],
    // Optional atoms before the one that must be there, when each starts (ends) with a word
    // character; a digit is one.
    [String.raw`\b(?:the )?blame`, String.raw`(?<!W)(?:the )?blame`],
    [String.raw`(?:mistakes?|errors?)\b`, String.raw`(?:mistakes?|errors?)(?!W)`],
    [String.raw`\b\d+ days`, String.raw`(?<!W)\d+ days`],
    [String.raw`\b(?:'s )?x`, String.raw`F(?:'s )?x`],
    // Inside a look-around: written the same way (it asserts the same there).
    [String.raw`(?<!\bx)\by`, String.raw`(?<!(?<!W)x)(?<!W)y`],
  ])('%s -> %s', (source, expected) => {
    expect(wordBoundaries(source, 'W', 'F')).toBe(expected);
  });
});
