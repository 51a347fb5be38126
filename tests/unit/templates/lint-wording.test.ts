// The wording rules, per language and rule: a floor (npm run eval:lint measures the rules on the
// labelled replies). Each row: language, text, the rules it must break (block or warn), and the
// rules it must not break, with an incident that is investigating and allows replacement and
// refund only.
import { describe, expect, test } from 'vitest';
import { lintReply, type LintRule } from '../../../lib/templates/lint.ts';
import type { IncidentFile } from '../../../lib/incident/schema.ts';
import { incident, noCommitments, resolved } from './fixtures.ts';

const WORDING: LintRule[] = ['liability', 'speculation', 'absolute', 'non-apology', 'promise', 'contradiction', 'forbidden-phrase'];

function rulesOf(text: string, lang: string, inc: IncidentFile | null = incident()): LintRule[] {
  return [...new Set(lintReply(text, { lang, channel: 'generic', incident: inc ?? undefined }).map((f) => f.rule))].filter((r) => WORDING.includes(r));
}

type Row = [lang: string, text: string, expected: LintRule[]];

const LIABILITY: Row[] = [
  ['en', 'This is entirely our fault.', ['liability']],
  ['en', 'We were negligent with this batch.', ['liability']],
  ['en', 'We take full responsibility for the damage.', ['liability']],
  ['en', "That's on us.", ['liability']],
  ['en', "It's not your fault, it's ours.", ['liability']],
  ['en', 'We are not at fault here.', []],
  ['en', "We don't accept liability for third-party chargers.", []],
  ['en', "We're so sorry you went through this.", []],
  ['de', 'Das ist unsere Schuld.', ['liability']],
  ['de', 'Dafür haften wir.', ['liability']],
  ['de', 'Wir übernehmen die volle Verantwortung.', ['liability']],
  ['de', 'Wir haften nicht für fremde Ladegeräte.', []],
  ['de', 'Es tut uns leid, dass du das erleben musstest.', []],
  ['es', 'Es culpa nuestra.', ['liability']],
  ['es', 'Asumimos toda la responsabilidad.', ['liability']],
  ['es', 'No es culpa nuestra.', []],
  ['fr', "C'est de notre faute.", ['liability']],
  ['fr', 'Nous reconnaissons notre responsabilité.', ['liability']],
  ['fr', "Ce n'est pas de notre faute.", []],
  ['it', 'È colpa nostra.', ['liability']],
  ['it', 'Ci assumiamo la piena responsabilità.', ['liability']],
  ['it', 'Non è colpa nostra.', []],
  ['pt', 'A culpa é nossa.', ['liability']],
  ['pt', 'Assumimos total responsabilidade.', ['liability']],
  ['pt', 'Não foi culpa nossa.', []],
  ['ja', '弊社の責任です。', ['liability']],
  ['ja', '弊社の過失によるものです。', ['liability']],
  ['ja', '弊社の責任ではございません。', []],
  ['ja', '誠に申し訳ございません。', []],
  ['zh', '是我们的错。', ['liability']],
  ['zh', '我们负全部责任。', ['liability']],
  ['zh', '不是您的错，是我们的错。', ['liability']],
  ['zh', '这不是我们的责任。', []],
  ['zh', '非常抱歉给您带来不便。', []],
];

const SPECULATION_ABSOLUTE_NONAPOLOGY: Row[] = [
  ['en', 'It was probably a faulty cell.', ['speculation']],
  ['en', 'We think it was the charger.', ['speculation']],
  ['en', 'Our products are always tested.', ['absolute']],
  ['en', "We're always here to help.", []],
  ['en', 'Sorry if you feel that way.', ['non-apology']],
  ['de', 'Vermutlich liegt es am Ladegerät.', ['speculation']],
  ['de', 'So etwas passiert bei uns nie.', ['absolute']],
  ['de', 'Tut uns leid, falls du dich ärgerst.', ['non-apology']],
  ['es', 'Probablemente sea el cargador.', ['speculation']],
  ['es', 'Nunca fallan.', ['absolute']],
  ['es', 'Lamentamos que te sientas así.', ['non-apology']],
  ['fr', "Il s'agit probablement d'un défaut.", ['speculation']],
  ['fr', 'Nos batteries sont toujours testées.', ['absolute']],
  ['fr', 'Désolés si vous vous êtes senti offensé.', ['non-apology']],
  ['it', 'Probabilmente è il caricatore.', ['speculation']],
  ['it', 'Non si surriscaldano mai.', ['absolute']],
  ['it', 'Ci dispiace se ti sei sentito trascurato.', ['non-apology']],
  ['pt', 'Provavelmente foi o carregador.', ['speculation']],
  ['pt', 'Nunca apresentam problemas.', ['absolute']],
  ['pt', 'Lamentamos se você se sentiu prejudicado.', ['non-apology']],
  ['ja', 'おそらく部品の不具合です。', ['speculation']],
  ['ja', '絶対に起こりません。', ['absolute']],
  ['ja', 'ご不快に感じられたのであれば申し訳ございません。', ['non-apology']],
  ['zh', '估计是电芯的问题。', ['speculation']],
  ['zh', '我们保证不会再发生。', ['absolute']],
  ['zh', '如果让您感到不满，我们很抱歉。', ['non-apology']],
];

