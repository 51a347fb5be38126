import { describe, expect, test } from 'vitest';
import { decideFlag } from '../../lib/flagging.ts';
import {
  DEFAULT_SETTINGS,
  SettingsSchema,
  type Analysis,
  type ComplaintCategory,
  type Mention,
  type SentimentLabel,
} from '../../lib/schema.ts';
import { analysis, mention } from './db/fixtures.ts';

function an(label: SentimentLabel, categories: ComplaintCategory[] = []): Analysis {
  const score = label === 'negative' ? -0.6 : label === 'positive' ? 0.6 : 0;
  return analysis({
    sentiment: { score, label },
    ...(categories.length > 0 ? { complaint: { categories, evidence: [] } } : {}),
  });
}

const WATCH = SettingsSchema.parse({ brands: ['Acme', 'Café Luna', 'ソニー'], handles: ['AcmeHelp'], productIds: ['B00ACME123'] });
const WATCH_OFF = { ...WATCH, watchOnly: false };

describe('decideFlag without watch terms: every candidate is flagged', () => {
  test.each<[string, Analysis, boolean, string[]]>([
    ['negative sentiment', an('negative'), true, ['negative']],
    ['neutral with a delivery complaint', an('neutral', ['delivery']), true, ['complaint:delivery']],
    ['mildly positive but reports damage (sarcasm, mixed review)', { ...an('positive', ['damaged']), sentiment: { score: 0.3, label: 'positive' } }, true, ['complaint:damaged']],
    ['clearly positive: a complaint phrase alone does not flag', { ...an('positive', ['safety']), sentiment: { score: 0.99, label: 'positive' } }, false, []],
    ['negative with two categories', an('negative', ['refund', 'service']), true, ['negative', 'complaint:refund', 'complaint:service']],
    ['a category repeated by the analyser counts once', an('negative', ['safety', 'safety']), true, ['negative', 'complaint:safety']],
    ['neutral, no complaint', an('neutral'), false, []],
    ['positive, no complaint', an('positive'), false, []],
    ['complaint object with no categories', analysis({ sentiment: { score: 0, label: 'neutral' }, complaint: { categories: [], evidence: [] } }), false, []],
  ])('%s', (_name, a, flagged, reasons) => {
    expect(decideFlag(mention(1, { text: 'whatever' }), a, DEFAULT_SETTINGS)).toEqual({ flagged, reasons, watchMatches: [] });
  });
});

