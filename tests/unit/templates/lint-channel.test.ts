// Channel rules (X length, Amazon buyer messages, feedback responses), variables, the notice link,
// stale templates and unknown languages.
import { describe, expect, test } from 'vitest';
import { blocks, lintPack, lintReply, lintTemplate, MAX_LINT_CHARS, type LintOptions } from '../../../lib/templates/lint.ts';
import { TemplateSchema, type TemplateInput } from '../../../lib/templates/schema.ts';
import { incident } from './fixtures.ts';

const URL = 'https://voltpro.example/notice/vp20k';
const lint = (text: string, o: Partial<LintOptions> = {}) => lintReply(text, { lang: 'en', channel: 'generic', incident: incident(), ...o });
const rules = (text: string, o: Partial<LintOptions> = {}) => lint(text, o).map((f) => f.rule);

describe('x-reply: 280 characters as X weighs them (twitter-text parseTweet)', () => {
  const x = (text: string, lang = 'en') => rules(text, { channel: 'x-reply', lang, incident: undefined });
  test('280 Latin characters fit, 281 do not', () => {
    expect(x('a'.repeat(280))).not.toContain('x-length');
    expect(x('a'.repeat(281))).toContain('x-length');
  });
  test('Chinese characters count 2: 140 fit, 141 do not', () => {
    expect(x('谢'.repeat(140), 'zh')).not.toContain('x-length');
    expect(x('谢'.repeat(141), 'zh')).toContain('x-length');
  });
  test('a link counts 23 whatever its length (for domains X links)', () => {
    const link = `https://voltpro.com/${'a'.repeat(100)}`;
    expect(x(`${link} ${'a'.repeat(256)}`)).not.toContain('x-length');
    expect(x(`${link} ${'a'.repeat(257)}`)).toContain('x-length');
  });
  test('the finding covers the part that does not fit', () => {
    const text = `${URL} ${'a'.repeat(300)}`;
    const f = lint(text, { channel: 'x-reply' }).find((x) => x.rule === 'x-length')!;
    expect(f.severity).toBe('block');
    expect(f.end).toBe(text.length);
    expect(f.start).toBeGreaterThan(250);
    expect(f.start).toBeLessThan(290);
    expect(f.message.params).toMatchObject({ max: 280 });
  });
  test('a template is measured with its variables filled (the summary is the statement text)', () => {
    const short = 'Hi {{author.name}}, {{incident.url}}';
    expect(rules(short, { channel: 'x-reply', mode: 'template' })).not.toContain('x-length');
    const withSummary = `Hi {{author.name}}, ${'thanks for waiting. '.repeat(5)}{{incident.summary}} {{incident.url}}`;
    const f = lint(withSummary, { channel: 'x-reply', mode: 'template' }).find((x) => x.rule === 'x-length');
    expect(f?.message.key).toBe('lint.xLength.messageEstimate');
  });
  test('other channels have no length rule here', () => {
    expect(rules(`${URL} ${'a'.repeat(1000)}`, { channel: 'generic' })).not.toContain('x-length');
  });
});