const PROMISE_CONTRADICTION: Row[] = [
  ['en', 'We can send you a free replacement or a full refund.', []],
  ['en', "We'll add a $20 voucher to your account.", ['promise']],
  ['en', 'We will compensate you for the damage.', ['promise']],
  ['en', "We'll send the replacement by Friday.", ['promise']],
  ['en', 'We cannot offer compensation at this time.', []],
  ['en', 'The issue is resolved.', ['contradiction']],
  ['en', 'The issue is not resolved yet.', []],
  ['en', 'We will tell you as soon as it is fixed.', []],
  ['en', 'Only 300 units were affected.', ['contradiction']],
  ['en', 'About 1,200 units were affected.', []],
  ['en', 'Around two thousand units were affected.', ['contradiction']],
  ['en', 'One thousand two hundred units were affected.', []],
  ['en', 'Units sold between 1 and 14 March are affected.', []],
  ['en', 'Units sold between 2 and 14 March are affected.', ['contradiction']],
  ['en', 'Our next update is on 20 March.', ['contradiction']],
  ['en', 'Our next update is on 18 March at 17:00 CET.', []],
  ['en', 'Our next update is on 18 March at 18:00 CET.', ['contradiction']],
  ['en', 'The VP-30K is affected as well.', ['contradiction']],
  ['de', 'Als Entschädigung bekommst du einen Gutschein.', ['promise']],
  ['de', 'Eine Entschädigung können wir leider nicht anbieten.', []],
  ['de', 'Das Problem ist behoben.', ['contradiction']],
  ['de', 'Das Problem ist noch nicht behoben.', []],
  ['de', 'Betroffen sind etwa 1.200 Geräte.', []],
  ['de', 'Betroffen sind etwa 2.000 Geräte.', ['contradiction']],
  ['es', 'Te enviaremos un cupón de descuento.', ['promise']],
  ['es', 'El problema ya está solucionado.', ['contradiction']],
  ['fr', 'Nous vous offrons un bon d’achat.', ['promise']],
  ['fr', 'Le problème est résolu.', ['contradiction']],
  ['it', 'Ti regaliamo un buono sconto.', ['promise']],
  ['it', 'Il problema è stato risolto.', ['contradiction']],
  ['pt', 'Vamos te dar um cupom de desconto.', ['promise']],
  ['pt', 'O problema já foi resolvido.', ['contradiction']],
  ['ja', 'クーポンをお送りします。', ['promise']],
  ['ja', '無償交換または全額返金にて対応いたします。', []],
  ['ja', '問題はすでに解決しました。', ['contradiction']],
  ['zh', '送您一张优惠券。', ['promise']],
  ['zh', '我们可以为您免费更换或全额退款。', []],
  ['zh', '问题已经解决了。', ['contradiction']],
  ['zh', '大约有1200台受到影响。', []],
  ['zh', '大约有5000台受到影响。', ['contradiction']],
  // The next update is Tuesday 18 March, 16:00 UTC: a weekday for it must agree (somewhere
  // between UTC-12 and UTC+14), a recurring one or one not about the update says nothing.
  ['en', 'Our next update follows on Friday.', ['contradiction']],
  ['en', 'Our next update follows on Tuesday.', []],
  ['en', 'We post updates every Friday.', []],
  ['en', 'Units sold on a Friday are affected, more updates soon.', []],
  ['de', 'Das nächste Update gibt es am Freitag.', ['contradiction']],
  ['de', 'Das nächste Update gibt es am Dienstag.', []],
  ['ja', '次回の更新は金曜日を予定しております。', ['contradiction']],
  ['ja', '次回の更新は火曜日を予定しております。', []],
  ['zh', '下次更新在周五。', ['contradiction']],
  ['zh', '下次更新在星期二。', []],
  ['zh', '我们每周一次更新进展。', []],
  ['pt', 'A segunda atualização sai na terça-feira.', []],
  ['pt', 'A próxima atualização sai na sexta-feira.', ['contradiction']],
  ['es', 'La próxima actualización será el viernes.', ['contradiction']],
  ['fr', 'Prochaine mise à jour vendredi.', ['contradiction']],
  ['it', 'Il prossimo aggiornamento arriverà venerdì.', ['contradiction']],
  ['it', 'Il prossimo aggiornamento arriverà martedì.', []],
];

