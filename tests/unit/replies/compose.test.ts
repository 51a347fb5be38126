// Suggestions for a mention from the bundled example incident and pack: ranked by crisis mode,
// incident match, language (English fallback, marked) and category; variables from the mention.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseIncident } from '../../../lib/incident/import.ts';
import { amazonUrl, decisionChannel, decisionRecord, reviewPage } from '../../../lib/replies/amazon.ts';
import { channelsFor, fillReply, noSuggestionReason, suggestionsFor, type ReplyIncident } from '../../../lib/replies/compose.ts';
import { StoredMentionSchema, type StoredMention } from '../../../lib/schema.ts';
import { parsePack } from '../../../lib/templates/import.ts';
import type { Template } from '../../../lib/templates/schema.ts';

const read = (name: string) => readFileSync(new URL(`../../../public/examples/${name}`, import.meta.url), 'utf8');
const incidentFile = parseIncident(read('incident.json'));
const pack = parsePack(read('pack.json'));
if (!incidentFile.ok || !pack.ok) throw new Error('example files');
const incident: ReplyIncident = incidentFile.value;
const templates: Template[] = pack.value.templates;

function mention(o: { lang: string; text: string; categories?: ('safety' | 'delivery' | 'refund')[]; platform?: 'x' | 'amazon' } & Partial<StoredMention>): StoredMention {
  const { lang, categories, ...rest } = o;
  const amazon = o.platform === 'amazon';
  return StoredMentionSchema.parse({
    id: amazon ? 'amazon:R1VP20KTEST1' : 'x:1890459111671656594',
    platform: 'x',
    permalink: amazon ? 'https://www.amazon.de/gp/customer-reviews/R1VP20KTEST1' : 'https://x.com/jana/status/1890459111671656594',
    authorHandle: 'jana_k',
    authorName: 'Jana',
    postedAt: '2025-03-15T10:00:00.000Z',
    analysis: { lang, langConfidence: 0.9, sentiment: { score: -0.8, label: 'negative' }, complaint: categories ? { categories, evidence: [] } : undefined, analyzer: 't' },
    flagged: 1,
    status: 'open',
    capturedAt: '2025-03-15T10:01:00.000Z',
    sortAt: '2025-03-15T10:00:00.000Z',
    ...rest,
  });
}

describe('suggestions', () => {
  test.each([
    { lang: 'de', text: 'Meine VP-20K Powerbank wird beim Laden extrem heiß!', first: 'vp20k-holding-x', variant: 'de', fallback: false },
    { lang: 'zh', text: '我的VP-20K充电宝充电时过热了', first: 'vp20k-holding-x', variant: 'zh', fallback: false },
    { lang: 'ja', text: 'VP-20Kのモバイルバッテリーが熱い', first: 'vp20k-holding-x', variant: 'ja', fallback: false },
    // Italian: the remedy template has no Italian variant; the holding reply has one.
    { lang: 'it', text: 'Il mio power bank VP-20K si surriscalda', first: 'vp20k-holding-x', variant: 'it', fallback: false },
    // Korean: no template has Korean: English, marked as fallback.
    { lang: 'ko', text: 'VP-20K 보조배터리가 너무 뜨거워요', first: 'vp20k-holding-x', variant: 'en', fallback: true },
  ])('$lang: the incident’s holding reply first, in $variant', ({ lang, text, first, variant, fallback }) => {
    const s = suggestionsFor(mention({ lang, text, categories: ['safety'] }), { incident, templates }, 'x-reply');
    expect(s[0]).toMatchObject({ template: { id: first }, lang: variant, fallback });
    // Only approved templates: the draft never appears.
    expect(s.map((x) => x.template.id)).not.toContain('vp20k-holding-draft-v2');
  });

  test('a mention that does not match the incident gets everyday templates only, by category', () => {
    const s = suggestionsFor(mention({ lang: 'de', text: 'Mein Paket ist seit zwei Wochen nicht angekommen', categories: ['delivery'] }), { incident, templates }, 'x-reply');
    expect(s.map((x) => x.template.id)).toEqual(['delivery-check-x', 'sorry-generic']);
  });

  test('crisis mode puts the incident’s replies first even without a keyword match', () => {
    const s = suggestionsFor(mention({ lang: 'en', text: 'Where is my parcel?', categories: ['delivery'] }), { incident: { ...incident, crisisMode: true }, templates }, 'x-reply');
    expect(s[0]!.reasons).toContain('crisis-mode');
  });

  test('Amazon: buyer messages and feedback responses, never X replies', () => {
    const m = mention({ lang: 'de', text: 'VP-20K überhitzt', categories: ['safety'], platform: 'amazon' });
    expect(channelsFor(m)).toEqual(['amazon-buyer-message', 'amazon-feedback-response']);
    expect(suggestionsFor(m, { incident, templates }, 'amazon-buyer-message')[0]).toMatchObject({ template: { id: 'vp20k-remedy-amazon' }, lang: 'de' });
  });

  test('no template at all, none for the channel, none in a language: three clear reasons', () => {
    expect(noSuggestionReason({ templates: [] }, 'x-reply')).toBe('no-templates');
    const xOnly = templates.filter((t) => t.channels.includes('x-reply') && !t.channels.includes('generic'));
    expect(noSuggestionReason({ templates: xOnly }, 'amazon-buyer-message')).toBe('no-channel');
    const german = templates.filter((t) => t.id === 'delivery-check-x').map((t) => ({ ...t, variants: { de: t.variants.de! } }));
    expect(suggestionsFor(mention({ lang: 'ko', text: '택배', categories: ['delivery'] }), { templates: german }, 'x-reply')).toEqual([]);
    expect(noSuggestionReason({ templates: german }, 'x-reply')).toBe('no-language');
  });
});

