/**
 * German. Negation may follow the verb ("wir haften nicht"), so it is looked for on both sides of
 * a phrase within its clause. Umlauts are folded away (ü -> u): patterns keep them for reading.
 */
import type { LangTable } from './types.ts';

const WIR = String.raw`(?:wir|ich|unser team|das unternehmen)`;

export const de: LangTable = {
  contrast: String.raw`\b(?:aber|sondern|jedoch|allerdings|stattdessen)\b`,
  negBefore: String.raw`\b(?:nichts?|keine?|keinen|keinem|keiner|keines|nie|niemals|nirgends|ohne|weder|noch nicht)\b`,
  negAfter: String.raw`^(?:[^.!?]{0,30}?)\b(?:nichts?|keine?)\b`,
  liability: [
    String.raw`\b(?:unsere?|unserer|unseren|meine?|meiner) (?:eigener? )?(?:fehler|schuld|vers(?:chulden|äumnis|agen)|fahrlässigkeit|fehlverhalten|mist)\b|\b(?:fehler|vers(?:äumnis|chulden|agen)|fehlverhalten|versehen|patzer)(?<!\b(?:ob|falls|wenn) [^.!?,]{0,30})(?: \p{L}+){0,2} (?:unsererseits|meinerseits|(?:auf|von) unserer seite|(?:in|bei|von) unserem (?:lager|versand|team|werk|system))\b|(?<!\bob )\bbei uns (?:\p{L}+ ){0,3}schief(?:gelaufen|gegangen)\b`,
    String.raw`\b(?:das|es|dies|dieser fehler|der fehler)(?: \p{L}+){0,2} (?:geht|ging) (?:\p{L}+ )?auf (?:unsere|meine) kappe\b`,
    String.raw`\b(?:${WIR} (?:\p{L}+ ){0,3}(?:hafte(?:n||t))|(?:haften?) (?:wir|ich))\b`,
    String.raw`\b(?:${WIR} (?:sind|bin|waren|war)|(?:sind|waren) wir) (?:\p{L}+ ){0,3}(?:haftbar|schuld|schuldig|fahrlässig|verantwortlich für (?:den|die|das|diesen?|alle|jeden) (?:\p{L}+ )?(?:schaden|schäden|vorfall|brand|fehler|defekt|ausfall|datenleck))\b`,
    String.raw`\b(?:übernehmen?|tragen?|akzeptieren|anerkennen|erkennen) (?:\p{L}+ ){0,3}(?:verantwortung|schuld|haftung)\b`,
    String.raw`\b(?:verantwortung|schuld|haftung) (?:\p{L}+ ){0,2}(?:übernehmen|tragen|anerkennen)\b`,
    String.raw`\bfahrlässig\p{L}*`,
    // "Uns ist ein Fehler unterlaufen", "wir haben Sie im Stich gelassen".
    String.raw`\b(?:uns|mir) (?:\p{L}+ ){0,2}(?:ein |einige |mehrere )?(?:fehler|patzer|versehen|missgeschick) (?:unterlaufen|passiert)\b`,
    String.raw`\b(?:wir|ich) (?:haben|habe|hatten?) (?:sie|dich|euch|unsere kunden) (?:\p{L}+ ){0,2}im stich gelassen\b`,
    String.raw`\b(?:mist|bockmist|schei(?:ße|sse)) gebaut\b|\bdafür (?:\p{L}+ ){0,2}gerade(?:stehen|zustehen)?\b|\bsteh(?:en|e) (?:\p{L}+ )?dafür gerade\b`,
    String.raw`\b(?:${WIR} (?:haben|habe|hat)|(?:haben|habe) (?:wir|ich)) (?:\p{L}+ ){0,3}(?:versagt|verbockt|vermasselt|verbaut|einen fehler gemacht|fehler gemacht|falsch gemacht|geschlampt)\b`,
    String.raw`\b(?:der fehler|die schuld|die verantwortung|das verschulden) (?:liegt|lag) (?:\p{L}+ ){0,2}bei (?:uns|mir)\b`,
    String.raw`\bsondern (?:unsere?|bei uns|meine|unsere schuld)\b`,
    { re: String.raw`\b(?:wir|ich) (?:haben|habe) (?:das|es|dies)?(?: \p{L}+){0,2} nicht (?:gut|richtig|ordentlich|sauber) (?:gemacht|gelöst|gehandhabt)\b|\bnicht (?:unser(?:en)?) (?:ansprüchen|standards) gerecht\b|\b(?:wir|ich)\b(?: \p{L}+){0,5} nicht (?:\p{L}+ )?(?:sorgfältig|gründlich|genau|vorsichtig) genug\b|\b(?:(?:wir|ich) hätten?|hätten? (?:wir|ich)) (?:\p{L}+ ){0,5}(?:bemerken|merken|erkennen|prüfen|testen|verhindern|stoppen|verkaufen) (?:müssen|sollen|dürfen)\b`, polar: true },
    String.raw`\b(?:unsere?) (?:\p{L}+ )?[\p{L}-]*(?:produkt|geräte?|powerbank|akku|system|lager|team|update|software|firmware)(?: \p{L}+){0,3} (?:hat|haben) (?:\p{L}+ ){0,3}(?:verursacht|ausgelöst|beschädigt|zerstört|lahmgelegt)\b`,
  ],
  speculation: [
    String.raw`\b(?:vermutlich|wahrscheinlich|möglicherweise|vielleicht|eventuell|womöglich|anscheinend|scheinbar|mutmaßlich|voraussichtlich|wohl|offenbar|angeblich|allem anschein nach|aller (?:voraussicht|wahrscheinlichkeit) nach|höchstwahrscheinlich|mit (?:hoher|großer|ziemlicher) wahrscheinlichkeit)\b`,
    String.raw`\bsoweit wir (?:\p{L}+ )?(?:wissen|sehen|sagen können|erkennen)\b`,
    String.raw`\b(?:wir|ich) (?:\p{L}+ )?(?:glauben?|denken?|vermuten?|nehme(?:n an| an)|schätzen|tippen auf|gehen davon aus|gehe davon aus)\b`,
    String.raw`\b(?:gehen|gehe) (?:wir|ich) davon aus\b`,
    String.raw`\bes (?:scheint|sieht (?:so )?aus|dürfte|könnte)\b`,
    // Not a request: "Könnten Sie uns … schicken?", "Könnten wir Sie bitten …".
    String.raw`\b(?:dürften?|könnten?|(?<!\p{L}en )müssten?)\b(?! (?:sie|du|ihr|wir sie|wir dich|wir euch|ich sie|ich dich)\b)`,
    String.raw`\b(?:sollten?)(?: \p{L}+){0,4} (?:behoben|gelöst|erledigt|vorbei|repariert|normal|funktionieren|laufen|ankommen|da sein)\b`,
    String.raw`\bhoffentlich\b`,
  ],
  absolute: [
    // Not the availability formulas: "immer für dich da", "jederzeit gern".
    String.raw`\b(?:immer|stets|nie|niemals|garantie(?:rt|ren|re)?|absolut|definitiv|hundertprozentig|ausgeschlossen|zweifellos|auf jeden fall|unter keinen umständen|zu keiner zeit)\b(?! (?:gerne?|für (?:dich|sie|euch) da|erreichbar|ansprechbar|für (?:dich|sie|euch) erreichbar|zögern)\b)`,
    { re: String.raw`\b(?:nie|niemals) wieder\b|\bwird (?:sich )?nicht wieder(?:holen| vorkommen| passieren)`, polar: true },
    String.raw`\b100 ?(?:%|prozent)`,
    { re: String.raw`\b(?:keinerlei|null) (?:\p{L}+ )?(?:risiko|gefahr)\b`, polar: true },
  ],
  nonApology: [
    String.raw`\b(?:falls|wenn|sofern) (?:du|sie|ihr|sich jemand|jemand) (?:dich |sich |euch )?(?:\p{L}+ ){0,2}(?:empf(?:indest|inden|unden)|fühl(?:st|en)|gefühlt|ärger(?:st|n)|geärgert|gekränkt|verletzt|beleidigt|vor den kopf gestoßen|missverstanden)\b`,
    String.raw`\bdass (?:du|sie|ihr) (?:das|es|dies|uns) (?:\p{L}+ )?so (?:empfinde(?:st|n)|siehst|sehen|wahrn(?:immst|ehmen)|verstanden hast|aufgefasst hast)\b`,
    String.raw`\b(?:leid|bedauern)(?: \p{L}+){0,2},? dass (?:du|sie|ihr) (?:dich|sich|euch) (?:\p{L}+ ){0,3}(?:ärger(?:st|n)|geärgert|gekränkt|beleidigt|angegriffen|so fühl(?:st|en))\b`,
    // A conditional about our own words: "falls unser Post missverstanden wurde".
    String.raw`\b(?:leid|entschuldig\p{L}*|bedauern)\b[^.!?]{0,20}\b(?:falls|wenn|sofern) (?:(?:unsere?r?|diese[rs]?|meine?)\b(?: \p{L}+){0,2} (?:post|beitrag|nachricht|tweet|aussage|antwort|kommentar|wortwahl|ton|formulierung|werbung|kampagne)|(?:\p{L}+ ){1,4}(?:falsch|so|anders|missverständlich|unfreundlich) (?:rüber)?(?:angekommen|gekommen|gewirkt|geklungen))\b`,
  ],
  claims: [
    { re: String.raw`\b(?:behoben|gelöst|überstanden|ausgestanden)\b`, level: 'resolved' },
    { re: String.raw`\b(?:wieder normal|läuft wieder|laufen wieder|funktioniert wieder|alles wieder gut|im griff)\b`, level: 'resolved' },
    // Other words for done: "erledigt", "wieder in Ordnung", "Entwarnung", "ist vorbei".
    { re: String.raw`\b(?:erledigt|wieder in ordnung|in ordnung gebracht|aus der welt geschafft|entwarnung|problem gelöst|wieder wie gewohnt|wieder einwandfrei|(?:ist|sind) (?:\p{L}+ )?vorbei|(?:alles|ist|sind) (?:\p{L}+ )?geklärt)\b`, level: 'resolved' },
    { re: String.raw`\b(?:repariert|korrigiert|beseitigt)\b`, level: 'fixed' },
    { re: String.raw`\b(?:ist|sind|bleibt|bleiben|absolut|völlig|vollkommen|komplett|100 ?%) (?:\p{L}+ ){0,2}(?:sicher|ungefährlich|unbedenklich|gefahrlos)\b(?!,? dass)`, level: 'safe' },
    { re: String.raw`\b(?:kein(?:erlei|e)?) (?:\p{L}+ )?(?:risiko|gefahr|sicherheitsrisiko)\b`, level: 'safe', polar: true },
    // "bedenkenlos weiter nutzen", "kein Grund zur Sorge".
    { re: String.raw`\b(?:bedenkenlos|unbedenklich|unbesorgt|problemlos|ohne bedenken|ohne sorge) (?:\p{L}+ )?(?:nutzen|benutzen|verwenden|laden|aufladen|betreiben)\b`, level: 'safe' },
    { re: String.raw`\bkein(?:en)? grund zur (?:sorge|beunruhigung|besorgnis)\b|\bkein(?:en)? grund,? sich sorgen zu machen\b`, level: 'safe', polar: true },
  ],
  notClaim: String.raw`\b(?:bis|sobald|sowie|wenn|falls|ob|nachdem|wird|werden|würden?|sollten?|soll|dürfte|könnte|hoffen|hoffentlich|erwarten|planen|arbeiten daran|daran arbeiten|bald|noch)\b`,
  promises: [
    { kind: 'refund', re: String.raw`\b(?:erstatten|erstattet|erstatte|erstattung|rückerstattung|rückerstatten|zurückerstatten|zurückerstattet|geld zurück|zurückzahlen|zurückgezahlt|rückzahlung|(?:zahlen?|überweisen|erstatten) (?:\p{L}+ ){0,4}zurück)\b` },
    { kind: 'replacement', re: String.raw`\b(?:ersatz|ersatzgerät|austausch(?:en)?|umtausch(?:en)?|tauschen (?:\p{L}+ ){0,3}um|ersetzen|ersetzt|neues gerät)\b` },
    { kind: 'compensation', re: String.raw`\b(?:entschädigung|entschädigen|entschädigt|kulanz\p{L}*|schadensersatz|schadenersatz|wiedergutmachung|\p{L}*kosten (?:\p{L}+ )?(?:übernehmen|erstatten)|kommen (?:\p{L}+ )?für (?:\p{L}+ ){0,2}auf)\b` },
    { kind: 'voucher', re: String.raw`\b(?:gutscheine?|gutscheincode|rabatt|rabattcode|rabatte|gutschrift|gutschreiben|schreiben (?:\p{L}+ ){0,4}gut|versandkostenfrei|kostenloser versand|prozent nachlass|nachlass)\b` },
    { kind: 'voucher', re: String.raw`\d+ ?(?:%|prozent) (?:rabatt|nachlass)` },
    { kind: 'repair', re: String.raw`\b(?:reparatur|reparieren (?:\p{L}+ )?(?:dein|ihr|das gerät|kostenlos)|kostenlose reparatur)\b` },
    { kind: 'compensation', re: String.raw`\b(?:geschenk|schenken|schenke|gratis|als dankeschön|kostenlose[nrsm]? (?!ersatz|austausch|umtausch|reparatur|rückerstattung)\p{L}+)\b`, generic: true },
  ],
  deadlines: [
    String.raw`\b(?:bis|spätestens|noch vor|vor|innerhalb|in den nächsten|binnen)\s+(?:zum\s+|am\s+|von\s+)?(?:nächste[nrms]?\s+|kommende[nrms]?\s+|ende\s+(?:der\s+|des\s+)?)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|woche|monat|morgen|heute|übermorgen|(?:\d+|(?<!\bbis\s+)(?:zwei|drei|vier|fünf|sieben|zehn))\s*(?:stunden|tagen|tage|werktagen?|wochen))\b`,
    String.raw`\b(?:bis|spätestens|vor)\s+(?:zum\s+|am\s+)?\d{1,2}\.\s*(?:\d{1,2}\.|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)`,
    // Not the greeting or a past morning: "Guten Morgen", "heute Morgen", "am Morgen".
    String.raw`\b(?:(?<!\b(?:guten|schönen|heute|gestern|am|jeden|diesen|den) )morgen|heute noch|übermorgen|spätestens)\b`,
  ],
  update: String.raw`\b(?:updates?|aktualisierung|nächste[nrs]? (?:info|information(?:en)?|meldung|stand)|neuigkeiten|melden uns|informieren)\b`,
  reviewRequests: [
    String.raw`\b(?:bewertung(?:en)?|rezension(?:en)?|feedback|sterne)\b(?: \p{L}+){0,3} (?:änder(?:n|st|ung)|anpass(?:en|t)|lösch(?:en|st)|entfern(?:en|st)|zurückziehen|über(?:denken|arbeiten)|aktualisier(?:en|st)|verbessern|hochsetzen|erhöhen)\b`,
    // Any form of the verb before the review, separable verbs too ("passe deine Bewertung an").
    String.raw`\b(?:änder|anpass|pass|lösch|entfern|zurückzieh|überdenk|aktualisier|verbesser|bearbeit)\p{L}*(?: \p{L}+){0,3} (?:bewertung(?:en)?|rezension(?:en)?|feedback)\b`,
    String.raw`\b(?:\d|fünf|vier)[- ]?sterne[- ]?(?:bewertung|rezension)?\b`,
    String.raw`\b(?:positive|gute|bessere|tolle) (?:bewertung|rezension|feedback)\b`,
  ],
  yourOrder: String.raw`\b(?:deine|ihre|eure|deiner|ihrer) (?:\p{L}+ )?(?:bestellung|lieferung|sendung|paket|erstattung|rücksendung)\b`,
  genericUnits: String.raw`(?:einheiten|einheit|geräte|gerät|stück|stk|produkte|produkt|artikel|powerbanks?|akkus?)`,
  scopeNouns: String.raw`\b(?:lagers?|warenlager|chargen?|modelle?|version|region|land|länder|filiale|werk|markt|standort)\b`,
  months: { januar: 1, jänner: 1, februar: 2, märz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, dezember: 12, jan: 1, feb: 2, mär: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dez: 12 },
  monthOnly: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  relativeDays: String.raw`\b(?:(?<!\b(?:guten|schönen|heute|gestern|am|jeden|diesen|den) )morgen|übermorgen|heute abend|heute noch|später am tag|in (?:einem|zwei|drei|\d+) (?:tag|tagen|stunden?))\b`,
  numberWords: { elf: 11, dreizehn: 13, vierzehn: 14, fünfzehn: 15, dreißig: 30, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwölf: 12, zwanzig: 20, hundert: 100, tausend: 1000 },
  decimal: ',',
  transliterations: { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' },
};
