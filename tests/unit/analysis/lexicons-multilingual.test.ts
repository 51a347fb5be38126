import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';
import { packFor } from '../../../lib/analysis/languages/index.ts';
import { compilePack, stripAccents } from '../../../lib/analysis/pack.ts';

// Our own example sentences (written for this test, not taken from any data set): the social-media
// criticism vocabulary of the de/es/fr/it/pt/ar packs, one row per phenomenon and language. The
// hint is what X's `lang` attribute would say, so the rows test the lexicons, not language ID.
type Label = 'negative' | 'neutral' | 'positive';
type Row = [lang: string, phenomenon: string, text: string, label: Label];

function analyse(text: string, lang: string): { label: Label; score: number } {
  const { sentiment } = analyzeText({ text, langHint: lang });
  return { label: sentiment.label, score: sentiment.score };
}

describe('criticism and praise vocabulary', () => {
  test.each<Row>([
    ['de', 'clear negative', 'Was für eine Blamage, diese Regierung ist ein einziges Desaster', 'negative'],
    ['de', 'insult', 'Diese Idioten haben keine Ahnung', 'negative'],
    ['de', 'inflected stem', 'Das sind lächerliche Ausreden', 'negative'],
    ['de', 'negation', 'Das finde ich nicht lustig', 'negative'],
    ['de', 'negated negative', 'Gar nicht so schlecht', 'positive'],
    ['de', 'contrast', 'Die Idee ist gut, aber die Umsetzung ist erbärmlich', 'negative'],
    ['de', 'idiom', 'Ich habe die Schnauze voll', 'negative'],
    ['de', 'clear positive', 'Herzlichen Glückwunsch, was für ein herrlicher Tag', 'positive'],
    ['de', 'neutral', 'Morgen fahre ich mit dem Zug nach Hamburg', 'neutral'],
    ['es', 'clear negative', 'Qué vergüenza de gobierno, son unos sinvergüenzas', 'negative'],
    ['es', 'insult', 'Menudo payaso mentiroso', 'negative'],
    ['es', 'negation', 'No estoy nada contento con esto', 'negative'],
    ['es', 'negated negative', 'No es tan malo', 'positive'],
    ['es', 'contrast', 'El actor es guapo pero la película es un desastre', 'negative'],
    ['es', 'idiom', 'Estoy hasta las narices', 'negative'],
    ['es', 'clear positive', 'Felicidades, qué alegría tan grande', 'positive'],
    ['es', 'neutral', 'Mañana viajo a Sevilla en tren', 'neutral'],
    ['fr', 'clear negative', 'Quelle honte, ce gouvernement est un désastre', 'negative'],
    ['fr', 'insult', 'Bande de bouffons incompétents', 'negative'],
    ['fr', 'elided negation', "Je n'aime pas du tout cette réforme", 'negative'],
    ['fr', 'negated negative', "Ce n'est pas mal", 'positive'],
    ['fr', 'contrast', "L'idée est bonne mais le résultat est pitoyable", 'negative'],
    ['fr', 'inflected stem', 'Des excuses honteuses et pitoyables', 'negative'],
    ['fr', 'idiom', "Franchement, n'importe quoi", 'negative'],
    ['fr', 'clear positive', 'Félicitations, quelle joie', 'positive'],
    ['fr', 'neutral', 'Demain je prends le train pour Lyon', 'neutral'],
    ['it', 'clear negative', 'Che vergogna, questo governo è un disastro', 'negative'],
    ['it', 'insult', 'Sono dei buffoni incompetenti', 'negative'],
    ['it', 'negation', 'Non mi piace per niente', 'negative'],
    ['it', 'negated negative', 'Non è brutto', 'positive'],
    ['it', 'contrast', "L'idea è bella ma il risultato è penoso", 'negative'],
    ['it', 'inflected stem', 'Discorsi ridicoli e squallidi', 'negative'],
    ['it', 'idiom', 'Non se ne può più', 'negative'],
    ['it', 'clear positive', 'Congratulazioni, che gioia', 'positive'],
    ['it', 'neutral', 'Domani prendo il treno per Milano', 'neutral'],
    ['pt', 'clear negative', 'Que vergonha, esse governo é uma desgraça', 'negative'],
    ['pt', 'insult', 'Bando de incompetentes e covardes', 'negative'],
    ['pt', 'negation', 'Não gostei nada disso', 'negative'],
    ['pt', 'negated negative', 'Não é ruim', 'positive'],
    ['pt', 'contrast', 'A ideia é boa mas o resultado é lamentável', 'negative'],
    ['pt', 'idiom', 'Não aguento mais essa palhaçada', 'negative'],
    ['pt', 'clear positive', 'Parabéns, que felicidade', 'positive'],
    ['pt', 'neutral', 'Amanhã vou de trem para Lisboa', 'neutral'],
    ['ar', 'clear negative', 'هذا فشل وفضيحة', 'negative'],
    ['ar', 'clitic form', 'والفساد في كل مكان', 'negative'],
    ['ar', 'negation', 'الفيلم ليس جميل', 'negative'],
    ['ar', 'contrast', 'الفكرة حلوة لكن النتيجة كارثة', 'negative'],
    ['ar', 'clear positive', 'مبروك، فرحان جدا', 'positive'],
    ['ar', 'neutral', 'سأسافر غدا إلى القاهرة', 'neutral'],
  ])('%s %s: %s', (lang, _phenomenon, text, expected) => {
    expect(analyse(text, lang).label).toBe(expected);
  });
});

