/** Italian: a small hand-written list (our own, 2026-11). Elided forms (l'ho, un'ottima) are split. */
import type { PackSource } from '../pack.ts';

export const it: PackSource = {
  lang: 'it',
  elision: true,
  words: {
    buono: 2, buona: 2, buoni: 2, buone: 2, bene: 1.5, benissimo: 3, ottimo: 3, ottima: 3, ottimi: 3, ottime: 3,
    eccellente: 3.2, perfetto: 3, perfetta: 3, fantastico: 3.2, fantastica: 3.2, bellissimo: 3, bellissima: 3,
    bello: 2.2, bella: 2.2, belli: 2.2, stupendo: 3, stupenda: 3, meraviglioso: 3.2, meravigliosa: 3.2,
    magnifico: 3, contento: 2.3, contenta: 2.3, soddisfatto: 2.2, soddisfatta: 2.2, felice: 2.8, felici: 2.8,
    consiglio: 1.5, consigliato: 2.2, consigliatissimo: 3, grazie: 1.6, adoro: 3, amo: 2.8, piace: 1.8,
    piaciuto: 1.8, piaciuta: 1.8, top: 2.5, utile: 1.8, comodo: 1.8, comoda: 1.8, veloce: 1, efficiente: 2,
    geniale: 3, favoloso: 3, bravo: 2.3, bravi: 2.3, brava: 2.3, complimenti: 2.5, grande: 1.2, grandi: 1.2,
    speranza: 1.5, orgoglioso: 2.3, vittoria: 2.2, qualità: 0.5,
    cattivo: -2.5, cattiva: -2.5, male: -2, pessimo: -3.2, pessima: -3.2, pessimi: -3.2, orribile: -3,
    terribile: -3, schifo: -3.2, schifoso: -3.2, schifosa: -3.2, delusione: -2.8, deluso: -2.5, delusa: -2.5,
    deludente: -2.5, peggiore: -3, peggio: -2.5, vergogna: -2.5, vergognoso: -3, inutile: -2.5, merda: -3.2,
    odio: -3, arrabbiato: -2.5, arrabbiata: -2.5, triste: -2, problema: -1.5, problemi: -1.5, difetto: -2,
    scadente: -2.8, lento: -1.2, disastro: -3, pietoso: -2.8, ridicolo: -2.2, insoddisfatto: -2.5,
    schifezza: -3, fregatura: -3, mediocre: -2, paura: -2, colpa: -1.5, ladri: -3, bugie: -2.5, bugiardo: -2.8,
    vergognosa: -3, squallido: -2.8, vergognarsi: -2.5, peccato: -1.8, purtroppo: -1.2, crisi: -2, morte: -2.5,
  },
  stems: { delusion: -2.8, meraviglios: 3.2, fantastic: 3.2, vergogn: -2.5, schifos: -3.2, pessim: -3.2 },
  negators: ['non', 'mai', 'niente', 'nulla', 'nessun', 'nessuno', 'nessuna', 'senza', 'né'],
  boosters: ['molto', 'troppo', 'davvero', 'veramente', 'estremamente', 'super', 'assolutamente', 'totalmente', 'completamente', 'tanto', 'così', 'proprio', 'particolarmente'],
  dampeners: ['poco', 'abbastanza', 'leggermente'],
  contrast: ['ma', 'però', 'tuttavia', 'eppure'],
  phrases: [
    [
      'damaged',
      -2.5,
      [
        'non (?:\\p{L}+ )?(?:funziona|funzionava|si accende|carica|parte)(?: più)?', '(?:ha smesso|smette) di funzionare', "si è rott[oa]",
        'arrivat[oa] (?:rott[oa]|danneggiat[oa]|difettos[oa])', 'difettos[oaie]', 'guast[oaie]', 'qualità scadente',
      ],
    ],
    ['damaged', -2, ['rott[oaie]', 'danneggiat[oaie]', 'graffiat[oaie]'], { negatable: true }],
    [
      'delivery',
      -2.5,
      [
        "(?:non (?:è )?)?mai arrivat[oa]", 'non (?:è )?arrivat[oa]', "non (?:l'ho |lo |la )?(?:ho )?ricevut[oa]", 'mai ricevut[oa]',
        'pacco (?:perso|smarrito|rubato)', 'consegna in ritardo', 'in ritardo', 'sto ancora aspettando',
        '(?:articolo|prodotto|taglia|colore) sbagliat[oa]', 'pezzi mancanti',
      ],
    ],
    ['refund', -1.2, ['rimborso', 'rimborsare', 'reso', 'restituito', 'restituire', 'soldi indietro']],
    [
      'safety',
      -3,
      ['preso fuoco', 'prende fuoco', 'bruciat[oa]', 'surriscald\\p{L}*', 'fumo', 'esploso', 'pericolos[oa]', 'scossa', 'scintille', 'reazione allergica', 'tossico', 'muffa'],
    ],
    ['account', -2, ['account (?:bloccato|hackerato|sospeso)', 'conto bloccato', 'non riesco ad accedere', 'addebito non autorizzato', 'addebitat[oa] due volte']],
    ['account', 0, ['account', 'password', 'abbonamento']],
    ['service', -2.2, ['nessuna risposta', 'non rispondono', 'nessuno risponde', 'maleducat[oa]']],
    ['service', 0, ['servizio clienti', 'assistenza']],
    ['counterfeit', -3, ['contraffatt[oa]', 'contraffazione', 'imitazione', 'non originale', 'truffa', 'truffatori', 'fregatura']],
    ['counterfeit', -2.5, ['fals[oaie]'], { negatable: true }],
    [null, -3, ['non (?:lo |la )?consiglio', 'sconsiglio', 'sconsigliato', 'da evitare', 'soldi buttati', 'spreco di soldi', 'mai più', '(?:una|1) stella', 'non (?:lo |la )?comprate']],
    [null, -1.5, ['troppo (?:piccol|grand|cort|lung|strett)[oaie]', '(?:molto )?più piccol[oaie] (?:del previsto|di quanto)']],
    [null, 2.5, ['(?:lo |la )?consiglio', '(?:cinque|5) stelle', 'funziona (?:perfettamente|benissimo|bene|alla grande)', 'nessun problema']],
  ],
};
