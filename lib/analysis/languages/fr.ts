/** French: a small hand-written list (our own, 2026-11). Elided forms (n'est, j'adore) are split. */
import type { PackSource } from '../pack.ts';

export const fr: PackSource = {
  lang: 'fr',
  elision: true,
  words: {
    bon: 2, bonne: 2, bons: 2, bonnes: 2, bien: 1.5, excellent: 3.2, excellente: 3.2, génial: 3, géniale: 3,
    genial: 3, parfait: 3, parfaite: 3, super: 2.5, top: 2.5, magnifique: 3, merveilleux: 3.2, merveilleuse: 3.2,
    formidable: 3, incroyable: 2.8, satisfait: 2.2, satisfaite: 2.2, content: 2.3, contente: 2.3, ravi: 2.8,
    ravie: 2.8, heureux: 2.8, heureuse: 2.8, adore: 3, aime: 2, recommande: 2.2, merci: 1.6, pratique: 1.5,
    rapide: 1, beau: 2.2, belle: 2.2, joli: 2, jolie: 2, efficace: 2, agréable: 2, impeccable: 2.8, nickel: 2.5,
    cool: 1.5, sympa: 2, bravo: 2.5, fier: 2, fière: 2, plaisir: 2.5, qualité: 0.5, solide: 1.5, confortable: 1.8,
    mauvais: -2.5, mauvaise: -2.5, mauvaises: -2.5, nul: -2.8, nulle: -2.8, nuls: -2.8, horrible: -3,
    terrible: -2, affreux: -3, affreuse: -3, catastrophe: -3, catastrophique: -3.2, déçu: -2.5, déçue: -2.5,
    décevant: -2.5, décevante: -2.5, déception: -2.5, pire: -3, honte: -2.5, honteux: -3, scandale: -3,
    scandaleux: -3, inadmissible: -3, inacceptable: -3, inutile: -2.5, merde: -3.2, chiant: -2.2, énervé: -2.5,
    fâché: -2.5, colère: -2.5, marre: -2.5, triste: -2, lent: -1.2, problème: -1.5, problèmes: -1.5,
    défaut: -2, bug: -1.5, médiocre: -2.5, lamentable: -2.8, pourri: -3, daube: -3, insatisfait: -2.5,
    déplorable: -3, bof: -1.2, nulité: -2.8, dommage: -1.8, peur: -2, mensonge: -2.5, mensonges: -2.5,
    dégoûté: -2.5, dégoûtant: -3, ridicule: -2.2, galère: -2, arnaqueurs: -3, inquiet: -1.8, inquiétant: -2,
  },
  stems: { catastroph: -3, magnifiqu: 3, merveill: 3.2, décevan: -2.5, scandal: -3, lamentabl: -2.8, inadmissibl: -3 },
  negators: ['ne', "n'", 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'ni', 'guère'],
  boosters: ['très', 'trop', 'vraiment', 'extrêmement', 'totalement', 'complètement', 'super', 'hyper', 'tellement', 'si', 'absolument', 'franchement'],
  dampeners: ['peu', 'assez', 'légèrement', 'plutôt'],
  contrast: ['mais', 'cependant', 'pourtant', 'toutefois', 'néanmoins'],
  phrases: [
    [
      'damaged',
      -2.5,
      [
        "(?:ne |n')?(?:fonctionne|marche|s'allume|charge|démarre|fonctionnait|marchait) (?:\\p{L}+ )?(?:pas|plus|jamais)",
        '(?:tombée?|est) en panne', 'en panne', 'hors service', 'arrivée? (?:cassée?|endommagée?|abîmée?|défectueux|défectueuse)',
        'défectueu(?:x|se|ses)', 'de (?:très )?mauvaise qualité', 'qualité (?:médiocre|déplorable)',
      ],
    ],
    ['damaged', -2, ['cassée?s?', 'endommagée?s?', 'abîmée?s?', 'rayée?s?'], { negatable: true }],
    [
      'delivery',
      -2.5,
      [
        'jamais (?:reçue?|arrivée?|livrée?)', "(?:pas|toujours pas|rien) (?:été )?(?:reçue?|livrée?)", 'non (?:reçue?|livrée?)',
        "(?:colis|commande) (?:perdue?|égarée?|volée?|jamais arrivée?|n'est jamais arrivée?)", 'livraison (?:en retard|retardée)',
        'en retard', 'retard de livraison', "j'attends toujours", 'toujours en attente', 'mauvais(?:e)? (?:article|produit|taille|couleur|colis)',
        'pièces? manquantes?', 'il manque',
      ],
    ],
    ['refund', -1.2, ['rembours(?:é|ée|ement|er)', 'retourné', 'renvoyé', 'récupérer mon argent', 'mon argent']],
    [
      'safety',
      -3,
      [
        'pris feu', 'prend feu', 'brûlée?', 'brûlure', 'surchauffe', 'fumée', 'explosée?', 'dangereu(?:x|se)', 'électrocut\\p{L}*',
        'étincelles', 'fondue?', 'réaction allergique', 'rappel', 'toxique', 'moisie?',
      ],
    ],
    [
      'account',
      -2,
      ['compte (?:bloqué|piraté|suspendu|fermé|désactivé)', 'impossible de (?:me |se )?connecter', 'prélèvement non autorisé', 'débitée? deux fois', 'double prélèvement'],
    ],
    ['account', 0, ['compte', 'mot de passe', 'abonnement']],
    ['service', -2.2, ['aucune réponse', 'pas de réponse', 'sans réponse', 'personne ne (?:répond|m\'aide)', 'ne répond (?:pas|jamais)', 'injoignable', 'impolie?']],
    ['service', 0, ['service (?:client|après-vente)', 'sav', 'support']],
    ['counterfeit', -3, ['contrefaçon', "pas (?:un )?(?:produit )?original", 'copie', 'imitation', 'arnaque', 'escroquerie', 'escroc', 'fraude']],
    ['counterfeit', -2.5, ['faux', 'fausse'], { negatable: true }],
    [
      null,
      -3,
      [
        'je (?:ne )?(?:le |la )?recommande pas', 'à éviter', "n'achetez (?:pas|jamais)", 'argent (?:jeté|gaspillé|perdu)', "perte d'argent",
        'plus jamais', '(?:une|1) étoiles?', 'pas terrible', 'ne vaut pas',
      ],
    ],
    [null, -1.5, ['(?:beaucoup )?trop (?:petite?s?|grande?s?|courte?s?|longue?s?|étroite?s?|serrée?s?)', 'plus petite?s? que (?:prévu|sur la photo|indiqué)']],
    [null, 2.5, ['je (?:le |la )?recommande', 'à recommander', '(?:cinq|5) étoiles', 'fonctionne (?:parfaitement|très bien|bien|à merveille)', 'aucun problème', 'rien à redire', 'conforme à la description']],
  ],
};
