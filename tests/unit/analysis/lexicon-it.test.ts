import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';

// Our own sentences (not from any data set) for the Italian general vocabulary added 2026-11-23
// (languages/it.ts `general`, the idioms after it and `neutralized`): slang insults, annoyance,
// political contempt, review verdicts, praise, and borrowed false friends that must stay neutral.
type Row = [phenomenon: string, text: string, label: 'negative' | 'neutral' | 'positive'];

describe('Italian general vocabulary', () => {
  test.each<Row>([
    ['Milanese insult', 'Il solito pirla che parla senza sapere niente', 'negative'],
    ['contempt', 'Che cafone, mi ha risposto malissimo', 'negative'],
    ['political contempt', 'Questi politicanti sono dei cialtroni', 'negative'],
    ['interjection', 'Mannaggia, ho dimenticato le chiavi', 'negative'],
    ['annoyance', 'Che rompipalle questa burocrazia', 'negative'],
    ['boring', 'Il film era davvero palloso', 'negative'],
    ['fed up', 'Sono proprio scocciato da questa attesa', 'negative'],
    ['cheated', 'Mi hanno fregato, il prodotto è taroccato', 'negative'],
    ['cheap goods', 'Custodia dozzinale, dopo due giorni era già scucita', 'negative'],
    ['Roman slang', 'Il caffè era una ciofeca', 'negative'],
    ['sadness', 'Provo tanta amarezza per come è finita', 'negative'],
    ['public services', 'Malasanità: sei ore al pronto soccorso senza assistenza', 'negative'],
    ['idiom: fed up', 'Mi sono rotto le palle di aspettare', 'negative'],
    ['idiom: curse', 'Porca miseria, ancora sciopero dei treni', 'negative'],
    ['idiom: review verdict', 'Il caricabatterie lascia molto a desiderare', 'negative'],
    ['idiom: not worth it', 'Non ne vale la pena, lasciate perdere', 'negative'],
    ['idiom: shameless ("senza" must not negate)', 'Politici senza vergogna, dimettetevi', 'negative'],
    ['idiom: disbelief', 'Ma stiamo scherzando? Tre settimane per un rimborso', 'negative'],
    ['idiom: political theatre', 'Basta con questo teatrino', 'negative'],
    ['negated praise', 'Non è affatto carino', 'negative'],
    ['negated praise', 'Il concerto non era per niente emozionante', 'negative'],
    ['colloquial praise', 'Che figata questo concerto, mitico!', 'positive'],
    ['review praise', 'Venditore gentilissimo e spedizione puntuale, impeccabile', 'positive'],
    ['idiom: worth it, must-see', 'Ne vale la pena, un libro da non perdere', 'positive'],
    ['idiom: you are a legend', 'Daje ragazzi, sei un mito!', 'positive'],
    ['false friend: "sinistra" is the left', 'La sinistra presenta la sua proposta sul lavoro', 'neutral'],
    ['false friends: "gioco", "subito", "autori"', 'Il gioco arriva subito, con il manuale per autori', 'neutral'],
    ['false friends: "doccia", "sigarette"', 'Ho fatto la doccia e poi sono uscito a comprare le sigarette', 'neutral'],
  ])('%s: %s', (_phenomenon, text, label) => {
    expect(analyzeText({ text, langHint: 'it' }).sentiment.label).toBe(label);
  });
});
