import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';

// Issue 3: "A question or sarcasm marker should not flip a label on its own." Our own sentences,
// one table for every language: the verdict comes from what the post says, and a question mark,
// a "/s", an eye-roll or quotation marks around it leave that verdict alone.
type Row = [lang: string, marker: string, text: string, label: 'negative' | 'neutral' | 'positive'];

describe('questions, sarcasm markers and quotes do not flip a verdict', () => {
  test.each<Row>([
    ['en', 'question', 'Is the battery bad?', 'negative'],
    ['en', 'question', 'Is it good?', 'positive'],
    ['en', 'question', 'When does the store open?', 'neutral'],
    ['en', '/s', 'Great service /s', 'positive'],
    ['en', 'eye-roll', 'Love the new update 🙄', 'positive'],
    ['en', 'quotes', 'They said "no refunds"', 'negative'],
    ['de', 'question', 'Ist der Akku schlecht?', 'negative'],
    ['de', '/s', 'Toller Service /s', 'positive'],
    ['de', 'quotes', 'Sie sagten „keine Erstattung“', 'negative'],
    ['es', 'question', '¿Es malo el producto?', 'negative'],
    ['es', '/s', 'Excelente servicio /s', 'positive'],
    ['es', 'quotes', 'Dijeron "sin reembolso"', 'negative'],
    ['fr', 'question', 'Est-ce que la batterie est nulle ?', 'negative'],
    ['it', 'question', 'La batteria è pessima?', 'negative'],
    ['pt', 'question', 'A bateria é ruim?', 'negative'],
    ['ja', 'question', 'バッテリーは悪いですか？', 'negative'],
    ['ja', 'quotes', '「返金できません」と言われた', 'negative'],
    ['zh', 'question', '电池不好吗？', 'negative'],
    ['zh', 'quotes', '客服说“不能退款”', 'negative'],
    ['ar', 'question', 'هل البطارية سيئة؟', 'negative'],
    ['ar', 'quotes', 'قالوا "لا استرداد"', 'negative'],
  ])('%s %s: %s', (lang, _marker, text, label) => {
    expect(analyzeText({ text, langHint: lang }).sentiment.label).toBe(label);
  });
});

// "pretty", "bien", "bem" are words of their own (a pretty dress, funciona bien, tudo bem) and
// boosters before a rated word: "pretty bad" is bad, not praise cancelling a complaint.
describe('rated boosters: a booster before a rated word, a word otherwise', () => {
  test.each<[lang: string, text: string, label: 'negative' | 'positive']>([
    ['en', 'The plastic tastes pretty bad', 'negative'],
    ['en', 'What a pretty dress', 'positive'],
    ['es', 'El envío fue bien lento', 'negative'],
    ['es', 'Todo bien', 'positive'],
    ['pt', 'A entrega foi bem ruim', 'negative'],
    ['pt', 'Tudo bem', 'positive'],
    ['fr', "C'est bien nul", 'negative'],
  ])('%s: %s', (lang, text, label) => {
    expect(analyzeText({ text, langHint: lang }).sentiment.label).toBe(label);
  });

  test('the booster strengthens the word it scales', () => {
    const score = (text: string) => analyzeText({ text, langHint: 'en' }).sentiment.score;
    expect(score('pretty bad')).toBeLessThan(score('bad'));
  });
});
