import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';

// Our own sentences (not from any data set) for the German general vocabulary added 2026-11-23
// (languages/de.ts `general`, the idioms after the social-media ones and `neutral`): insults,
// slang, complaint verbs, grief, political scorn, review faults, praise, and translated-list
// false friends that must stay neutral.
type Row = [phenomenon: string, text: string, label: 'negative' | 'neutral' | 'positive'];

describe('German general vocabulary', () => {
  test.each<Row>([
    ['insult', 'Was für ein Schwachkopf, unfassbar', 'negative'],
    ['insult, inflected plural', 'Diese Dumpfbacken im Stadtrat wieder', 'negative'],
    ['contempt', 'Total niveaulos, wie der mit Leuten redet', 'negative'],
    ['slang', 'Der neue Trailer ist echt cringe', 'negative'],
    ['slang: messed up', 'Hab die Prüfung komplett verkackt', 'negative'],
    ['anger', 'Ich bin gerade stinksauer auf die Bahn', 'negative'],
    ['complaint verb', 'Alle jammern nur noch über das Wetter', 'negative'],
    ['grief', 'Die Nachricht hat mich zutiefst erschüttert', 'negative'],
    ['fear', 'Die Lage an der Grenze ist beängstigend', 'negative'],
    ['politics', 'Das ist reine Vetternwirtschaft in der Regierung', 'negative'],
    ['news', 'Ein verheerender Anschlag in der Innenstadt', 'negative'],
    ['review fault', 'Die Jacke ist nach dem ersten Waschen eingelaufen', 'negative'],
    ['spelling without umlauts', 'So ein bloeder Tag heute', 'negative'],
    ['idiom: no desire', 'Null Bock auf Montag', 'negative'],
    ['idiom: gets on my nerves', 'Der Typ geht mir so auf den Keks', 'negative'],
    ['idiom: fed up', 'Ich bin es langsam leid', 'negative'],
    ['idiom: sarcasm', 'Na toll, schon wieder Stau auf der A3', 'negative'],
    ['idiom: in the bin', 'Das Ladekabel ist nach zwei Tagen im Eimer', 'negative'],
    ['idiom: let down', 'Der Verkäufer hat uns völlig im Stich gelassen', 'negative'],
    ['negated praise', 'Das Essen war nicht lecker', 'negative'],
    ['negated praise, colloquial negator', 'Der Film war echt nich gut', 'negative'],
    ['praise', 'Phänomenal, was die Mannschaft heute gezeigt hat', 'positive'],
    ['praise: review', 'Erstklassige Verarbeitung, tadellos verpackt', 'positive'],
    ['idiom: hats off', 'Hut ab vor dieser Leistung', 'positive'],
    ['booster on praise (not "insane")', 'Das Konzert war wahnsinnig gut', 'positive'],
    ['false friend: "laut" is according to', 'Laut Wetterdienst wird es morgen sonnig', 'neutral'],
    ['false friends: "bezahlen", "berechnet", "Gebühren"', 'Ich habe per Karte bezahlen können, berechnet wurden keine Gebühren', 'neutral'],
    ['false friends: "Note", "erwartet", "halt"', 'Die Note war halt so wie erwartet', 'neutral'],
  ])('%s: %s', (_phenomenon, text, label) => {
    expect(analyzeText({ text, langHint: 'de' }).sentiment.label).toBe(label);
  });
});
