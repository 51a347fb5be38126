import { describe, expect, test } from 'vitest';
import { suggestTemplates, type SuggestContext } from '../../../lib/templates/suggest.ts';
import { TemplateSchema, type TemplateInput } from '../../../lib/templates/schema.ts';

const t = (over: Partial<TemplateInput> & { id: string }) => TemplateSchema.parse({ title: over.id, channels: ['x-reply'], status: 'approved', variants: { en: 'x', de: 'y' }, ...over });
const TEMPLATES = [
  t({ id: 'everyday' }),
  t({ id: 'delivery', categories: ['delivery'] }),
  t({ id: 'generic', channels: ['generic'] }),
  t({ id: 'inc-a', incident: 'a' }),
  t({ id: 'inc-b', incident: 'b' }),
  t({ id: 'english-only', variants: { en: 'x' } }),
  t({ id: 'draft', status: 'draft' }),
  t({ id: 'retired', status: 'retired' }),
  t({ id: 'amazon', channels: ['amazon-buyer-message'] }),
];
const ids = (ctx: Partial<SuggestContext>) => suggestTemplates(TEMPLATES, { channel: 'x-reply', lang: 'de', ...ctx }).map((s) => s.template.id);

describe('suggestTemplates', () => {
  test('approved only, for the channel or generic, and no other incident', () => {
    expect(ids({})).toEqual(['everyday', 'delivery', 'generic', 'english-only']);
  });
  test("the mention's incidents first, the crisis-mode one before all", () => {
    expect(ids({ incidentIds: ['a', 'b'], crisisIncidentId: 'b' }).slice(0, 2)).toEqual(['inc-b', 'inc-a']);
    expect(ids({ incidentIds: ['a'] })[0]).toBe('inc-a');
  });
  test('a complaint category lifts the templates for it', () => {
    expect(ids({ categories: ['delivery'] })[0]).toBe('delivery');
  });
  test('the exact channel before generic', () => {
    const order = ids({});
    expect(order.indexOf('everyday')).toBeLessThan(order.indexOf('generic'));
  });
  test("the mention's language; English as a flagged fallback, after", () => {
    const s = suggestTemplates(TEMPLATES, { channel: 'x-reply', lang: 'de' });
    expect(s.find((x) => x.template.id === 'english-only')).toMatchObject({ lang: 'en', fallback: true });
    expect(s.find((x) => x.template.id === 'everyday')).toMatchObject({ lang: 'de', fallback: false });
    expect(s.at(-1)!.template.id).toBe('english-only');
  });
  test('a regional tag finds its language; an unknown language falls back', () => {
    expect(suggestTemplates(TEMPLATES, { channel: 'x-reply', lang: 'de-AT' })[0]!.lang).toBe('de');
    expect(suggestTemplates(TEMPLATES, { channel: 'x-reply', lang: 'und' }).every((s) => s.fallback)).toBe(true);
  });
  test('reasons say why', () => {
    expect(suggestTemplates(TEMPLATES, { channel: 'x-reply', lang: 'de', crisisIncidentId: 'a' })[0]!.reasons).toEqual(['crisis-mode', 'channel', 'language']);
  });
  test('limit', () => {
    expect(suggestTemplates(TEMPLATES, { channel: 'x-reply', lang: 'de' }, 2)).toHaveLength(2);
  });
});
