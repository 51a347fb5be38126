import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';

// Our own example sentences, one row per phenomenon and language. The hint is what X's `lang`
// attribute or the Amazon marketplace would say.
type Row = [text: string, hint: string | undefined, label: 'negative' | 'neutral' | 'positive'];

function label(text: string, hint?: string): string {
  return analyzeText({ text, langHint: hint }).sentiment.label;
}

describe('English', () => {
  test.each<Row>([
    ['The blender is great, I love it', 'en', 'positive'],
    ['Terrible product, total waste of money', 'en', 'negative'],
    ['This is not good at all', 'en', 'negative'],
    ["It's not bad, honestly", 'en', 'positive'],
    ['The screen is lovely but the battery died within a week', 'en', 'negative'],
    ['Great price. But it broke after a week.', 'en', 'negative'],
    ['Shipping was slow but the quality is excellent', 'en', 'positive'],
    ['My order never arrived and nobody answers the phone', 'en', 'negative'],
    ['Stopped working after two days', 'en', 'negative'],
    ["Doesn't work with my laptop", 'en', 'negative'],
    ['I bought a blue kettle on Tuesday', 'en', 'neutral'],
    ['Is it any good?', 'en', 'positive'],
    ['Why did it break after one use?', 'en', 'negative'],
    ['Great, another update that broke everything 🙄', 'en', 'negative'],
    ['Works perfectly, five stars', 'en', 'positive'],
    ['Way too small, I had to send it back', 'en', 'negative'],
    ['VERY BAD', 'en', 'negative'],
  ])('%s', (text, hint, expected) => {
    expect(label(text, hint)).toBe(expected);
  });
});

describe('German', () => {
  test.each<Row>([
    ['Das Produkt ist sehr gut', 'de', 'positive'],
    ['Das ist nicht gut', 'de', 'negative'],
    ['Funktioniert nicht, schade', 'de', 'negative'],
    ['Das Paket kam nie an', 'de', 'negative'],
    ['Sieht schön aus, aber nach einer Woche kaputt', 'de', 'negative'],
    ['Etwas teuer, aber die Qualität ist hervorragend', 'de', 'positive'],
    ['Kann ich nur empfehlen!', 'de', 'positive'],
    ['Ich würde es nicht empfehlen', 'de', 'negative'],
    ['Ich habe es gestern bestellt', 'de', 'neutral'],
  ])('%s', (text, hint, expected) => {
    expect(label(text, hint)).toBe(expected);
  });
});

describe('Spanish', () => {
  test.each<Row>([
    ['Muy buena calidad, estoy contento', 'es', 'positive'],
    ['No funciona, qué decepción', 'es', 'negative'],
    ['No es bueno', 'es', 'negative'],
    ['Es bonito pero se rompió al segundo día', 'es', 'negative'],
    ['No lo recomiendo', 'es', 'negative'],
    ['Lo recomiendo, llegó rápido', 'es', 'positive'],
    ['Mi pedido nunca llegó', 'es', 'negative'],
  ])('%s', (text, hint, expected) => {
    expect(label(text, hint)).toBe(expected);
  });
});

describe('French', () => {
  test.each<Row>([
    ['Produit excellent, je suis ravi', 'fr', 'positive'],
    ["Ce n'est pas bon", 'fr', 'negative'],
    ['pas bon', 'fr', 'negative'],
    ['Ne fonctionne pas, très déçu', 'fr', 'negative'],
    ["C'est joli mais la qualité est médiocre", 'fr', 'negative'],
    ['Colis jamais reçu', 'fr', 'negative'],
    ['Je recommande, aucun problème', 'fr', 'positive'],
  ])('%s', (text, hint, expected) => {
    expect(label(text, hint)).toBe(expected);
  });
});

describe('Italian', () => {
  test.each<Row>([
    ['Ottimo prodotto, molto soddisfatto', 'it', 'positive'],
    ['Non è buono', 'it', 'negative'],
    ['Non funziona più dopo una settimana', 'it', 'negative'],
    ['Bello ma è arrivato rotto', 'it', 'negative'],
    ['Non male', 'it', 'positive'],
    ['Lo consiglio a tutti', 'it', 'positive'],
  ])('%s', (text, hint, expected) => {
    expect(label(text, hint)).toBe(expected);
  });
});

describe('Portuguese', () => {
  test.each<Row>([
    ['Produto ótimo, adorei', 'pt', 'positive'],
    ['Não é bom', 'pt', 'negative'],
    ['Não funciona, péssimo', 'pt', 'negative'],
    ['Bonito, mas veio quebrado', 'pt', 'negative'],
    ['Meu pedido não chegou até hoje', 'pt', 'negative'],
    ['Recomendo, chegou rápido', 'pt', 'positive'],
  ])('%s', (text, hint, expected) => {
    expect(label(text, hint)).toBe(expected);
  });
});