// Issue 11's families of forms (one row per mechanism, worded unlike the tuning rows): a fault noun
// after its owner ("on our side", "unsererseits"), hindsight, what we pay for ("on us", "fica por
// nossa conta"), credit verbs, separable German verbs, kanji-numeral deadlines, idioms of
// likelihood, and lexicalised 不 that negates nothing — each beside a control.
const FAMILIES: Row[] = [
  ['en', 'That was an oversight on our end.', ['liability']],
  ['en', "We haven't seen any lapse on our side.", []],
  ['en', "We shouldn't have shipped that batch.", ['liability']],
  ['en', 'We should have more news soon.', []],
  ['en', "It's on us to keep you posted.", []],
  ['en', "The shipping on your next purchase is on us.", ['promise']],
  ['en', 'We will waive the return charges.', ['promise']],
  ['en', 'Odds are the cell was damaged in transit.', ['speculation']],
  ['en', 'The theory behind the recall is in our notice.', []],
  ['en', "It's all sorted now.", ['contradiction']],
  ['de', 'Ein Fehler auf unserer Seite, sorry.', ['liability']],
  ['de', 'Die Rücksendekosten übernehmen wir.', ['promise']],
  ['de', 'Es liegt höchstwahrscheinlich am Kabel.', ['speculation']],
  ['de', 'Die Ursache ist noch nicht geklärt.', []],
  ['es', 'Lo hemos gestionado mal.', ['liability']],
  ['es', 'Lo más posible es que sea el cable.', ['speculation']],
  ['fr', 'Tout laisse à penser que le câble est en cause.', ['speculation']],
  ['fr', 'Votre compte sera crédité de 15 €.', ['promise']],
  ['fr', 'Nous vous offrirons aussi les frais de retour.', ['promise']],
  ['it', 'È stata una leggerezza da parte nostra.', ['liability']],
  ['it', 'Le spese sono a carico nostro.', ['promise']],
  ['it', 'Non possiamo offrirti altro che la sostituzione.', []],
  ['pt', 'Foi um descuido nosso.', ['liability']],
  ['pt', 'Nenhum descuido nosso foi identificado.', []],
  ['pt', 'O conserto fica por conta da casa.', ['promise']],
  ['ja', 'こちら側の不手際でした。', ['liability']],
  ['ja', 'こちらの責任者よりご連絡いたします。', []],
  ['ja', '五営業日以内にご返信いたします。', ['promise']],
  ['zh', '这件事我们把关不严。', ['liability']],
  ['zh', '问题不严重，但请先停止使用。', []],
  ['zh', '两天内发货。', ['promise']],
  ['zh', '现在没事了。', ['contradiction']],
  // Deadlines in number words; a range of the delay is none ("drei bis fünf Tage").
  ['en', 'A new unit reaches you within three days.', ['promise']],
  ['de', 'Ersatz kommt binnen drei Tagen.', ['promise']],
  ['de', 'Es dauert drei bis fünf Tage länger.', []],
  ['it', 'La sostituzione arriva entro tre giorni.', ['promise']],
  ['en', 'We really let our customers down here.', ['liability']],
  ['en', 'We never want to worry anyone, please stop charging it.', []],
  // Round 2: a fault noun at one of our units (not in a whether/if clause), hindsight, negative-form
  // admissions, our update as the cause, ownerless slips in ja/zh; non-apologies about how our
  // words landed ("if that sounded like", "had the impression", "rübergekommen", 捉え).
  ['en', 'There was a labelling error in our factory.', ['liability']],
  ['en', "We're checking if there was a labelling error in our factory.", []],
  ['en', "We didn't test this batch.", ['liability']],
  ['en', "We weren't thorough enough.", ['liability']],
  ['en', 'Our app update damaged the charging profile.', ['liability']],
  ['en', "I'm sorry if that sounded like we didn't care.", ['non-apology']],
  ['en', 'Sorry if you had the impression we were ignoring you.', ['non-apology']],
  ['en', 'Sorry you had to wait so long.', []],
  ['en', 'Sorry, something went wrong at our end.', ['liability']],
  ['en', 'If something went wrong on our end, we will tell you.', []],
  ['de', 'Bei uns ist da was schiefgegangen.', ['liability']],
  ['de', 'Bei uns ist nichts schiefgelaufen.', []],
  ['fr', 'Une erreur de notre côté, pardon.', ['liability']],
  ['fr', 'Aucune erreur de notre côté à ce stade.', []],
  ['de', 'Ein Patzer bei unserem Versand, sorry.', ['liability']],
  ['de', 'Ob es ein Versehen bei unserem Versand war, klären wir noch.', []],
  ['de', 'Wir hätten die Charge stoppen müssen.', ['liability']],
  ['de', 'Wir haben das nicht genau genug geprüft.', ['liability']],
  ['de', 'Tut uns leid, wenn unsere Nachricht unfreundlich rübergekommen ist.', ['non-apology']],
  ['de', 'Tut uns leid, dass Sie so lange warten mussten.', []],
  ['es', 'Se nos fue de las manos.', ['liability']],
  ['es', 'Debimos haber retirado el lote.', ['liability']],
  ['es', 'Disculpa si te sonó brusco.', ['non-apology']],
  ['es', 'Si te parece, te escribimos el lunes.', []],
  ['fr', 'Un oubli de notre équipe, désolés.', ['liability']],
  ['fr', 'On aurait dû vous prévenir.', ['liability']],
  ['fr', 'Pardon si tu as eu cette impression.', ['non-apology']],
  ['it', 'Dovevamo bloccare quel lotto.', ['liability']],
  ['it', "Ci dispiace che l'abbia vissuta male.", ['non-apology']],
  ['pt', 'Devíamos ter recolhido o lote.', ['liability']],
  ['pt', 'Isso nos escapou.', ['liability']],
  ['pt', 'Nada nos escapou na inspeção.', []],
  ['pt', 'Desculpe que você tenha entendido mal.', ['non-apology']],
  ['ja', '出荷ミスによりご迷惑をおかけしました。', ['liability']],
  ['ja', '出荷ミスの可能性も含めて調査中です。', []],
  ['ja', 'もっと早くお知らせすべきでした。', ['liability']],
  ['ja', '速やかにお知らせすべきですので、ご連絡いたします。', []],
  ['ja', 'そのように捉えられたのでしたら申し訳ありません。', ['non-apology']],
  ['zh', '发货差错导致您收到了错误的型号。', ['liability']],
  ['zh', '是否存在发货差错，我们正在核实。', []],
  ['zh', '如有发货差错，请联系我们。', []],
  ['zh', '我们没能及时通知您。', ['liability']],
  ['zh', '我们本该提前告知。', ['liability']],
  ['zh', '抱歉让您有这种看法。', ['non-apology']],
];