describe('decideFlag with watch terms and watchOnly', () => {
  test.each<[string, Partial<Mention>, boolean, string[], string[]]>([
    ['brand in text, other case', { text: 'my ACME blender broke' }, true, ['negative', 'watch:brand:acme'], ['Acme']],
    ['brand in an Amazon title', { platform: 'amazon', text: 'broke after a day', title: 'Acme kettle: avoid' }, true, ['negative', 'watch:brand:acme'], ['Acme']],
    ['brand as a hashtag', { text: 'never again #acme' }, true, ['negative', 'watch:brand:acme'], ['Acme']],
    ['brand possessive', { text: "Acme's support is useless" }, true, ['negative', 'watch:brand:acme'], ['Acme']],
    ['brand inside a longer word is not the brand', { text: 'the acmeville store was rude' }, false, [], []],
    ['brand with an accent and a space', { text: 'Coffee at café luna was cold' }, true, ['negative', 'watch:brand:café luna'], ['Café Luna']],
    ['full-width brand (NFKC)', { text: 'ＡＣＭＥの配送が遅い' }, true, ['negative', 'watch:brand:acme'], ['Acme']],
    ['Latin brand followed by Japanese', { text: 'Acmeの配送が遅い' }, true, ['negative', 'watch:brand:acme'], ['Acme']],
    ['Japanese brand inside Japanese text', { text: '昨日買ったソニーのテレビが壊れた' }, true, ['negative', 'watch:brand:ソニー'], ['ソニー']],
    ['handle in text', { text: '@acmehelp where is my order' }, true, ['negative', 'watch:handle:acmehelp'], ['@AcmeHelp']],
    ['handle as the author', { text: 'we are sorry', authorHandle: 'AcmeHelp' }, true, ['negative', 'watch:handle:acmehelp'], ['@AcmeHelp']],
    ['handle as the author with @', { text: 'we are sorry', authorHandle: '@acmehelp' }, true, ['negative', 'watch:handle:acmehelp'], ['@AcmeHelp']],
    ['longer handle is someone else', { text: '@AcmeHelpDesk fake account' }, false, [], []],
    ['e-mail address is not a handle', { text: 'wrote to support@acmehelp twice' }, false, [], []],
    ['watched product id', { platform: 'amazon', text: 'arrived broken', productId: 'B00ACME123' }, true, ['negative', 'watch:product:B00ACME123'], ['B00ACME123']],
    ['other product id', { platform: 'amazon', text: 'arrived broken', productId: 'B00OTHER12' }, false, [], []],
    ['product id only in text does not count', { text: 'B00ACME123 arrived broken' }, false, [], []],
    ['negative, no watch term', { text: 'my blender broke' }, false, [], []],
    ['several terms at once', { text: 'Acme and @AcmeHelp ignore me', authorHandle: 'someone' }, true, ['negative', 'watch:brand:acme', 'watch:handle:acmehelp'], ['Acme', '@AcmeHelp']],
  ])('%s', (_name, over, flagged, reasons, watchMatches) => {
    expect(decideFlag(mention(1, over), an('negative'), WATCH)).toEqual({ flagged, reasons, watchMatches });
  });

  test('a watch match alone (no negativity, no complaint) is not flagged but is reported', () => {
    expect(decideFlag(mention(1, { text: 'I love Acme' }), an('positive'), WATCH)).toEqual({
      flagged: false,
      reasons: [],
      watchMatches: ['Acme'],
    });
  });

  test('watchOnly off: candidates are flagged with or without a match', () => {
    expect(decideFlag(mention(1, { text: 'my blender broke' }), an('negative'), WATCH_OFF)).toEqual({
      flagged: true,
      reasons: ['negative'],
      watchMatches: [],
    });
    expect(decideFlag(mention(1, { text: 'my Acme blender broke' }), an('negative'), WATCH_OFF)).toEqual({
      flagged: true,
      reasons: ['negative', 'watch:brand:acme'],
      watchMatches: ['Acme'],
    });
  });

  test('brands with regex characters are matched literally', () => {
    const s = SettingsSchema.parse({ brands: ['C++ Labs', 'A.B'] });
    expect(decideFlag(mention(1, { text: 'c++ labs broke my build' }), an('negative'), s).watchMatches).toEqual(['C++ Labs']);
    expect(decideFlag(mention(1, { text: 'AxB is bad' }), an('negative'), s).flagged).toBe(false);
  });

  test('duplicate terms in settings match once', () => {
    const s = SettingsSchema.parse({ brands: ['Acme', 'acme', ' ACME '], handles: ['AcmeHelp', 'acmehelp'] });
    expect(decideFlag(mention(1, { text: 'acme @acmehelp' }), an('negative'), s)).toEqual({
      flagged: true,
      reasons: ['negative', 'watch:brand:acme', 'watch:handle:acmehelp'],
      watchMatches: ['Acme', '@AcmeHelp'],
    });
  });

  test('reasons fit StoredMention limits: at most 20, each at most 80 characters', () => {
    const long = 'L'.repeat(100);
    const brands = [long, ...Array.from({ length: 30 }, (_, i) => `brand${i}`)];
    const s = SettingsSchema.parse({ brands });
    const d = decideFlag(mention(1, { text: [long, ...brands].join(' ') }), an('negative'), s);
    expect(d.flagged).toBe(true);
    expect(d.reasons).toHaveLength(20);
    expect(d.reasons[1]).toBe(`watch:brand:${'l'.repeat(68)}`);
    expect(d.watchMatches).toHaveLength(31);
  });
});