describe('Japanese (no spaces: longest match inside kana/kanji runs)', () => {
  test.each<Row>([
    ['とても良い商品です。満足しています', 'ja', 'positive'],
    ['すぐに壊れました。最悪です', 'ja', 'negative'],
    ['満足できませんでした', 'ja', 'negative'],
    ['悪くないです', 'ja', 'positive'],
    ['デザインは素敵だけど、使いにくい', 'ja', 'negative'],
    ['商品が届かない', 'ja', 'negative'],
    ['おすすめしません', 'ja', 'negative'],
    ['昨日注文しました', 'ja', 'neutral'],
    // ず negates a verb (できず) but ずっと (all along) and 必ず (surely) are not negations.
    ['満足できず、返品しました', 'ja', 'negative'],
    ['最高でずっと使ってる', 'ja', 'positive'],
    ['必ず満足します', 'ja', 'positive'],
    // Particles and adverbs between a word and its negation: 不満 (dissatisfaction) は特に ありません.
    ['不満は特にありません', 'ja', 'positive'],
    ['問題は全くないです', 'ja', 'positive'],
  ])('%s', (text, hint, expected) => {
    expect(label(text, hint)).toBe(expected);
  });
});

describe('Chinese (no spaces)', () => {
  test.each<Row>([
    ['非常好用，很满意', 'zh', 'positive'],
    ['质量太差了，很失望', 'zh', 'negative'],
    ['不喜欢这个颜色', 'zh', 'negative'],
    ['不错，值得购买', 'zh', 'positive'],
    ['外观漂亮，但是用了两天就坏了', 'zh', 'negative'],
    ['还没收到货', 'zh', 'negative'],
    ['我昨天买了一个杯子', 'zh', 'neutral'],
  ])('%s', (text, hint, expected) => {
    expect(label(text, hint)).toBe(expected);
  });
});

describe('emoji and emoticons, in any language', () => {
  test.each<Row>([
    ['😡😡😡', undefined, 'negative'],
    ['👎', undefined, 'negative'],
    ['🤬 @acme_support', undefined, 'negative'],
    ['😍😍', undefined, 'positive'],
    ['👍', undefined, 'positive'],
    [':(', undefined, 'negative'],
    [':-)', undefined, 'positive'],
    ['Montag schon wieder -_-', 'de', 'negative'],
    ['encore en retard -.-', 'fr', 'negative'],
    ['D: my order', 'en', 'negative'],
    ['o.k. see you then', 'en', 'neutral'],
    ['Lieferung heute 😡', 'de', 'negative'],
    ['届きました😍', 'ja', 'positive'],
    ['🙄', undefined, 'negative'],
    ['📦', undefined, 'neutral'],
    // Triumph as often as anger: alone it flags nothing.
    ['😤', undefined, 'neutral'],
    // 不良 inside 視界不良 (poor visibility) is a weather report, not a faulty product.
    ['明日は視界不良のため運休の可能性があります', 'ja', 'neutral'],
    ['初期不良でした', 'ja', 'negative'],
    // English loanwords count in any language (languages/intl.ts).
    ['Was für ein fail', 'de', 'negative'],
    ['Quel produit, wow', 'fr', 'positive'],
  ])('%s', (text, hint, expected) => {
    expect(label(text, hint)).toBe(expected);
  });
});

describe('complaint categories and evidence', () => {
  test.each<[string, string | undefined, string[]]>([
    ['My package never arrived', 'en', ['delivery']],
    ['It arrived broken and I want a refund', 'en', ['damaged', 'refund']],
    ['The charger caught fire', 'en', ['safety']],
    ['My account was hacked and customer service ignored me', 'en', ['account', 'service']],
    ['This is a fake, not genuine at all', 'en', ['counterfeit']],
    ['Funktioniert nicht, ich will eine Rückerstattung', 'de', ['damaged', 'refund']],
    ['Es falso, una estafa', 'es', ['counterfeit']],
    ['Colis jamais reçu, je veux un remboursement', 'fr', ['delivery', 'refund']],
    ['商品が壊れていたので返金してほしい', 'ja', ['damaged', 'refund']],
    ['没收到货，要求退款', 'zh', ['delivery', 'refund']],
    ['Customer service was wonderful and very quick', 'en', []],
    ['Refund arrived quickly, thank you so much!', 'en', []],
    ['This is not fake, it is a genuine product', 'en', []],
    // A topic names its category only in a negative sentence of its own.
    ['Terrible battery. I called customer service and they sent a new one.', 'en', []],
    ['The app is awful. I only made an account yesterday.', 'en', []],
    ['The app is awful and my account keeps logging me out', 'en', ['account']],
  ])('%s', (text, hint, categories) => {
    expect(analyzeText({ text, langHint: hint }).complaint?.categories).toEqual(categories);
  });

  test('evidence offsets point into the analysed text', () => {
    const text = 'Ordered in May. 📦 It never arrived and the seller ignored me.';
    const a = analyzeText({ text, langHint: 'en' });
    const evidence = a.complaint?.evidence ?? [];
    expect(evidence.map((e) => [e.kind, e.category, e.text])).toEqual([
      ['complaint', 'delivery', 'never arrived'],
      ['complaint', 'service', 'ignored me'],
    ]);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  test('evidence offsets survive invisible characters before the span', () => {
    const text = '\u200b\u200bZero\u2060width: it stopped working';
    const e = analyzeText({ text, langHint: 'en' }).complaint?.evidence[0];
    expect(e?.text).toBe('stopped working');
    expect(text.slice(e?.start, e?.end)).toBe('stopped working');
  });

  test('a negated positive is evidence from the negator on', () => {
    const text = 'Honestly, not good.';
    const e = analyzeText({ text, langHint: 'en' }).complaint?.evidence;
    expect(e).toEqual([{ start: 10, end: 18, text: 'not good', kind: 'negation' }]);
  });
});