const FORBIDDEN: Row[] = [
  ['en', 'Some units could explode.', ['forbidden-phrase', 'speculation']],
  ['en', 'Reports of exploding units are false.', ['forbidden-phrase']],
  ['de', 'Es besteht Brandgefahr.', ['forbidden-phrase']],
  ['zh', '不会爆炸。', ['forbidden-phrase']],
];

describe.each([
  ['liability', LIABILITY],
  ['speculation, absolutes, non-apologies', SPECULATION_ABSOLUTE_NONAPOLOGY],
  ['promises and contradictions', PROMISE_CONTRADICTION],
  ['families of forms', FAMILIES],
  ['forbidden phrases', FORBIDDEN],
])('%s', (_name, rows) => {
  test.each(rows)('%s: %s -> %j', (lang, text, expected) => {
    expect(rulesOf(text, lang).sort()).toEqual([...expected].sort());
  });
});

describe('refunds in other words are promises where the statement offers none', () => {
  // The statement offers nothing: no commitments, and no refund in its words either.
  const offersNothing = () => incident((i) => {
    i.statement.commitments = [];
    i.statement.text = { en: 'Some VP-20K power banks can overheat while charging. We are investigating.' };
  });
  test.each([
    ['de', 'Wir überweisen dir den Betrag zurück.'],
    ['es', 'Te devolvemos el precio del envío.'],
  ])('%s: %s', (lang, text) => {
    expect(rulesOf(text, lang, offersNothing())).toContain('promise');
    expect(rulesOf(text, lang)).not.toContain('promise');
  });
});