describe('Amazon buyer messages (communication guidelines)', () => {
  const amazon = (text: string, lang = 'en') => rules(text, { channel: 'amazon-buyer-message', lang });
  test.each([
    ['a link to the notice is allowed', `Details: ${URL}`, []],
    ['the notice without https:// or with a trailing slash', 'Details: voltpro.example/notice/vp20k/', []],
    ['another link', 'See https://shop.example/deals for offers.', ['amazon-link']],
    ['a link without its scheme, in capitals', 'See WWW.SHOP.EXAMPLE/deals for offers.', ['amazon-link']],
    ['a bare domain with a real TLD', 'Visit voltpro.com/help for more.', ['amazon-link']],
    ['an e-mail address', 'Write to help@voltpro.example please.', ['amazon-contact']],
    ['a phone number', 'Call us on +49 30 1234567.', ['amazon-contact']],
    ['a US toll-free number', 'Call 1-800-555-0199.', ['amazon-contact']],
    ['a number of seven digits, the fewest a phone number has', 'Call 555 0199.', ['amazon-contact']],
    ['six digits are no phone number', 'Call 55 0199.', []],
    ['a messaging app', 'Add us on WhatsApp.', ['amazon-contact']],
    ['an Amazon order id is not a phone number', 'Your order 123-1234567-1234567 is affected.', []],
    ['a date is not a phone number', 'It was sold on 18.03.2025.', []],
    ['a figure is not a phone number', 'About 1,200,000 units.', []],
    ['an emoji', 'Sorry about that 😔', ['amazon-emoji']],
    ['a flag', 'Shipping from 🇩🇪', ['amazon-emoji']],
    ['™ and © are not emoji', 'VoltPro™ © 2025', []],
    ['asking to change a review', 'Could you update your review?', ['amazon-review']],
    ['asking for a positive review', 'A 5-star review would mean a lot.', ['amazon-review']],
  ])('%s', (_name, text, expected) => {
    expect(amazon(text).filter((r) => r.startsWith('amazon-'))).toEqual(expected);
  });
  test.each([
    ['de', 'Bitte passe deine Bewertung an.'],
    ['de', 'Könntest du die Rezension löschen?'],
    ['es', '¿Podrías modificar tu reseña?'],
    ['fr', 'Pourriez-vous modifier votre avis ?'],
    ['it', 'Potresti rimuovere la recensione?'],
    ['pt', 'Pode alterar sua avaliação?'],
    ['ja', 'レビューの削除をお願いできますか。'],
    ['zh', '请给个五星好评。'],
  ])('%s: a review request', (lang, text) => {
    expect(amazon(text, lang)).toContain('amazon-review');
  });
  test('an incentive for a review is a review request and a promise', () => {
    const r = rules('If you leave us a 5-star review we will send you a free charging cable.', { channel: 'amazon-buyer-message' });
    expect(r).toEqual(expect.arrayContaining(['amazon-review', 'promise']));
  });
  test('every one of these blocks', () => {
    expect(blocks(lint('Call 1-800-555-0199 😊', { channel: 'amazon-buyer-message' }))).toBe(true);
  });
});

describe('feedback responses and the notice link', () => {
  test('a feedback response is posted once: a warning on every one', () => {
    const f = lint('We are sorry for your experience.', { channel: 'amazon-feedback-response' });
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['feedback-once', 'warn']]);
  });
  test('no notice link while the incident is active: a warning', () => {
    expect(lint('We are sorry for your experience.').map((x) => [x.rule, x.severity])).toEqual([['missing-notice-link', 'warn']]);
    expect(rules(`We are sorry. ${URL}`)).toEqual([]);
    expect(rules('We are sorry. {{incident.url}}', { mode: 'template' })).toEqual([]);
  });
  test('the hint says when the statement has no notice URL at all', () => {
    const inc = incident((i) => void delete i.statement.facts!.url);
    expect(lint('We are sorry.', { incident: inc })[0]!.hint.key).toBe('lint.noticeLink.hintNoUrl');
  });
  test('no link needed once resolved, or without an incident', () => {
    expect(rules('We are sorry.', { incident: incident((i) => void (i.status = 'resolved')) })).toEqual([]);
    expect(rules('We are sorry.', { incident: undefined })).toEqual([]);
  });
});

