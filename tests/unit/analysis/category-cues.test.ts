import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';
import type { ComplaintCategory } from '../../../lib/schema.ts';

// The category-cue layer (lib/analysis/category-cues.ts): one row per phenomenon and language.
// Our own sentences, none of them from the category table.
const categories = (text: string, lang: string) => analyzeText({ text, langHint: lang }).complaint?.categories ?? [];

describe('category cues', () => {
  test.each<[string, string]>([
    ['Where is my refund?', 'en'],
    ['Wo bleibt meine Rückerstattung?', 'de'],
    ['¿Dónde está mi reembolso?', 'es'],
    ['Où en est mon remboursement ?', 'fr'],
    ["Dov'è il mio rimborso?", 'it'],
    ['Cadê meu reembolso?', 'pt'],
    ['返金はどこ？', 'ja'],
    ['我的退款在哪？', 'zh'],
  ])('"%s" is a refund matter, not a delivery one', (text, lang) => {
    expect(categories(text, lang)).toEqual(['refund']);
  });

  test.each<[string, string]>([
    ['Does not fit, the strap is too short for my wrist', 'en'],
    ['Passt leider nicht, zu eng an den Schultern', 'de'],
    ['No me queda bien, es demasiado estrecho', 'es'],
    ['Ne me va pas du tout, trop petit', 'fr'],
    ['Non mi sta, è troppo stretto', 'it'],
    ['Não serviu, ficou apertado', 'pt'],
    ['サイズが合わなくて着られない', 'ja'],
    ['尺码偏小，穿不上', 'zh'],
  ])('a size that does not fit names no category: "%s"', (text, lang) => {
    expect(categories(text, lang)).toEqual([]);
  });

  test.each<[string, string, ComplaintCategory]>([
    // Complaints with no rated word: the tone is neutral, the frame says what is wrong.
    ['Ordered on the 1st and the tracking still says label created', 'en', 'delivery'],
    ['Meine Bestellung ist seit zwei Wochen nicht verschickt worden', 'de', 'delivery'],
    ['Llevo diez días esperando el paquete', 'es', 'delivery'],
    ['Le colis est toujours en transit depuis le 3', 'fr', 'delivery'],
    ['Il pacco è fermo a Bologna da una settimana', 'it', 'delivery'],
    ['Meu pedido ainda não saiu do centro de distribuição', 'pt', 'delivery'],
    ['注文した荷物がまだ発送されていない', 'ja', 'delivery'],
    ['订单一直没有发货', 'zh', 'delivery'],
    ['Support has not answered my email since Monday', 'en', 'service'],
    ['Auf meine Mail kam bis heute keine Antwort vom Kundenservice', 'de', 'service'],
    ['Nadie contesta en atención al cliente', 'es', 'service'],
    ["Aucune réponse du service client depuis une semaine", 'fr', 'service'],
    ['Ho scritto tre volte all’assistenza, nessuna risposta', 'it', 'service'],
    ['O atendimento ainda não respondeu meu e-mail', 'pt', 'service'],
    ['Returned it a month ago and the money still is not back on my card', 'en', 'refund'],
    ["Je n'ai toujours pas reçu mon remboursement", 'fr', 'refund'],
    ['I cannot log in to my account since the update', 'en', 'account'],
    ['Non riesco più ad accedere al mio account', 'it', 'account'],
    ['The seal had already been opened when it got here', 'en', 'counterfeit'],
    ['Der Chatbot versteht meine Frage nicht', 'de', 'service'],
  ])('"%s" (%s) names %s', (text, lang, category) => {
    expect(categories(text, lang)).toContain(category);
  });

  test.each<[string, string]>([
    // Praise, questions, problems put right, negated faults.
    ['Parcel arrived a day early, thank you!', 'en'],
    ['Do you deliver on Saturdays?', 'en'],
    ['Had an issue with my order but support sorted it out within the hour', 'en'],
    ['No scratches, no dents, everything in the box', 'en'],
    ['Paket kam pünktlich, alles bestens', 'de'],
    ['Das Paket kam am Ende doch noch an', 'de'],
    ['¿Hacen envíos a Portugal?', 'es'],
    ['Sin ningún problema, llegó perfecto', 'es'],
    ['Commande reçue, rien à redire', 'fr'],
    ['Il rimborso è arrivato, problema risolto', 'it'],
    ['Chegou certinho, sem nenhum defeito', 'pt'],
    ['問題なく届きました', 'ja'],
    ['请问有没有发货？', 'zh'],
    ['不是假货，放心', 'zh'],
  ])('no category: "%s" (%s)', (text, lang) => {
    expect(categories(text, lang)).toEqual([]);
  });

  test.each<[string, string]>([
    ['Day 9 and my order is still stuck somewhere', 'en'],
    ['Support hat nach drei Wochen immer noch nicht geantwortet', 'de'],
    ['不是假货，放心', 'zh'],
    ['Love it, works perfectly', 'en'],
  ])('never changes the sentiment: "%s"', (text, lang) => {
    const on = analyzeText({ text, langHint: lang });
    const off = analyzeText({ text, langHint: lang }, { categoryCues: { scope: 'sentence', maxGap: 0, frames: false, negation: false, cues: false, onlyWhenNone: 'all' } });
    expect(on.sentiment).toEqual(off.sentiment);
    expect(on.lang).toBe(off.lang);
  });

  test.each<[string, string]>([
    // The damaged failure frame: a failure in open vocabulary next to a time of use or a part.
    ['The hair dryer gave up after three weeks', 'en'],
    ['After two months the left speaker went quiet', 'en'],
    ['Zipper came undone on the first trip', 'en'],
    ['Die Lampe ist nach vier Wochen ausgefallen', 'de'],
    ['Al mes de uso la batería ya no carga', 'es'],
    ['Après deux semaines le moteur a lâché', 'fr'],
    ['Dopo tre settimane il cinturino si è staccato', 'it'],
    ['Com uma semana de uso o carregador pifou', 'pt'],
    ['使って3日でボタンが反応しなくなった', 'ja'],
    ['用了两个星期，开关就失灵了', 'zh'],
  ])('a product that fails after use is damaged: "%s" (%s)', (text, lang) => {
    expect(categories(text, lang)).toEqual(['damaged']);
  });

  test.each<[string, string]>([
    // Long use without a fault, a negated failure, and a failure that is the support's.
    ['Three years in and it still works, no failures', 'en'],
    ['The battery never died on me in a year of daily use', 'en'],
    ['Nach zwei Jahren immer noch wie neu', 'de'],
    ['用了三个月，电池很耐用', 'zh'],
  ])('no damaged: "%s" (%s)', (text, lang) => {
    expect(categories(text, lang)).not.toContain('damaged');
  });

  test('a failure goes to its nearest topic: the support that went quiet is no damaged product', () => {
    expect(categories('Support went quiet after two weeks', 'en')).toEqual(['service']);
  });

  test('the failure frame cites the failure and the time of use', () => {
    const a = analyzeText({ text: 'The hair dryer gave up after three weeks', langHint: 'en' });
    const cited = a.complaint?.evidence.filter((e) => e.category === 'damaged').map((e) => [e.kind, e.text]);
    expect(cited).toEqual(expect.arrayContaining([['complaint', 'gave up'], ['topic', 'after three weeks']]));
  });

  test('a cue category comes with its evidence: the frame and the topic it is about', () => {
    const text = 'Ordered on the 1st and the tracking still says label created';
    const a = analyzeText({ text, langHint: 'en' });
    const cited = a.complaint?.evidence.filter((e) => e.category === 'delivery').map((e) => [e.kind, e.text]);
    expect(cited).toEqual(expect.arrayContaining([['topic', 'tracking'], ['complaint', 'still']]));
  });
});
