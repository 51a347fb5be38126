// The facts rule reads a text part by part (rules-facts.ts factContradictions) and a pack lint
// remembers each part's findings: the parts must give what the whole text gives.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { IncidentFileSchema, type IncidentFile } from '../../../lib/incident/schema.ts';
import { LANG_TABLES } from '../../../lib/templates/lang/index.ts';
import type { Finding } from '../../../lib/templates/findings.ts';
import { createCtx, type CallMemo } from '../../../lib/templates/lint-context.ts';
import { lintReply } from '../../../lib/templates/lint.ts';
import { PhraseScanMemo } from '../../../lib/templates/phrase-scan-memo.ts';
import { factContradictions, wholeTextFacts } from '../../../lib/templates/rules-facts.ts';
import { maskVariables } from '../../../lib/templates/stale.ts';
import { incident } from './fixtures.ts';
import { randomJoins, repliesByLang } from './labelled-replies.ts';

const REPLIES = path.join(import.meta.dirname, '../../fixtures/replies');

const inTextOrder = (f: readonly Finding[]) => [...f].sort((a, b) => a.start - b.start || b.end - a.end);

const incidents = Object.values(JSON.parse(readFileSync(path.join(REPLIES, 'incidents.json'), 'utf8')) as Record<string, unknown>).map((v) => IncidentFileSchema.parse(v));

describe('the facts rule part by part gives what it gives on the whole text', () => {
  const replies = repliesByLang();
  test.each(Object.keys(LANG_TABLES))('%s: every labelled reply and random joins of their sentences, against every incident', (lang) => {
    const texts = replies.get(lang) ?? [];
    expect(texts.length).toBeGreaterThan(10);
    const random = randomJoins(texts, { seed: 11, count: 300, glue: ['', ' ', '\n', ' {{author.name}} '], extra: 1 });
    let found = 0;
    for (const inc of incidents) {
      // One memo for the lot, as in a pack lint: parts seen before come from it.
      const memo: CallMemo = { scans: new PhraseScanMemo(), facts: new Map() };
      for (const text of [...texts, ...random, ...texts]) {
        const masked = maskVariables(text);
        const parts = createCtx(masked, { lang, channel: 'generic', incident: inc, memo });
        factContradictions(parts);
        const whole = createCtx(masked, { lang, channel: 'generic', incident: inc });
        wholeTextFacts(whole);
        // In text order, as the lint gives them (lint.ts tidy sorts by start, then longest first;
        // the parts come in text order, the whole text's findings rule section by section).
        expect(inTextOrder(parts.findings)).toEqual(inTextOrder(whole.findings));
        found += whole.findings.length;
      }
    }
    // The comparison means something only if contradictions were found.
    expect(found).toBeGreaterThan(10);
  });
});

describe('a full stop a figure or date reads across does not cut the text', () => {
  const contradicts = (text: string, lang: string, inc: IncidentFile = incident()) => lintReply(text, { lang, channel: 'generic', incident: inc }).some((f) => f.rule === 'contradiction');
  test.each([
    ['de', 'Danke für Ihre Geduld. Betroffen sind rund 12 Tsd. Geräte. Wir melden uns.', true],
    ['de', 'Danke für Ihre Geduld. Betroffen sind rund 1,2 Tsd. Geräte. Wir melden uns.', false],
    ['en', 'Thanks for waiting. Our next update comes on Mar. 20. Sorry again.', true],
    ['en', 'Thanks for waiting. Our next update comes on Mar. 18. Sorry again.', false],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(contradicts(text, lang)).toBe(expected);
  });
});