describe('variables', () => {
  test.each([
    ['unknown name', 'Hi {{customer.name}}', 'lint.unknownVariable.message'],
    ['not closed', 'Hi {{author.name', 'lint.unknownVariable.unclosed'],
    ['single braces', 'Hi {author.name}', 'lint.unknownVariable.singleBraces'],
    ['empty prompt', 'Your {{ask:}} please', 'lint.unknownVariable.emptyPrompt'],
    ['prompt too long', `Your {{ask:${'x'.repeat(61)}}}`, 'lint.unknownVariable.longPrompt'],
  ])('%s: blocks in a template', (_name, text, key) => {
    const f = lint(`${text} ${URL}`, { mode: 'template' }).filter((x) => x.rule === 'unknown-variable');
    expect(f.map((x) => [x.severity, x.message.key])).toEqual([['block', key]]);
  });
  test('a near miss gets a suggestion', () => {
    const f = lint(`Hi {{Author.Name}} ${URL}`, { mode: 'template' }).find((x) => x.rule === 'unknown-variable')!;
    expect(f.hint).toEqual({ key: 'lint.unknownVariable.hintSuggest', params: { suggestion: '{{author.name}}' } });
  });
  test('known variables and prompts are fine in a template, and block when left in a reply', () => {
    const text = `Hi {{author.name}}, send your {{ask:order number}}. ${URL}`;
    expect(rules(text, { mode: 'template' })).toEqual([]);
    const f = lint(text, { mode: 'insert' }).filter((x) => x.rule === 'unfilled-variable');
    expect(f.map((x) => [text.slice(x.start, x.end), x.severity, x.message.key])).toEqual([
      ['{{author.name}}', 'block', 'lint.unfilled.variable'],
      ['{{ask:order number}}', 'block', 'lint.unfilled.ask'],
    ]);
  });
  test('a variable name is not read as words ({{incident.summary}} says nothing itself)', () => {
    expect(rules('{{incident.summary}} {{incident.url}}', { mode: 'template' })).toEqual([]);
  });
});

describe('stale templates', () => {
  const template = (text: string, statementVersion?: number): TemplateInput => ({
    id: 't1',
    title: 'T',
    channels: ['x-reply'],
    incident: 'vp20k-overheating',
    statementVersion,
    status: 'approved',
    variants: { en: text },
  });
  const staleRules = (text: string, version?: number) =>
    lintTemplate(TemplateSchema.parse(template(text, version)), { incident: incident() })
      .filter((f) => f.rule === 'stale')
      .map((f) => text.slice(f.start, f.end));
  test.each([
    ['states a keyword', 'Some VP-20K units may overheat. {{incident.url}}', 1, ['VP-20K']],
    ['states a number', 'About 1,200 units are affected. {{incident.url}}', 1, ['1,200']],
    ['states the status', 'We are investigating this. {{incident.url}}', 1, ['investigating']],
    ['variables only: current by construction', 'Hi {{author.name}}, {{incident.summary}} {{incident.url}}', 1, []],
    ['approved against the current version', 'Some VP-20K units may overheat. {{incident.url}}', 2, []],
    ['no version recorded counts as older', 'Some VP-20K units may overheat. {{incident.url}}', undefined, ['VP-20K']],
  ])('%s', (_name, text, version, expected) => {
    expect(staleRules(text, version)).toEqual(expected);
  });
  test('a template for another incident is checked without its statement, with a warning', () => {
    const t = TemplateSchema.parse({ ...template('This is our fault.', 1), incident: 'other-incident' });
    const f = lintTemplate(t, { incident: incident() });
    expect(f.map((x) => x.rule)).toEqual(expect.arrayContaining(['other-incident', 'liability']));
    expect(f.map((x) => x.rule)).not.toContain('stale');
  });
});

describe('languages without wording rules', () => {
  test('a warning says so; language-free rules still run', () => {
    const f = lint('Это наша вина 😊 help@voltpro.example', { lang: 'ru', channel: 'amazon-buyer-message' });
    expect(f.map((x) => x.rule).sort()).toEqual(['amazon-contact', 'amazon-emoji', 'language-unchecked', 'missing-notice-link']);
  });
  test('regional tags use their language: pt-BR, zh-Hant, de-AT', () => {
    expect(rules('A culpa é nossa.', { lang: 'pt-BR' })).toContain('liability');
    expect(rules('是我們的錯。', { lang: 'zh-Hant' })).toContain('liability');
    expect(rules('Das ist unsere Schuld.', { lang: 'de-AT' })).toContain('liability');
  });
});

