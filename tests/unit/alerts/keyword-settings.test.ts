import { describe, expect, test } from 'vitest';
import { keywordSetId, keywordSetOf, salvageAlertSettings, scopeSettings } from '../../../lib/alerts/settings.ts';
import { AlertSettingsSchema, DEFAULT_ALERT_SETTINGS, KeywordSetSchema } from '../../../lib/schema.ts';

const FIRE = { id: 'battery-fire', name: 'Battery fire', terms: ['fire', 'burn*'] };

describe('keyword sets in the alert settings schema', () => {
  test('settings stored before keyword sets existed still parse, with none', () => {
    const old = { schemaVersion: 1, defaults: { enabled: true, preset: 'strict' }, perScope: {}, notifications: false };
    expect(AlertSettingsSchema.parse(old).keywordSets).toEqual([]);
    expect(DEFAULT_ALERT_SETTINGS.keywordSets).toEqual([]);
  });

  test('a set gets enabled by default; names and terms are trimmed; createdAt is kept', () => {
    expect(KeywordSetSchema.parse({ id: 'a', name: '  Battery fire ', terms: [' fire ', 'burn*'], createdAt: '2025-06-02T10:00:00.000Z' })).toEqual({
      id: 'a',
      name: 'Battery fire',
      terms: ['fire', 'burn*'],
      enabled: true,
      createdAt: '2025-06-02T10:00:00.000Z',
    });
  });

  test('two sets with the same id are refused', () => {
    const result = AlertSettingsSchema.safeParse({ keywordSets: [FIRE, { ...FIRE, name: 'Again' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['keywordSets.1.id', 'duplicate keyword set id battery-fire']]);
  });

  test.each([
    ['id with capitals', { id: 'Battery', name: 'x', terms: ['a'] }, 'id'],
    ['id too long', { id: 'a'.repeat(41), name: 'x', terms: ['a'] }, 'id'],
    ['empty name', { id: 'a', name: '   ', terms: ['a'] }, 'name'],
    ['name too long', { id: 'a', name: 'n'.repeat(81), terms: ['a'] }, 'name'],
    ['no terms', { id: 'a', name: 'x', terms: [] }, 'terms'],
    ['51 terms', { id: 'a', name: 'x', terms: Array.from({ length: 51 }, (_, i) => `t${i}`) }, 'terms'],
    ['a blank term', { id: 'a', name: 'x', terms: ['fire', '  '] }, 'terms.1'],
    ['a term over 100 characters', { id: 'a', name: 'x', terms: ['t'.repeat(101)] }, 'terms.0'],
    ['a lone *', { id: 'a', name: 'x', terms: ['*'] }, 'terms.0'],
    ['* inside a term', { id: 'a', name: 'x', terms: ['bat*ery'] }, 'terms.0'],
    ['a bad createdAt', { id: 'a', name: 'x', terms: ['a'], createdAt: 'yesterday' }, 'createdAt'],
  ])('refused: %s', (_name, set, path) => {
    const result = KeywordSetSchema.safeParse(set);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(path);
  });

  test('at most 50 sets', () => {
    const sets = Array.from({ length: 51 }, (_, i) => ({ ...FIRE, id: `s${i}` }));
    expect(AlertSettingsSchema.safeParse({ keywordSets: sets.slice(0, 50) }).success).toBe(true);
    expect(AlertSettingsSchema.safeParse({ keywordSets: sets }).success).toBe(false);
  });

  test('a keyword scope can have its own per-scope settings', () => {
    expect(AlertSettingsSchema.parse({ perScope: { 'keywords:battery-fire': { preset: 'sensitive' } } }).perScope).toEqual({
      'keywords:battery-fire': { enabled: true, preset: 'sensitive' },
    });
  });
});

describe('salvaging keyword sets', () => {
  test.each([
    [
      'a damaged set is dropped alone',
      { keywordSets: [FIRE, { id: 'Bad Id', name: 'x', terms: ['a'] }, { id: 'smoke', name: 'Smoke', terms: ['smoke'] }] },
      [FIRE.id, 'smoke'],
      ['keywordSets.1'],
    ],
    ['a second set with the same id is dropped', { keywordSets: [FIRE, { ...FIRE, name: 'Copy' }] }, [FIRE.id], ['keywordSets.battery-fire']],
    ['not a list', { keywordSets: 'fire' }, [], ['keywordSets']],
  ])('%s', (_name, raw, ids, problems) => {
    const loaded = salvageAlertSettings(raw);
    expect(loaded.settings.keywordSets.map((k) => k.id)).toEqual(ids);
    expect(loaded.problems).toEqual(problems);
  });

  test('the other settings survive a damaged set', () => {
    const loaded = salvageAlertSettings({ notifications: false, keywordSets: [{ id: 'a', name: '', terms: [] }] });
    expect(loaded.settings).toEqual({ ...DEFAULT_ALERT_SETTINGS, notifications: false });
  });
});

describe('keyword scopes in the per-scope settings', () => {
  const settings = AlertSettingsSchema.parse({
    keywordSets: [FIRE, { id: 'smoke', name: 'Smoke', terms: ['smoke'], enabled: false }],
    perScope: { 'keywords:battery-fire': { preset: 'strict' } },
  });

  test.each([
    ['an enabled set uses its own entry', 'keywords:battery-fire', { enabled: true, preset: 'strict' }],
    ['a disabled set is switched off', 'keywords:smoke', { enabled: false, preset: 'balanced' }],
    ['a deleted set is switched off', 'keywords:gone', { enabled: false, preset: 'balanced' }],
    ['other scopes are untouched', 'all', { enabled: true, preset: 'balanced' }],
  ] as const)('%s', (_name, scope, expected) => {
    expect(scopeSettings(settings, scope)).toEqual(expected);
  });

  test('keywordSetOf finds the set behind a scope', () => {
    expect(keywordSetOf(settings, 'keywords:battery-fire')?.name).toBe('Battery fire');
    expect(keywordSetOf(settings, 'keywords:gone')).toBeUndefined();
    expect(keywordSetOf(settings, 'all')).toBeUndefined();
  });
});

describe('keywordSetId', () => {
  test.each([
    ['Battery fire', [], 'battery-fire'],
    ['  Überhitzung — Akku!  ', [], 'uberhitzung-akku'],
    ['Battery fire', ['battery-fire'], 'battery-fire-2'],
    ['Battery fire', ['battery-fire', 'battery-fire-2'], 'battery-fire-3'],
    ['电池起火', [], 'set'],
    ['电池起火', ['set'], 'set-2'],
    ['A'.repeat(50), [], 'a'.repeat(40)],
    ['A'.repeat(50), ['a'.repeat(40)], `${'a'.repeat(38)}-2`],
    ['recall 2025 (EU)', [], 'recall-2025-eu'],
  ])('%s (taken: %j) -> %s', (name, taken, id) => {
    expect(keywordSetId(name, taken)).toBe(id);
    expect(KeywordSetSchema.shape.id.safeParse(id).success).toBe(true);
  });
});
