import { describe, expect, test } from 'vitest';
import { foldText } from '../../../lib/templates/fold.ts';
import { compiled, GROUPS, scanPhrases, type PhraseGroup } from '../../../lib/templates/lang/compile.ts';
import { cutPoints } from '../../../lib/templates/lang/cut-points.ts';
import { LANG_TABLES } from '../../../lib/templates/lang/index.ts';
import { PhraseScanMemo } from '../../../lib/templates/phrase-scan-memo.ts';
import { maskVariables } from '../../../lib/templates/stale.ts';
import { randomJoins, repliesByLang } from './labelled-replies.ts';

describe('cutPoints: characters no match of a pattern can touch', () => {
  test.each([
    ['plain words', 'our fault', '.!?', '.!?'],
    ['a class that excludes them', "sorry[^.!?]{0,20} if", '.!?\n', '.!?'],
    ['any character', 'a.b', '.!', ''],
    ['an escaped candidate', String.raw`a\.b`, '.!', '!'],
    ['a literal candidate', 'wow!', '.!', '.'],
    ['a class that holds one', '[.,]', '.!', '!'],
    ['a range over one', String.raw`[\x20-\x5F]`, '.!', ''],
    ['a \\u escape of one', String.raw`x\u002ey`, '.!', '!'],
    ['a negated class names only what it lists', '[^。]', '.。', '。'],
    ['\\S could be anything', String.raw`\S+`, '.', ''],
    ['\\d, \\w, \\s and letters are safe', String.raw`\d+\s*\w\p{L}`, '.!?', '.!?'],
    ['other properties are not', String.raw`\p{P}`, '.', ''],
    ['an anchor tells a cut from a character', '^a', '.', ''],
    ['so does a boundary', String.raw`\bx`, '.', ''],
    ['and a back-reference', String.raw`(a)\1`, '.', ''],
    ['look-arounds are read like the rest', '(?<!x )(?![.])y', '.!', '!'],
  ])('%s', (_name, source, candidates, expected) => {
    expect(cutPoints(source, candidates)).toBe(expected);
  });
});

/** As createCtx reads a text: variables masked, folded. */
const asLinted = (text: string, lang: string) => foldText(maskVariables(text), { zh: lang === 'zh' }).text;

describe('PhraseScanMemo gives scanPhrases’ hits', () => {
  const replies = repliesByLang();
  test('the tables cut at sentence ends (else the memo would scan texts whole)', () => {
    const cuts = (lang: string) => GROUPS.map((g) => (compiled(LANG_TABLES[lang]!)[g] as PhraseGroup<unknown>).cuts);
    expect(cuts('en').every((c) => c.includes('.'))).toBe(true);
    expect(cuts('ja').every((c) => c.includes('。'))).toBe(true);
  });

  test.each(Object.keys(LANG_TABLES))('%s: every labelled reply, and random packs of their sentences', (lang) => {
    const t = compiled(LANG_TABLES[lang]!);
    const texts = replies.get(lang) ?? [];
    expect(texts.length).toBeGreaterThan(10);
    // Sentences and pieces joined again at random, with every candidate cut character, spaces or
    // none, and variables: texts that share pieces at different offsets.
    const random = randomJoins(texts, { seed: 7, count: 400, glue: ['', ' ', '. ', '.', '!', '?\n', '。', ' {{author.name}} ', '\n'] });
    const memo = new PhraseScanMemo();
    let hits = 0;
    for (const text of [...texts, ...random, ...texts]) {
      const s = asLinted(text, lang);
      const whole = scanPhrases(t, s);
      expect(memo.scan(t, s)).toEqual(whole);
      for (const g of GROUPS) hits += whole[g].length;
    }
    // The comparison means something only if phrases were found.
    expect(hits).toBeGreaterThan(20);
  });
});