describe('the statement decides', () => {
  test('an admission is no finding once the incident is resolved', () => {
    expect(rulesOf('This was our fault.', 'en', resolved())).toEqual([]);
  });
  test('"fixed" is no finding once resolved', () => {
    expect(rulesOf('The fault is fixed in all new units.', 'en', resolved())).toEqual([]);
  });
  test('a refund is a promise when the statement neither names nor offers it', () => {
    const inc = incident((i) => {
      i.statement.commitments = [];
      i.statement.text = { en: 'Some VP-20K power banks can overheat. We are investigating.' };
    });
    expect(rulesOf('We will refund your order.', 'en', inc)).toEqual(['promise']);
    // noCommitments() keeps the statement text that offers a replacement or refund.
    expect(rulesOf('We will refund your order.', 'en', noCommitments())).toEqual([]);
  });
  test("a refund the statement's text offers is allowed even without a named commitment", () => {
    const inc = incident((i) => {
      i.statement.commitments = [];
    });
    // The statement's own English text offers "a free replacement or a full refund".
    expect(rulesOf('You can get a full refund.', 'en', inc)).toEqual([]);
  });
  test("the team's own commitment words allow that very offer", () => {
    const inc = incident((i) => {
      i.statement.commitments = ['12 months of free credit monitoring'];
      i.statement.text = { en: 'We are investigating.' };
    });
    expect(rulesOf('We offer 12 months of free credit monitoring.', 'en', inc)).toEqual([]);
    expect(rulesOf('We offer a free phone case.', 'en', inc)).toEqual(['promise']);
  });
  test("a hedge the statement itself uses is not speculation ('may have been accessed')", () => {
    const inc = incident((i) => {
      i.statement.text = { en: 'Email addresses may have been accessed. We are investigating.' };
    });
    expect(rulesOf('Your email address may have been accessed.', 'en', inc)).toEqual([]);
    expect(rulesOf('It may have been a phishing attack.', 'en', inc)).toEqual(['speculation']);
  });
  test('monitoring: "fixed" is fine, "resolved" is not', () => {
    const monitoring = incident((i) => void (i.status = 'monitoring'));
    expect(rulesOf('A fix has been deployed and the issue is fixed.', 'en', monitoring)).toEqual([]);
    expect(rulesOf('The incident is resolved.', 'en', monitoring)).toEqual(['contradiction']);
  });
  test('without an incident nothing can contradict it, but admissions still count', () => {
    expect(rulesOf('The issue is resolved. It was our fault.', 'en', null)).toEqual(['liability']);
  });
});

describe('Unicode does not hide a phrase', () => {
  test.each([
    ['full-width Latin', 'ＴＨＩＳ ＩＳ ＯＵＲ ＦＡＵＬＴ'],
    ['zero-width spaces inside words', 'This is our fa\u200Bult.'],
    ['soft hyphen', 'This is our fau\u00ADlt.'],
    ['curly apostrophe', 'That’s on us.'],
    ['upper case', 'THIS IS OUR FAULT.'],
  ])('%s', (_name, text) => {
    expect(rulesOf(text, 'en')).toEqual(['liability']);
  });
  test.each([
    ['accents typed', 'de', 'Wir übernehmen die volle Verantwortung.'],
    ['accents left out', 'de', 'Wir uebernehmen die volle Verantwortung.'],
    ['decomposed accents', 'fr', 'Nous reconnaissons notre responsabilite\u0301.'],
    ['accents left out (fr)', 'fr', 'Nous reconnaissons notre responsabilite.'],
    ['traditional Chinese', 'zh', '是我們的錯。'],
    ['full-width digits', 'zh', '大约有５０００台受到影响。'],
  ])('%s', (_name, lang, text) => {
    expect(rulesOf(text, lang).length).toBeGreaterThan(0);
  });
  test('a finding points at the characters on screen, whatever the folding did', () => {
    const text = 'Hi ＳＡＭ, this is ou\u200Br fault.';
    const [f] = lintReply(text, { lang: 'en', channel: 'generic', incident: incident() }).filter((x) => x.rule === 'liability');
    expect(text.slice(f!.start, f!.end)).toBe('ou\u200Br fault');
  });
});