describe('intensifiers make a criticism stronger', () => {
  test.each<[lang: string, plain: string, boosted: string]>([
    ['de', 'Das ist peinlich', 'Das ist echt krass peinlich'],
    ['es', 'Es patético', 'Es muy patético'],
    ['fr', "C'est minable", "C'est vachement minable"],
    ['it', 'È patetico', 'È davvero patetico'],
    ['pt', 'É ridículo', 'É muito ridículo'],
    // Arabic boosters count only before the word (vader-rules.ts looks back), as Levantine كتير sits.
    ['ar', 'هذا ممل', 'هذا كتير ممل'],
  ])('%s: %s', (lang, plain, boosted) => {
    const a = analyse(plain, lang);
    const b = analyse(boosted, lang);
    expect(a.label).toBe('negative');
    expect(b.label).toBe('negative');
    expect(b.score).toBeLessThan(a.score);
  });
});

// A list names one form of a word; posts inflect it. Each inflected form below is in no list
// itself (checked), its base form is.
describe('inflected forms reach the listed word', () => {
  test.each<[lang: string, text: string, inflected: string, base: string]>([
    ['de', 'Was für ein grauenhafter Service', 'grauenhafter', 'grauenhaft'],
    ['de', 'Ein ätzender Tag', 'ätzender', 'ätzend'],
    ['fr', 'Des réponses nulles', 'nulles', 'nul'],
    ['fr', 'Des pratiques abusives', 'abusives', 'abusive'],
    ['it', 'Attese tremende al telefono', 'tremende', 'tremendo'],
    ['pt', 'Que desculpas nojentas', 'nojentas', 'nojento'],
  ])('%s: %s', (lang, text, inflected, base) => {
    const pack = packFor(lang);
    expect(pack?.words.has(inflected)).toBe(false);
    expect(pack?.words.get(base)).toBeLessThan(0);
    expect(analyse(text, lang).label).toBe('negative');
  });

  test('only towards the listed (masculine) form, and only in the text’s own language', () => {
    // "perro" (dog) must not be read as the insult "perra".
    expect(analyse('Tengo un perro pequeño', 'es').label).not.toBe('negative');
    // English words are not rewritten by Spanish or Italian endings.
    expect(analyse('The tables were set for dinner', 'en').label).toBe('neutral');
  });
});

describe('an intensifier with nothing to intensify speaks for itself', () => {
  test.each<[lang: string, text: string, label: Label]>([
    ['de', 'Verdammt.', 'negative'],
    ['de', 'Verdammt gut gemacht', 'positive'],
    ['en', 'That was fucking great', 'positive'],
  ])('%s: %s', (lang, text, label) => {
    expect(analyse(text, lang).label).toBe(label);
  });
});

describe('German compounds are read by their last part', () => {
  test.each<[text: string, label: Label]>([
    ['Seit gestern habe ich Halsschmerzen', 'negative'],
    ['Das war ein einziges Wahlkampfdesaster', 'negative'],
    // A verb particle before the tail is no compound: "einziehen" (move in) is not "ziehen",
    // which the translated list rates -1.
    ['Am Wochenende einziehen, dann auspacken', 'neutral'],
  ])('%s', (text, label) => {
    expect(analyse(text, 'de').label).toBe(label);
  });

  test('the compound itself is in no list', () => {
    expect(packFor('de')?.words.has('halsschmerzen')).toBe(false);
    expect(packFor('de')?.words.has('wahlkampfdesaster')).toBe(false);
  });
});

// Each row was neutral before accent folding (checked against the previous commit).
describe('words typed without their accents', () => {
  test.each<[lang: string, text: string, label: Label]>([
    ['pt', 'Achei a atendente muito antipatica', 'negative'],
    ['it', 'Quanta poverta in questa citta', 'negative'],
    ['fr', 'Livraison desastreuse, colis abime', 'negative'],
  ])('%s: %s', (lang, text, label) => {
    expect(analyse(text, lang).label).toBe(label);
  });

  test('an accent-free spelling shared by words of opposite sign is left alone', () => {
    expect(stripAccents('decepción')).toBe('decepcion');
    const folded = compilePack({ lang: 'xx', words: { café: 1, cafe: 2, ríe: 1, rie: 0, dúo: 1, duó: -1 }, negators: [], boosters: [], contrast: [], phrases: [], foldAccents: true }).folded;
    // "cafe" is listed itself; "duo" is both praise and criticism.
    expect(folded?.has('cafe')).toBe(false);
    expect(folded?.has('duo')).toBe(false);
    expect(folded?.get('rie')).toBeUndefined();
  });
});

describe('German words with a second, neutral meaning', () => {
  test.each<[text: string, label: Label, categories: string[]]>([
    // "Brand" is the English loanword for a brand as often as German for a fire.
    ['Der neue Brand Store in Berlin ist offen', 'neutral', []],
    ['Das Ladegerät ist in Brand geraten', 'negative', ['safety']],
    ['Starker Brandgeruch aus dem Netzteil', 'negative', ['safety']],
    // "ach so" is "I see"; "ach" alone is mostly exasperation.
    ['Ach so, das wusste ich nicht', 'neutral', []],
    ['ach Mann, schon wieder', 'negative', []],
  ])('%s', (text, label, categories) => {
    const a = analyzeText({ text, langHint: 'de' });
    expect(a.sentiment.label).toBe(label);
    expect(a.complaint?.categories ?? []).toEqual(categories);
  });
});

describe('markers of other languages do not apply to a word the text’s own language lists', () => {
  test('Portuguese "no" (in the) is no negator', () => {
    expect(analyzeText({ text: 'Foi no melhor estilo', langHint: 'pt' }).sentiment.label).toBe('positive');
    // Spanish "no" still negates.
    expect(analyzeText({ text: 'No es el mejor estilo', langHint: 'es' }).sentiment.label).toBe('negative');
  });
});
