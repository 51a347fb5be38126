/**
 * German: a small hand-written list (our own, 2026-11) of the words reviews and complaints use
 * most, with their common inflections spelled out (or as stems where the stem is unambiguous:
 * "gut" cannot be a stem because of "Gutschein").
 */
import type { PackSource } from '../pack.ts';

export const de: PackSource = {
  lang: 'de',
  words: {
    gut: 2, gute: 2, guter: 2, gutes: 2, guten: 1.2, super: 2.8, toll: 2.8, tolle: 2.8, toller: 2.8, tolles: 2.8,
    klasse: 2.5, prima: 2.3, perfekt: 3, perfekte: 3, hervorragend: 3.2, ausgezeichnet: 3.2, exzellent: 3.2,
    wunderbar: 3, schön: 2.2, schöne: 2.2, schöner: 2.2, genial: 3, spitze: 3, top: 2.5, empfehlenswert: 2.5,
    zufrieden: 2, begeistert: 3, glücklich: 2.8, liebe: 2.5, lieben: 2.5, liebt: 2.5, gefällt: 2, danke: 1.6,
    dankeschön: 1.8, freue: 2, freude: 2.5, praktisch: 1.5, einwandfrei: 2.8, zuverlässig: 2, hochwertig: 2.2,
    hochwertige: 2.2, stabil: 1.5, preiswert: 1.5, angenehm: 2, bequem: 1.8, fantastisch: 3.2, großartig: 3.2,
    grossartig: 3.2, geil: 2.5, bestens: 2.8, beste: 3, besten: 2.5, bester: 3, empfehle: 2, empfehlen: 2,
    hilfreich: 2, freundlich: 2, lob: 2, gerne: 1.5, gern: 1.5, lecker: 2.5, cool: 1.5, schnell: 1,
    schlecht: -2.5, schlechte: -2.5, schlechter: -2.5, schlechtes: -2.5, schlechten: -2.5, mies: -2.5,
    miese: -2.5, miserabel: -3, furchtbar: -3, schrecklich: -3, katastrophe: -3.2, katastrophal: -3.2,
    ärgerlich: -2.2, ärger: -2, frechheit: -3, unverschämt: -3, unverschämtheit: -3, müll: -3, schrott: -3.2,
    mist: -2.5, scheiße: -3.2, scheisse: -3.2, scheiß: -3, kacke: -3, nervig: -2, nervt: -2, schade: -1.8,
    leider: -1.2, traurig: -2, wütend: -3, sauer: -2, unzufrieden: -2.5, mangelhaft: -2.8, ungenügend: -2.8,
    teuer: -0.8, überteuert: -2, langsam: -1.2, unbrauchbar: -3, nutzlos: -2.8, problem: -1.5, probleme: -1.5,
    fehler: -1.8, hass: -3, hasse: -3, unmöglich: -2, peinlich: -2.2, lächerlich: -2.2, dreck: -2.8,
    dreist: -2.5, ekelhaft: -3, schlimm: -2.5, schlimmer: -2.8, schlimmste: -3.2, schlechteste: -3.2,
    versagt: -2.5, verspätet: -1.5, verspätung: -1.5, beschwerde: -2, unfreundlich: -2.2, inkompetent: -2.8,
    chaos: -2, billig: -0.8, unbrauchbare: -3, fehlerhaft: -2.5, fehlerhafte: -2.5, wertlos: -2.8,
  },
  stems: {
    enttäusch: -2.5, schrecklich: -3, furchtbar: -3, hervorragend: 3.2, wunderbar: 3, ärgerlich: -2.2,
    katastroph: -3.2, perfekt: 3, fantastisch: 3.2, großartig: 3.2, empfehlenswert: 2.5, zufriedenstellend: 1.8,
    ausgezeichnet: 3.2, hochwertig: 2.2, mangelhaft: -2.8, unverschämt: -3,
  },
  negators: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'ohne', 'weder', 'niemand', 'kaum'],
  boosters: ['sehr', 'extrem', 'total', 'völlig', 'absolut', 'echt', 'wirklich', 'super', 'so', 'äußerst', 'besonders', 'mega', 'richtig', 'unglaublich', 'voll', 'echt', 'ziemlich', 'zu'],
  dampeners: ['etwas', 'bisschen', 'leicht', 'eher', 'wenig'],
  contrast: ['aber', 'jedoch', 'allerdings', 'trotzdem', 'dennoch'],
  phrases: [
    [
      'damaged',
      -2.5,
      [
        '(?:funktioniert|funktionierte|läuft|lädt|startet) (?:\\p{L}+ )?(?:nicht|nie|kaum)(?: mehr)?', 'geht (?:\\p{L}+ )?nicht mehr', '(?:ist|war|sind|waren) (?:\\p{L}+ )?kaputt',
        'kaputt(?:gegangen|e|er|es)?', 'defekt(?:e|er|es|en)?', 'zerbrochen', 'gebrochen', 'ausgelaufen',
        'hat aufgehört zu funktionieren', 'lässt sich (?:nicht|kaum) (?:mehr )?(?:einschalten|laden|öffnen|schließen|bedienen)',
        'schlechte (?:qualität|verarbeitung)', 'mangelhafte verarbeitung', 'billig verarbeitet',
      ],
    ],
    ['damaged', -2, ['beschädigt(?:e|er|es|en)?', 'zerkratzt', 'verbogen', 'eingedrückt'], { negatable: true }],
    [
      'delivery',
      -2.5,
      [
        'kam (?:nie|nicht) an', 'nie angekommen', 'nicht angekommen', '(?:nicht|nie) geliefert', '(?:nicht|nie) erhalten',
        'noch nicht (?:da|angekommen|erhalten|geliefert)', '(?:paket|sendung|lieferung) (?:ist |wurde )?(?:verloren|verschwunden|weg|nie angekommen)',
        'lieferung (?:fehlt|verspätet)', 'falsche(?:s|n|r)? (?:artikel|produkt|ware|größe|farbe|teil)',
        'fehlende(?:s|n)? (?:teile?|schrauben|zubehör)', 'warte (?:seit|immer noch|noch immer)', 'wo bleibt',
      ],
    ],
    ['refund', -1.2, ['rückerstattung', 'geld zurück', 'zurückgeschickt', 'zurückgesendet', 'zurücksenden', 'retoure', 'erstattung', 'reklamation', 'rücksendung']],
    [
      'safety',
      -3,
      [
        'brand', 'brennt', 'gebrannt', 'verbrannt', 'überhitzt', 'überhitzung', 'raucht', 'qualmt', 'explodiert',
        'gefährlich(?:e|er|es)?', 'stromschlag', 'funken', 'geschmolzen', 'verletzt', 'verletzung', 'ausschlag',
        'allergische reaktion', 'rückruf', 'giftig', 'schimmel(?:ig)?',
      ],
    ],
    [
      'account',
      -2,
      [
        '(?:konto|account|kundenkonto) (?:wurde |ist )?(?:gesperrt|gehackt|deaktiviert|geschlossen)',
        'kann mich nicht (?:mehr )?(?:anmelden|einloggen)', 'nicht autorisierte (?:abbuchung|zahlung)', 'doppelt abgebucht',
      ],
    ],
    ['account', 0, ['konto', 'kundenkonto', 'account', 'passwort', 'abo(?:nnement)?']],
    [
      'service',
      -2.2,
      ['keine antwort', 'antwortet nicht', 'niemand (?:antwortet|hilft|meldet sich)', 'meldet sich nicht', 'warteschleife', 'ignoriert'],
    ],
    ['service', 0, ['kundenservice', 'kundendienst', 'support', 'hotline', 'kundenbetreuung']],
    ['counterfeit', -3, ['fälschung', 'gefälscht(?:e|er|es)?', 'fake', 'plagiat', 'nachahmung', '(?:nicht|kein) original', 'betrug', 'betrüger', 'abzocke']],
    [
      null,
      -3,
      [
        'geldverschwendung', 'nie wieder', 'nicht kaufen', 'finger weg', '(?:kann|würde) (?:ich )?(?:es |das |den |die |ihn )?(?:\\p{L}+ )?nicht (?:weiter)?empfehlen',
        'nicht (?:zu )?empfehlen', 'keine (?:kauf)?empfehlung', '(?:1|ein|einen|null|kein(?:en)?) sterne?', 'gefällt mir (?:gar )?nicht',
        'lohnt sich nicht', 'rausgeschmissenes geld', 'nicht in ordnung',
      ],
    ],
    [null, -1.5, ['(?:viel )?zu (?:klein|groß|gross|kurz|lang|eng|weit)', '(?:viel )?(?:kleiner|größer|dünner) als (?:erwartet|beschrieben|angegeben|abgebildet)']],
    [
      null,
      2.5,
      [
        'kann (?:ich |man )?(?:es |das )?(?:nur |absolut |wirklich )?(?:weiter)?empfehlen', 'sehr zu empfehlen', '(?:5|fünf) sterne',
        'keine probleme', 'kein problem', 'alles bestens', 'funktioniert (?:einwandfrei|super|gut|perfekt|tadellos)', 'gerne wieder',
      ],
    ],
  ],
};
