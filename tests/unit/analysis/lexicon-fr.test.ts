import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../lib/analysis/index.ts';

// Our own sentences (not from any data set) for the French general vocabulary added 2026-11-23
// (languages/fr.ts `general`, the idioms added with it, `neutralized` and the inflection fix):
// slang insults, fed-up words, political contempt, review verdicts, praise, and borrowed false
// friends that must stay neutral.
type Row = [phenomenon: string, text: string, label: 'negative' | 'neutral' | 'positive'];

describe('French general vocabulary', () => {
  test.each<Row>([
    ['slang insult', 'Ce mec est un vrai tocard, un baltringue de première', 'negative'],
    ['insult, plural by inflection', 'Quelles connasses, elles nous ont doublés dans la file', 'negative'],
    ['liar slang', 'Arrête de faire le mytho, personne ne te croit', 'negative'],
    ['gutted slang', "J'ai le seum, on a encore perdu", 'negative'],
    ["can't be bothered", "La flemme d'aller bosser aujourd'hui", 'negative'],
    ['complaint verb', 'Tout le monde passe son temps à râler dans ce bureau', 'negative'],
    ['nightmare', 'Ce voyage en train était cauchemardesque', 'negative'],
    ['annoying, feminine', 'Cette pub est vraiment horripilante', 'negative'],
    ['fear', "J'ai la trouille de prendre l'avion demain", 'negative'],
    ['political contempt', "Quelle gabegie, encore de l'argent public jeté par les fenêtres", 'negative'],
    ['political contempt', 'Ce gouvernement de larbins nous mène à la chienlit', 'negative'],
    ['feminine by the -lle rule', 'Une décision criminelle et mensongère', 'negative'],
    ['review: cheated', 'Je me suis fait pigeonner, ce chargeur est de la camelote', 'negative'],
    ['review: verdict', 'Produit inutilisable, fuyez !', 'negative'],
    ['Quebec swear', 'Tabarnak, mon char est encore en panne', 'negative'],
    ['idiom: fed up', "J'en ai ras le cul de ces grèves", 'negative'],
    ['idiom: pain in the neck', 'Il me casse les pieds avec ses questions', 'negative'],
    ['idiom: taken for fools', 'Ils nous prennent pour des pigeons avec ces prix', 'negative'],
    ['idiom: falls short', 'La batterie laisse à désirer', 'negative'],
    ['idiom: not great ("fou" alone is negative)', 'Le film était pas ouf, et la fin pas folle non plus', 'negative'],
    ['negated praise', "Le service n'était pas du tout serviable ni aimable", 'negative'],
    ['negated praise', 'Je ne kiffe pas du tout ce nouvel album', 'negative'],
    ['slang praise', 'Je kiffe grave, ce resto est un régal', 'positive'],
    ['review praise', 'Vendeur réactif et très serviable, emballage irréprochable', 'positive'],
    ['feminine praise by the -lle and -nne rules', 'Elle est trop gentille et sa fille est mignonne', 'positive'],
    ['idiom: LOL ("mort" is negative)', 'Je suis mort de rire devant cette vidéo', 'positive'],
    ['idiom: worth it', 'Un vrai coup de cœur, ça vaut le détour', 'positive'],
    ['false friends: "finale", "dernier", "mode"', 'La finale de la coupe a eu lieu samedi dernier, en mode tranquille', 'neutral'],
    ['false friends: "simple", "nuit", "seul"', 'Une recette simple pour la nuit quand on est seul', 'neutral'],
    ['false friends: "attention", "prête", "privé"', 'Attention, la commande est prête au retrait, en accès privé', 'neutral'],
    ['false friends: "long", "froid", "pressé"', "Un long week-end au froid, jus d'orange pressé au petit déjeuner", 'neutral'],
  ])('%s: %s', (_phenomenon, text, label) => {
    expect(analyzeText({ text, langHint: 'fr' }).sentiment.label).toBe(label);
  });
});