describe('hostile input', () => {
  test('huge text is checked up to MAX_LINT_CHARS, quickly, with spans inside it', () => {
    const text = `${'This is our fault. '.repeat(5_000)}`;
    const t0 = performance.now();
    const f = lint(text);
    // Generous bound (> 10x headroom on this machine): a regression to quadratic time would blow it.
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(f.every((x) => x.end <= MAX_LINT_CHARS)).toBe(true);
  });
  test('control characters, lone surrogates and bidi overrides do not crash it', () => {
    expect(() => lint('our fault\u0000\uD800\u202E fault \uFEFF')).not.toThrow();
  });
  test('no regex blow-up on long runs of one character', () => {
    for (const ch of ['a', ' ', '{', '1', '.', '我', 'é', '-']) expect(() => lint(ch.repeat(10_000))).not.toThrow();
  });
});

describe('lintPack', () => {
  test('retired templates are skipped; findings carry template id, language and channel', () => {
    const pack = {
      templates: [
        TemplateSchema.parse({ id: 'a', title: 'A', channels: ['x-reply', 'amazon-buyer-message'], status: 'approved', variants: { en: 'This is our fault 😊', de: 'Alles gut.' } }),
        TemplateSchema.parse({ id: 'b', title: 'B', channels: ['x-reply'], status: 'retired', variants: { en: 'This is our fault' } }),
      ],
    };
    const f = lintPack(pack, { incident: incident() });
    expect(new Set(f.map((x) => x.templateId))).toEqual(new Set(['a']));
    expect(f.find((x) => x.rule === 'liability')).toMatchObject({ templateId: 'a', lang: 'en' });
    expect(f.find((x) => x.rule === 'amazon-emoji')).toMatchObject({ templateId: 'a', lang: 'en', channel: 'amazon-buyer-message' });
  });

  test('a variant repeated across templates gets what its own template lint gives, whatever differs between them', () => {
    const text = 'This is our fault and it is fixed now 😊 call +49 30 1234567';
    const template = (id: string, over: object) => TemplateSchema.parse({ id, title: id, channels: ['x-reply'], status: 'approved', variants: { en: text, de: 'Alles gut. Es war unser Fehler.' }, ...over });
    const pack = {
      templates: [
        template('a', {}),
        template('b', {}), // the same settings: reused
        template('c', { channels: ['amazon-buyer-message', 'x-reply'] }),
        template('d', { incident: 'vp20k-overheating', statementVersion: 1 }), // approved against an older statement
        template('e', { incident: 'vp20k-overheating', statementVersion: 2 }),
        template('f', { incident: 'another-incident' }),
        template('g', { variants: { de: text } }), // the same text as another language
      ],
    };
    const inc = incident();
    const together = lintPack(pack, { incident: inc });
    expect(together).toEqual(pack.templates.flatMap((t) => lintTemplate(t, { incident: inc })));
    expect(JSON.stringify(together)).toBe(JSON.stringify(pack.templates.flatMap((t) => lintTemplate(t, { incident: inc }))));
    // Each finding is its own object: changing one changes no other template's.
    const [first] = together.filter((x) => x.templateId === 'a');
    const [second] = together.filter((x) => x.templateId === 'b');
    expect(first).not.toBe(second);
    // What differs between them shows: the older statement, the other incident, the Amazon channel.
    const rulesOf = (id: string) => new Set(together.filter((x) => x.templateId === id).map((x) => x.rule));
    expect(rulesOf('d').has('stale') && !rulesOf('e').has('stale')).toBe(true);
    expect(rulesOf('f').has('other-incident') && !rulesOf('a').has('other-incident')).toBe(true);
    expect(rulesOf('c').has('amazon-contact') && !rulesOf('a').has('amazon-contact')).toBe(true);
    // g's English text under German finds nothing German; every other template has findings.
    expect(new Set(together.map((x) => x.templateId))).toEqual(new Set(['a', 'b', 'c', 'd', 'e', 'f']));
  });
});