describe('filling', () => {
  test('author and incident values from the mention and the statement; prompts listed', () => {
    const remedy = templates.find((t) => t.id === 'vp20k-remedy-x')!;
    const m = mention({ lang: 'de', text: 'VP-20K heiß', categories: ['safety'] });
    const f = fillReply(remedy, 'de', m, incident);
    expect(f.prompts).toEqual(['Bestellnummer']);
    expect(f.fill.text.startsWith('Jana, wenn deine VP-20K')).toBe(true);
    expect(f.fill.missing.map((x) => x.reason)).toEqual(['no-answer']);
    const answered = fillReply(remedy, 'de', m, incident, { answers: { Bestellnummer: '302-555' } });
    expect(answered.fill.missing).toEqual([]);
    expect(answered.fill.text).toContain('302-555');
    expect(answered.fill.text).toContain('https://voltpro.example/notice/vp20k');
  });

  test('a mention without a display name: the view must ask for it; the agent’s value wins', () => {
    const holding = templates.find((t) => t.id === 'vp20k-holding-x')!;
    const m = mention({ lang: 'en', text: 'VP-20K hot', authorName: undefined });
    expect(fillReply(holding, 'en', m, incident).needs).toEqual(['author.name']);
    expect(fillReply(holding, 'en', m, incident, { author: { name: 'Sam' } }).fill.text.startsWith('Hi Sam,')).toBe(true);
  });

  test('mention text is data: braces in a display name never become variables', () => {
    const holding = templates.find((t) => t.id === 'vp20k-holding-x')!;
    const m = mention({ lang: 'en', text: 'VP-20K', authorName: '{{incident.url}}<b>x</b>' });
    expect(fillReply(holding, 'en', m, incident).fill.text.startsWith('Hi incident.url<b>x</b>,')).toBe(true);
  });
});

describe('Amazon decisions', () => {
  test('pages: the review’s own page, else the product’s reviews on its marketplace; never a foreign host', () => {
    expect(reviewPage({ permalink: 'https://www.amazon.de/gp/customer-reviews/R1', marketplace: 'amazon.de', productId: 'B08N5WRWNW' })).toBe('https://www.amazon.de/gp/customer-reviews/R1');
    expect(reviewPage({ permalink: 'https://evil.example/amazon.de', marketplace: 'amazon.co.jp', productId: 'B07WXL5YPW' })).toBe('https://www.amazon.co.jp/product-reviews/B07WXL5YPW');
    expect(amazonUrl('http://www.amazon.com/x')).toBeUndefined();
    expect(amazonUrl('https://amazon.com.evil.example/')).toBeUndefined();
  });

  test('decisions: channels and records', () => {
    expect(decisionChannel('buyer-message')).toBe('amazon-buyer-message');
    expect(decisionChannel('feedback-response')).toBe('amazon-feedback-response');
    expect(decisionChannel('no-reply')).toBeUndefined();
    expect(decisionRecord('contact-customer', '2025-03-15T10:05:00.000Z', { id: 'vp20k-overheating', version: 1 })).toEqual({
      at: '2025-03-15T10:05:00.000Z',
      channel: 'amazon-contact-customer',
      via: 'page',
      incidentId: 'vp20k-overheating',
      statementVersion: 1,
    });
    expect(decisionRecord('no-reply', '2025-03-15T10:05:00.000Z')).toMatchObject({ channel: 'none', via: 'none' });
  });
});
