/**
 * Italian. "ne" is a pronoun as often as a negator ("ce ne assumiamo"), so only "non", "mai",
 * "nessuno", "senza" negate.
 */
import type { LangTable } from './types.ts';

export const it: LangTable = {
  contrast: String.raw`\b(?:ma|però|tuttavia|bensì|invece)\b`,
  negBefore: String.raw`\b(?:non|mai|nessun[oa]?|senza|neanche|nemmeno|neppure|niente|nulla)\b`,
  liability: [
    String.raw`\b(?:colpa|errore|sbaglio|negligenza|mancanza|svista|leggerezza|disattenzione)(?<!\bse [^.!?,]{0,30}) (?:\p{L}+ )?(?:nostr[ao]|mi[ao]|da parte nostra)\b`,
    String.raw`\b(?:nostra|mia) (?:colpa|negligenza|responsabilità)\b`,
    String.raw`\b(?:la )?colpa (?:è|era|è stata|fu) (?:\p{L}+ ){0,2}(?:nostra|mia)\b`,
    String.raw`\b(?:ci assumiamo|ci prendiamo|assumiamo|riconosciamo|ammettiamo|accettiamo|mi assumo|mi prendo) (?:\p{L}+ ){0,3}(?:responsabilità|colpa|colpe|error[ei])\b`,
    String.raw`\bce ne (?:assumiamo|prendiamo) (?:\p{L}+ ){0,2}(?:responsabilità|colpa)\b`,
    String.raw`\b(?:abbiamo|ho) (?:\p{L}+ )?(?:commesso|fatto) (?:un|una|degli|alcuni|diversi) (?:\p{L}+ )?(?:error[ei]|sbaglio?|pasticcio)\b`,
    String.raw`\b(?:abbiamo|ho) (?:\p{L}+ )?(?:sbagliato|toppato|cannato)\b|\bci (?:è|sono) (?:\p{L}+ )?(?:sfuggit|scappat)\p{L}*`,
    String.raw`\b(?:siamo|sono) stati (?:\p{L}+ )?(?:negligenti|responsabili|colpevoli)\b`,
    String.raw`\b(?:siamo|eravamo) (?:\p{L}+ )?(?:colpevoli|in torto|responsabili (?:del|dei|della|di) (?:\p{L}+ ){0,2}(?:danno|danni|incidente|incendio|guasto|difetto|problema))\b`,
    String.raw`\bnegligen(?:ti|te|za)\b`,
    String.raw`\bcolpa(?: \p{L}+){0,3},? (?:è|ma|bensì) (?:colpa )?(?:nostra|mia)\b`,
    String.raw`\b(?:abbiamo|ho) (?:\p{L}+ )?(?:fatto|combinato) (?:un |una )?(?:\p{L}+ )?(?:pasticcio|casino|disastro|guaio)\b`,
    { re: String.raw`\bnon siamo(?: stati)? all'altezza\b|\bnon abbiamo (?:\p{L}+ )?(?:gestito|fatto|controllato|verificato) (?:bene|al meglio|a dovere|abbastanza)\b|\b(?:(?:avremmo|avrei) (?:\p{L}+ )?dovuto|dovevamo) (?:accorger|controllar|verificar|avvisar|bloccar|fermar|notar|ritirar)\p{L}*`, polar: true },
    String.raw`\b(?:il nostro|i nostri|la nostra|le nostre) (?:prodott[oi]|caricator[ei]|batteri[ae]|dispositivo|sistema|magazzino|team)(?: \p{L}+){0,3} (?:ha|hanno) (?:\p{L}+ )?(?:causato|provocato|danneggiato|distrutto)\b`,
  ],
  speculation: [
    String.raw`\b(?:probabilmente|forse|magari|presumibilmente|verosimilmente|apparentemente|plausibilmente|sicuramente|eventualmente|potenzialmente|a quanto pare|a quanto sembra|pare|a quanto ci risulta|con ogni probabilità|stando a quanto)\b`,
    String.raw`\b(?:pensiamo|crediamo|supponiamo|sospettiamo|riteniamo|immaginiamo|ipotizziamo|penso|credo|suppongo) che\b|\bsospett(?:iamo|o) (?:un|una|uno)\b`,
    String.raw`\b(?:sembr(?:a|erebbe)|pare|parrebbe) (?:che|essere|trattarsi|dovuto)\b`,
    String.raw`\bè (?:\p{L}+ )?(?:possibile|probabile) che\b`,
    String.raw`\b(?:dovrebbe(?:ro)?|potrebbe(?:ro)?)(?: \p{L}+){0,2} (?:essere?|risolversi|sistemarsi|tornare|arrivare|trattarsi|derivare|esplodere|dipendere|avere)\b(?! (?:così|cosi|tanto) (?:gentil|cortes)\p{L}*)`,
    String.raw`\bsperiamo (?:che|di)\b`,
  ],
  absolute: [
    // Not the availability formulas: "sempre a tua disposizione", "sempre qui per aiutarti".
    String.raw`\b(?:sempre|mai|garanti(?:to|ta|ti|amo|sco)|assolutamente|senza dubbio|certamente|in nessun caso|per nessun motivo|impossibile)\b(?! (?:a (?:tua|vostra|sua) disposizione|disponibili|qui per|felici|lieti|pronti)\b| esitare\b)`,
    { re: String.raw`\bnon (?:succederà|accadrà|capiterà) (?:mai )?più\b|\bmai più\b`, polar: true },
    String.raw`(?:\b100 ?%|\bal cento per cento)`,
    { re: String.raw`\b(?:nessun|zero|senza) (?:\p{L}+ )?(?:rischio?|pericolo)\b`, polar: true },
  ],
  nonApology: [
    String.raw`\b(?:se|che) (?:tu |lei |voi )?(?:ti|si|vi) (?:\p{L}+ )?(?:sei sentit[oa]|è sentit[oa]|siete sentiti|sia sentit[oa]|sent(?:i|e|ite|issi)|fossi sentito|offes[oa]|sei offes[oa])\b`,
    String.raw`\bche (?:tu |lei |voi )?(?:(?:la|lo) (?:veda|vediate|vedi|pensi|prend[ai])|l'(?:abbia(?:te)?|hai|ha) (?:pres[ao]|vissuta|interpretata)) (?:così|in questo modo|male)\b`,
    String.raw`\bse (?:qualcun[oa]) si (?:\p{L}+ )?(?:è sentit[oa]|sente) (?:\p{L}+ )?(?:offes[oa]|urtat[oa])\b`,
    // A conditional about our own words: "ci scusiamo se il nostro messaggio è stato frainteso".
    String.raw`\b(?:dispiace|scus(?:iamo|ate|a)|rammarica)\b[^.!?]{0,20}\bse (?:il nostro|la nostra|i nostri|le nostre|quest[oa]|quel|quella|il mio|la mia)\b(?: \p{L}+){0,2} (?:messaggio?|post|tweet|commento|risposta|comunicato|tono|annuncio|campagna)\b`,
  ],
  claims: [
    { re: String.raw`\b(?:risolto|risolta|risolti|superato|superata|sotto controllo|alle spalle|tornat[oaie] (?:alla )?(?:normali(?:tà)?|regolar[ie])|tutto a posto)\b`, level: 'resolved' },
    { re: String.raw`\b(?:sistemat[oa]|riparat[oa]|corrett[oa]|ripristinat[oa])\b`, level: 'fixed' },
    // Other words for done: "è tutto finito", "funziona di nuovo", "tutto ok".
    { re: String.raw`\b(?:(?:è|sono) (?:tutto )?(?:finit[oaie]|concluso|conclusa|terminat[oaie])|(?:funziona(?:no)?) (?:di nuovo|nuovamente|regolarmente)|di nuovo operativ\p{L}*|tutto ok|acqua passata)\b`, level: 'resolved' },
    { re: String.raw`\b(?:è|sono|resta|restano|rimane|rimangono|completamente|totalmente|perfettamente|100 ?%) (?:\p{L}+ ){0,2}(?:sicur(?:o|a|i|e)|al sicuro|senza pericolo|innocu[ieo])\b`, level: 'safe' },
    { re: String.raw`\b(?:nessun|zero|senza) (?:\p{L}+ )?(?:rischio?|pericolo)\b`, level: 'safe', polar: true },
    // "può continuare a usarlo", "niente di cui preoccuparsi".
    { re: String.raw`\bcontinuare (?:a|ad) (?:usar|utilizzar|caricar|adoperar)\p{L}*`, level: 'safe' },
    { re: String.raw`\b(?:niente|nulla) di cui preoccupar\p{L}*|\bnessun motivo di preoccupar\p{L}*`, level: 'safe', polar: true },
  ],
  notClaim: String.raw`\b(?:finché|fino a quando|appena|non appena|una volta|quando|se|prima che|dopo che|sarà|saranno|verrà|verranno|dovrebbe(?:ro)?|potrebbe|speriamo|presto|lavoriamo per|affinché|perché sia)\b`,
  promises: [
    { kind: 'refund', re: String.raw`\b(?:rimbors\p{L}*|restitu\p{L}* (?:\p{L}+ ){0,2}(?:soldi|importo|denaro))\b` },
    { kind: 'replacement', re: String.raw`\b(?:sostitu\p{L}*|rimpiazz\p{L}*|nuovo dispositivo|nuova unità|cambio gratuito)\b` },
    { kind: 'compensation', re: String.raw`\b(?:risarc\p{L}*|indennizz\p{L}*|compens\p{L}*|ci facciamo carico delle spese|copriremo le spese|copriamo le spese|offriamo noi|a (?:nostro carico|carico nostro|nostre spese|spese nostre))\b` },
    { kind: 'voucher', re: String.raw`\b(?:buono|buoni|buono sconto|coupon|codice sconto|codice promozionale|sconto|sconti|carta regalo|spedizione gratuita|credito sul tuo account|accredit\p{L}*)\b` },
    { kind: 'repair', re: String.raw`\b(?:riparazione gratuita|ripareremo|ripariamo (?:il|la|tuo)|riparare (?:il|la|tuo))\b` },
    { kind: 'compensation', re: String.raw`\b(?:regal(?:o|iamo|eremo)|omaggio|in omaggio)\b`, generic: true },
  ],
  deadlines: [
    String.raw`\b(?:entro|prima di|non oltre|tra|fra|nelle prossime|nei prossimi)\s+(?:la fine (?:della|del)\s+)?(?:il\s+|la\s+|prossim[oa]\s+)?(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|fine settimana|weekend|settimana|domani|oggi|stasera|(?:\d+|due|tre|quattro|cinque|sette|dieci)\s*(?:ore|giorni(?: lavorativi)?|settimane))\b`,
    String.raw`\b(?:entro il|prima del|non oltre il)\s+\d{1,2}\s+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b`,
    String.raw`\b(?:domani|in giornata|al più tardi)\b`,
  ],
  update: String.raw`\b(?:aggiornament[oi]|prossima comunicazione|vi terremo informati|ti terremo informato|novità)\b`,
  reviewRequests: [
    String.raw`\b(?:rimuov|modific|cancell|toglie?|cambi|aggiorn|rivedi|rived|migliora|elimin)\p{L}*(?: \p{L}+){0,3} (?:recension[ei]|valutazione|feedback|voto|stelle)\b`,
    String.raw`\b(?:recensione|valutazione|feedback)\b(?: \p{L}+){0,2} (?:positiva|positivo|a (?:\d|cinque) stelle|migliore)\b`,
    String.raw`\b(?:\d|cinque) stelle\b`,
  ],
  yourOrder: String.raw`\b(?:il tuo|la tua|il suo|la sua|il vostro|tuo|tua) (?:\p{L}+ )?(?:ordine|pacco|spedizione|acquisto|rimborso|reso)\b`,
  genericUnits: String.raw`(?:unità|dispositiv[io]|prodott[io]|pezzi|pezzo|articoli|batteri[ea]|power bank|caricatori)`,
  scopeNouns: String.raw`\b(?:magazzin[oi]|lotto|lotti|modell[oi]|versione|regione|paese|paesi|negozio|stabilimento|fabbrica|sede|deposito)\b`,
  months: { gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8, settembre: 9, ottobre: 10, novembre: 11, dicembre: 12 },
  monthOnly: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  relativeDays: String.raw`\b(?:domani|dopodomani|stasera|(?:tra|fra) (?:un|due|tre|\d+) (?:giorn[io]|ore))\b`,
  numberWords: { undici: 11, dodici: 12, quindici: 15, trenta: 30, uno: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, venti: 20, cento: 100, mille: 1000 },
  decimal: ',',
};
