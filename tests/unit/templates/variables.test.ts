import { describe, expect, test } from 'vitest';
import { askPrompts, cleanValue, fillTemplate, formatNextUpdate, scanVariables, statementTextFor } from '../../../lib/templates/variables.ts';
import { incident } from './fixtures.ts';

describe('scanVariables', () => {
  test('known variables, prompts and unknown ones, with spans', () => {
    const text = 'Hi {{ author.name }}, your {{ask:order number}}? {{foo}}';
    expect(scanVariables(text).map((t) => [t.kind, text.slice(t.start, t.end)])).toEqual([
      ['variable', '{{ author.name }}'],
      ['ask', '{{ask:order number}}'],
      ['unknown', '{{foo}}'],
    ]);
  });
  test('the fill-in prompts a template asks, each once', () => {
    expect(askPrompts('{{ask:order number}} {{ask:date}} {{ask:order number}}')).toEqual(['order number', 'date']);
  });
});

describe('fillTemplate', () => {
  const inc = incident();
  test('fills every variable from the mention, the agent and the statement', () => {
    const r = fillTemplate('Hi {{author.name}} ({{author.handle}}), about {{product.name}}: {{incident.summary}} {{incident.url}} Order: {{ask:order number}}', {
      lang: 'en',
      incident: inc,
      values: { author: { name: 'Sam', handle: 'sam_k' }, product: { name: 'VP-20K' }, answers: { 'order number': '123-1234567-1234567' } },
    });
    expect(r.missing).toEqual([]);
    expect(r.text).toBe(`Hi Sam (@sam_k), about VP-20K: ${inc.statement.text.en} https://voltpro.example/notice/vp20k Order: 123-1234567-1234567`);
    expect(r.filled.map((f) => r.text.slice(f.start, f.end))).toEqual(['Sam', '@sam_k', 'VP-20K', inc.statement.text.en, 'https://voltpro.example/notice/vp20k', '123-1234567-1234567']);
  });
  test('missing data is reported and left in place (so the lint blocks it)', () => {
    const r = fillTemplate('Hi {{author.name}}, {{incident.summary}} {{incident.nextUpdate}} {{ask:order number}} {{bogus}}', { lang: 'ja', incident: incident((i) => void delete i.statement.facts!.nextUpdate) });
    expect(r.missing.map((m) => [m.name, m.reason])).toEqual([
      ['author.name', 'no-value'],
      ['incident.summary', 'no-statement-text'],
      ['incident.nextUpdate', 'no-fact'],
      ['order number', 'no-answer'],
      ['bogus', 'unknown-variable'],
    ]);
    for (const m of r.missing) expect(r.text.slice(m.start, m.end)).toBe(m.raw);
  });
  test('incident variables without an incident are missing, not guessed', () => {
    expect(fillTemplate('{{incident.url}}', { lang: 'en' }).missing[0]!.reason).toBe('no-incident');
  });
  test('an empty or blank value counts as missing', () => {
    expect(fillTemplate('Hi {{author.name}}', { lang: 'en', values: { author: { name: '  ' } } }).missing).toHaveLength(1);
    expect(fillTemplate('{{ask:x}}', { lang: 'en', values: { answers: { x: '' } } }).missing).toHaveLength(1);
  });
  test('values cannot inject variables, control characters or line breaks', () => {
    const r = fillTemplate('Hi {{author.name}}', { lang: 'en', values: { author: { name: '{{incident.url}}\u0000\n\u202EEvil' } } });
    expect(r.text).toBe('Hi incident.url Evil');
    expect(scanVariables(r.text)).toEqual([]);
  });
  test('the statement text in a regional variant falls back to its language', () => {
    expect(statementTextFor({ pt: 'Olá' }, 'pt-BR')).toBe('Olá');
    expect(statementTextFor({ 'pt-BR': 'Olá' }, 'pt')).toBe('Olá');
    expect(statementTextFor({ en: 'Hi' }, 'de')).toBeUndefined();
  });
});

describe('formatNextUpdate: the reply language, the customer time zone', () => {
  const at = '2025-03-18T16:00:00Z';
  test.each([
    ['en', undefined, /March 18, 2025.*4:00.PM UTC/],
    ['de', 'Europe/Berlin', /18\. März 2025.*17:00 MEZ/],
    ['ja', 'Asia/Tokyo', /2025年3月19日.*1:00 JST/],
    ['zh', 'Asia/Shanghai', /2025年3月19日.*00:00 GMT\+8/],
    ['fr', 'America/New_York', /18 mars 2025.*12:00 UTC−4/],
  ])('%s in %s', (lang, tz, re) => {
    expect(formatNextUpdate(at, lang, tz)).toMatch(re);
  });
  test('an unknown zone falls back to UTC, said so', () => {
    expect(formatNextUpdate(at, 'en', 'Mars/Olympus')).toMatch(/UTC$/);
  });
  test('filled in through the template', () => {
    const r = fillTemplate('Next update: {{incident.nextUpdate}}', { lang: 'de', timeZone: 'Europe/Berlin', incident: incident() });
    expect(r.text).toMatch(/18\. März 2025.*17:00 MEZ/);
  });
});

test('cleanValue keeps one line of at most 500 characters', () => {
  expect(cleanValue(`a\n\tb   c${'x'.repeat(600)}`)).toHaveLength(500);
});
