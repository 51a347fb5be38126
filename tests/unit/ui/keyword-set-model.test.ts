import { describe, expect, test } from 'vitest';
import { parseKeywordSetDraft, splitTerms, toKeywordSetDraft, withKeywordSet, withKeywordSetEnabled, withoutKeywordSet } from '../../../components/keyword-set-model.ts';
import { createTranslator } from '../../../lib/i18n.ts';
import { AlertSettingsSchema } from '../../../lib/schema.ts';

const { t } = createTranslator('en');
const BASE = { id: 'battery-fire', enabled: true, createdAt: '2025-11-01T09:00:00.000Z' };

describe('splitTerms', () => {
  test.each([
    ['one per line', 'fire\nburn*\r\nsmoke', ['fire', 'burn*', 'smoke']],
    ['commas, full-width and ideographic commas', 'fire, smoke，电池、起火', ['fire', 'smoke', '电池', '起火']],
    ['blank entries and spaces dropped', ' fire ,, \n\n smoke ', ['fire', 'smoke']],
    ['duplicates as the matcher folds them: first spelling kept', 'Fire\nFIRE\nｆｉｒｅ\nfire', ['Fire']],
    ['nothing', '  \n , ', []],
  ])('%s', (_name, text, terms) => {
    expect(splitTerms(text)).toEqual(terms);
  });
});

describe('parseKeywordSetDraft', () => {
  test('a valid draft becomes the set, keeping what it does not edit', () => {
    expect(parseKeywordSetDraft({ name: ' Battery fire ', terms: 'fire, burn*' }, BASE, t)).toEqual({
      ok: true,
      set: { ...BASE, name: 'Battery fire', terms: ['fire', 'burn*'] },
    });
  });

  test.each([
    ['no name, no terms', { name: ' ', terms: '' }, { name: ['Give the set a name.'], terms: ['Add at least one term.'] }],
    ['name too long', { name: 'n'.repeat(81), terms: 'fire' }, { name: ['The name is too long: at most 80 characters.'] }],
    ['too many terms', { name: 'x', terms: Array.from({ length: 51 }, (_, i) => `t${i}`).join('\n') }, { terms: ['Too many terms: at most 50.'] }],
    ['a long term is named (shortened)', { name: 'x', terms: `fire\n${'a'.repeat(120)}` }, { terms: [`“${'a'.repeat(39)}…” is longer than 100 characters.`] }],
    [
      'misplaced stars, each named',
      { name: 'x', terms: '*, bat*ery, fire**' },
      {
        terms: [
          '“*”: * can only end a term, after at least one other character.',
          '“bat*ery”: * can only end a term, after at least one other character.',
          '“fire**”: * can only end a term, after at least one other character.',
        ],
      },
    ],
  ])('%s', (_name, draft, errors) => {
    expect(parseKeywordSetDraft(draft, BASE, t)).toEqual({ ok: false, errors });
  });
});

describe('settings changes', () => {
  const set = { ...BASE, name: 'Battery fire', terms: ['fire'] };
  const smoke = { id: 'smoke', name: 'Smoke', terms: ['smoke'], enabled: true };
  const settings = AlertSettingsSchema.parse({ keywordSets: [set, smoke], perScope: { 'keywords:battery-fire': { preset: 'strict' }, all: { preset: 'strict' } } });

  test('add appends; edit replaces in place', () => {
    expect(withKeywordSet(settings, { ...smoke, id: 'new' }).keywordSets.map((k) => k.id)).toEqual(['battery-fire', 'smoke', 'new']);
    expect(withKeywordSet(settings, { ...set, name: 'Renamed' }).keywordSets.map((k) => k.name)).toEqual(['Renamed', 'Smoke']);
  });

  test('switch off; delete drops its per-scope entry only', () => {
    expect(withKeywordSetEnabled(settings, 'smoke', false).keywordSets.map((k) => k.enabled)).toEqual([true, false]);
    const deleted = withoutKeywordSet(settings, 'battery-fire');
    expect(deleted.keywordSets.map((k) => k.id)).toEqual(['smoke']);
    expect(Object.keys(deleted.perScope)).toEqual(['all']);
    expect(settings.perScope['keywords:battery-fire']).toBeDefined();
  });

  test('a draft of a stored set lists one term per line', () => {
    expect(toKeywordSetDraft({ ...set, terms: ['fire', 'burn*'] })).toEqual({ name: 'Battery fire', terms: 'fire\nburn*' });
    expect(toKeywordSetDraft()).toEqual({ name: '', terms: '' });
  });
});
