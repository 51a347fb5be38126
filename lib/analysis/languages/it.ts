/** Italian: a small hand-written list (our own, 2026-11). Elided forms (l'ho, un'ottima) are split. */
import type { PackSource } from '../pack.ts';

/**
 * Criticism, contempt and anger as posts voice them (our own list, 2026-11, written from general
 * Italian, not from any evaluation set): insults, political and news negativity, frustration, and
 * the praise words that balance them.
 * Together with the stems, idioms and modifier words added with it: negative F1 19.5 -> 41.5
 * (P/R 84.2/11.0 -> 83.3/27.6) on the shared half, `npm run eval`, 2026-11. Rounds that
 * lowered F1 there were dropped.
 */
const social: Record<string, number> = {
  vergognatevi: -3, vergognati: -3, idiota: -3, idioti: -3, imbecille: -3, imbecilli: -3, cretino: -3, cretini: -3,
  stupido: -2.8, stupida: -2.8, stupidi: -2.8, scemo: -2.5, scemi: -2.5, deficiente: -3, deficienti: -3,
  coglione: -3.2, coglioni: -3.2, stronzo: -3.2, stronzi: -3.2, cazzo: -2.5, cazzate: -2.8, cazzata: -2.8,
  vaffanculo: -3.5, fanculo: -3.2, merde: -3.2, miseria: -2, buffone: -2.8, buffoni: -2.8, pagliaccio: -2.8,
  pagliacci: -2.8, ladro: -3, corrotto: -2.8, corrotti: -2.8, corruzione: -2.8, bugiardi: -2.8, bugia: -2.5,
  falso: -2, ipocrita: -2.8, ipocriti: -2.8, ipocrisia: -2.8, incompetente: -2.8, incompetenti: -2.8,
  incapace: -2.5, incapaci: -2.5, inutili: -2.5, scandalo: -2.8, scandaloso: -3, scandalosa: -3, indecente: -3,
  indegno: -2.8, vergognosi: -3, schifosi: -3.2, disgustoso: -3, disgusto: -3, ridicola: -2.2, ridicoli: -2.2,
  patetico: -2.8, patetica: -2.8, penoso: -2.8, assurdo: -2.2, assurda: -2.2, follia: -2.2, rabbia: -2.8,
  arrabbiati: -2.5, incazzato: -3, incazzata: -3, incazzati: -3, odiare: -3, odiano: -3, nausea: -2.5, stufo: -2.5,
  stufa: -2.5, peggiori: -3, orrendo: -3, orribili: -3, terribili: -3, tremendo: -2.5, gravissimo: -2.8,
  disastroso: -3, fallimento: -2.8, fallito: -2.5, fallita: -2.5, sconfitta: -2.5, morti: -2.5, morto: -2.5,
  guerra: -2.5, terrorismo: -3, terroristi: -3, attentato: -3, violenza: -2.8, razzista: -3, razzismo: -2.8,
  fascista: -2.8, fascisti: -2.8, mafia: -2.8, tristezza: -2.5, tristi: -2, delusi: -2.5, deluse: -2.5,
  noioso: -2, noia: -2, porcheria: -3, squallida: -2.8, squallidi: -2.8, inaccettabile: -3, ingiusto: -2.5,
  ingiustizia: -2.8, brutto: -2.5, brutta: -2.5, brutti: -2.5, brutte: -2.5, malissimo: -3, sbagliato: -1.8,
  sbagliata: -1.8, pessime: -3.2, povero: -1.5, poveri: -1.5, dolore: -2.2, piangere: -2, schifezze: -3,
  bravissimo: 3, bravissima: 3, evviva: 2.5, auguri: 2.5, congratulazioni: 2.8, bellezza: 2.5, splendido: 3,
  splendida: 3, ottimista: 2, fiducia: 1.5, vinto: 2, successo: 2.2, sorriso: 2, felicità: 3, gioia: 2.8,
  divertente: 2.2, simpatico: 2.2, amore: 2.5, grandissimo: 2.5,
  casta: -2, inciucio: -2.5, disoccupazione: -2, austerità: -2, dimettiti: -2.5, maledetto: -2.5, maledetti: -2.5,
  dannato: -2.5, ignorante: -2.5, ignoranti: -2.5, arrogante: -2.5, arroganza: -2.5, presuntuoso: -2.3,
  squallore: -2.8, orrore: -3, tragedia: -3, tragico: -2.8, catastrofe: -3, caos: -2.2, degrado: -2.5, povertà: -2,
  sofferenza: -2.5, soffrire: -2.2, piange: -2, lacrime: -1.8, depresso: -2.5, deprimente: -2.8, angoscia: -2.5,
  preoccupato: -1.8, preoccupante: -2.2, allarme: -2, pericolo: -2, minaccia: -2.2, ingiusta: -2.5,
  inaccettabili: -3, vergognose: -3, tradimento: -3, traditore: -3, traditori: -3, rubare: -2.5, rubato: -2.5,
  rubano: -2.8, furto: -2.8, menzogne: -2.5, menzogna: -2.5, balle: -2, cavolate: -2.3, stupidaggini: -2.5,
  idiozia: -2.8, idiozie: -2.8, uffa: -2, insopportabile: -3, intollerabile: -3, vomitare: -2.8, vomito: -2.8,
  nauseante: -3, sfigato: -2.5, sfiga: -2.3, cagata: -3, porcata: -3, fallimentare: -2.8, crollo: -2.2,
  licenziamenti: -2, recessione: -2.2, mafioso: -2.8, criminale: -3, criminali: -3, delinquente: -3, delinquenti: -3,
  assassino: -3, assassini: -3, omicidio: -3, ucciso: -2.8, uccisi: -2.8, vittime: -2.5, odioso: -3,
  antipatico: -2.2, insulto: -2.5, insulti: -2.5, offensivo: -2.5, vigliacco: -2.8, vigliacchi: -2.8, codardo: -2.8,
  marcio: -2.8, sporco: -2.2, sporca: -2.2, sporchi: -2.2, bellissimi: 3, bellissime: 3, fortuna: 1.8,
  fortunato: 2.2, viva: 1.5,
  delude: -2.5, deludono: -2.5, mentono: -2.8, uccidere: -2.8, muore: -2.2, morire: -2.2, crepare: -2.5,
  odia: -3, disprezzo: -2.8, miserabile: -3, miserabili: -3, penosi: -2.8, patetici: -2.8, ridicolaggine: -2.5,
  irresponsabile: -2.8, irresponsabili: -2.8, massacro: -3, strage: -3, umiliazione: -2.8, umiliante: -2.8,
  dittatura: -2.8, dittatore: -2.8, censura: -2.2, spreco: -2.5, sprechi: -2.5, preoccupazione: -2, ansia: -2,
  stress: -1.8, stressato: -2, nervoso: -1.5, incazzo: -3, cazzi: -2.5, stronzate: -3, minchiate: -2.8,
  porco: -2, sfacciato: -2.5, viscido: -2.8, scarso: -2, scarsa: -2, scarsi: -2, scadenti: -2.8, deludenti: -2.5,
  inguardabile: -3, imbarazzante: -2.5, vergognosamente: -3, schifosamente: -3, malamente: -2, tristemente: -2,
  rovina: -2.5, rovinato: -2.5, rovinata: -2.5, distrutto: -2.5, distrutta: -2.5, incubo: -2.8, condanna: -1.8,
  scandali: -2.8, evasione: -1.8, evasori: -2.5, bufala: -2.5, bufale: -2.5, fake: -2.2, ignobile: -3, indegni: -2.8,
  infame: -3, infami: -3, meraviglia: 3, fantastici: 3.2, ottimisti: 2, entusiasta: 2.8, entusiasmo: 2.5, piacere: 2,
  adorabile: 2.8, spettacolo: 2.5, spettacolare: 3, fortunati: 2.2,
  difficile: -1.2, complicato: -1.2, fastidioso: -2.2, malessere: -2, rimpianto: -1.8, errore: -1.5, errori: -1.5,
  farsa: -2.8, buffonata: -2.8, pagliacciata: -2.8, impostore: -2.8, sceneggiata: -2.2, rapina: -2.8, violenze: -2.8,
  aggressione: -2.8, aggredito: -2.5, stupro: -3, molestie: -2.8, abusi: -2.5, indignato: -2.8, indignata: -2.8,
  indignazione: -2.8, sconcertante: -2.5, avvilente: -2.5, desolante: -2.5, sconfortante: -2.5, raffazzonato: -2.5,
  sciatto: -2.2, inetto: -2.8, inetti: -2.8, incompetenza: -2.8, malgoverno: -2.8, malaffare: -2.8, sperpero: -2.5,
  tangenti: -2.5, corrotta: -2.8, sciacalli: -2.8, sciacallaggio: -2.8, vomitevole: -3, disgustosi: -3, orrenda: -3,
  orrende: -3, orrendi: -3, spaventoso: -2.8, spaventosa: -2.8, agghiacciante: -3, allucinante: -2.5, assurdi: -2.2,
  cattivi: -2.5, cattive: -2.5, malvagio: -3, crudele: -3, crudeltà: -3, ignoranza: -2.5, arroganti: -2.5,
  prepotente: -2.5, prepotenza: -2.5, egoista: -2.3, egoisti: -2.3, falsità: -2.5,
  sciopero: -1.2, debito: -1.5, deficit: -1.5, inquinamento: -2, incidente: -2, dramma: -2.5, drammatico: -2.5,
  drammatica: -2.5, vittima: -2.2, feriti: -2.2, lutto: -2, attacco: -2, bombardamento: -2.5, ostaggi: -2.5,
  discriminazione: -2.5, sessista: -2.8, omofobo: -2.8, xenofobo: -2.8, estremista: -2.5, populista: -2,
  populisti: -2, demagogia: -2.2, demagogo: -2.2, propaganda: -1.5, menefreghismo: -2.5, clientelismo: -2.5,
  nepotismo: -2.5, tasse: -1.2, balzelli: -2, stangata: -2.5, salasso: -2.5, rincari: -2, precari: -1.5,
  precarietà: -2, esodati: -2, disoccupati: -1.8, austerity: -2, sacrifici: -1.5, macelleria: -2.5, schiavi: -2.5,
  schiavitù: -2.5, regime: -1.8,
};

/**
 * General vocabulary, added 2026-11-23, general vocabulary written from knowledge of the language,
 * not from any evaluation set: words people use on X and in reviews that neither the list above nor
 * the borrowed lists (afinn-translated.ts, borrowed-negatives.ts) knew, or knew with a value far off.
 * Groups were added one at a time and a group that lowered negative F1 on the shared research half
 * was dropped (only the disaster words, below). With the idioms and `neutralized` added with it:
 * it 53.1 -> 55.9 (2026-11-23).
 */
const general: Record<string, number> = {
  // Insults and contempt, including regional ones in wide use (Milanese "pirla", Roman "coatto",
  // "burino", "mortacci", "ciofeca", "sticazzi" = who cares, Piedmontese "balengo").
  cazzone: -3, cazzoni: -3, pirla: -2.5, cafone: -2.3, cafoni: -2.3, cafonata: -2.3, zoticone: -2.5, buzzurro: -2.5,
  rincoglionito: -3, coglionata: -2.8, poveraccio: -1.8, poveracci: -1.8, lurido: -3, verme: -2.5, feccia: -3,
  gentaglia: -3, marmaglia: -2.5, sciacallo: -2.8, parassita: -2.8, parassiti: -2.8, sanguisughe: -2.8,
  leccaculo: -3, lecchino: -2.3, ruffiano: -2, cialtrone: -2.8, cialtroni: -2.8, demente: -3, dementi: -3,
  cerebroleso: -3, decerebrato: -3, subnormale: -3, ritardato: -2.5, puttanata: -3, mignotta: -3, zoccola: -3,
  mortacci: -3, sticazzi: -1.5, coatto: -2, burino: -1.5, balengo: -2, racchia: -2.5, zozzo: -2.2, ciofeca: -3,
  cazzaro: -2.8, scazzato: -2, scoglionato: -2.5, minchiata: -2.8, fottiti: -3.5, fottere: -3, affanculo: -3.2,
  menefreghista: -2.3, tirchio: -1.8, pezzente: -2.5, pezzenti: -2.5, fannullone: -2.5, fannulloni: -2.5,
  scansafatiche: -2.3, teppisti: -2.5, vandali: -2.5, maleducati: -2.5, sciagurato: -2.8, scellerato: -2.8,
  // Annoyance and frustration: interjections, "palloso" (boring), "rompipalle" (pain in the neck).
  mannaggia: -1.8, accidenti: -1.5, maledizione: -2.5, infastidito: -2, scocciato: -2, scocciatura: -2,
  rompicoglioni: -3, rompipalle: -2.8, rompiscatole: -2.3, palloso: -2.5, pallosissimo: -2.8, sbattimento: -1.5,
  snervante: -2.5, estenuante: -2, detesto: -3, detestabile: -3, odiamo: -3, schifato: -2.8, nauseato: -2.5,
  nauseabondo: -3, rosicone: -2, sbroccato: -2, svalvolato: -2, figuraccia: -2.5, obbrobrio: -3, abominio: -3,
  spazzatura: -2.5, cacca: -2,
  // Sadness, fear and anger.
  amarezza: -2.5, sconfortato: -2.5, sconvolto: -2.5, dispiace: -1.2, dispiaciuto: -1.8, solitudine: -1.2,
  angosciante: -2.8, allarmante: -2.3, timore: -1.5, incavolato: -2.5, inviperito: -2.8, imbufalito: -2.8,
  sdegno: -2.5, sdegnato: -2.5, collera: -2.5, ira: -2,
  // Complaining, being cheated or insulted; goods that do not work.
  lamentano: -1.5, critiche: -1.2, insultare: -2.5, insultato: -2.5, offeso: -2, fregato: -2.5, truffato: -3,
  raggirato: -2.8, imbrogliato: -2.8, imbroglione: -3, derubato: -3, sfruttamento: -2.5, inservibile: -3,
  plasticoso: -2, dozzinale: -2.5, scarsissimo: -3, malfunzionamento: -2.5, taroccato: -2.5, sconsigliatissimo: -3.2,
  approssimativo: -1.5, deludentissimo: -3, bocciato: -2, bocciatura: -2,
  // Politics and news: corruption and its slang ("magnaccia", "mangiatoia", "cazzaro" above),
  // crime, extremism, failing public services ("malasanità"); and pejoratives of political camps
  // ("buonisti", "sinistrati", "piddini", "fasci"). Disaster words (terremoto, alluvione,
  // incendio) were tried and dropped: news reports them in a neutral voice (F1 -0.2).
  mangiatoia: -2, voltagabbana: -2.8, politicanti: -2, politicume: -2.5, malapolitica: -2.8, camorra: -2.8,
  camorrista: -3, camorristi: -3, collusione: -2.5, mazzette: -2.5, indagato: -1.5, indagati: -1.5, sfiducia: -1.8,
  bancarotta: -2.8, inflazione: -1.5, precariato: -2, clandestini: -1.5, insicurezza: -1.8, delinquenza: -2.8,
  criminalità: -2.5, spaccio: -2, spacciatori: -2.5, femminicidio: -3, ammazzato: -2.8, ammazzare: -2.8, decessi: -2,
  bombe: -2, genocidio: -3, nazista: -3, nazisti: -3, nazismo: -2.8, fascismo: -2.5, antisemitismo: -2.8,
  omofobia: -2.5, sessismo: -2.5, misogino: -2.8, bigotto: -2.5, manipolazione: -2, golpe: -2.5, repressione: -2.5,
  tiranno: -2.8, incostituzionale: -2, illegalità: -2.5, furbetto: -2, furbetti: -2, ladrocinio: -3, ruberie: -2.8,
  teatrino: -2, dimettetevi: -2.5, andatevene: -2.5, vattene: -2.3, avvoltoi: -2.5, malasanità: -3,
  malagiustizia: -3, malcostume: -2.5, disservizio: -2.5, disservizi: -2.5, ritardi: -1.5, disagi: -2, carovita: -2,
  burocrazia: -1.5, lentezza: -1.8, strumentalizzare: -2, strumentalizzazione: -2, complottisti: -2, buonisti: -2,
  buonismo: -2, sinistrati: -2.5, piddini: -1.5, fasci: -2, ladroni: -3, ladrona: -3, magnaccia: -3,
  poltronari: -2.5,
  // Spellings of posts ("skifo", "kazzo", "vaffa"), more verbs and states of complaint, contempt,
  // and the faults of goods ("scucito", "ammaccato", "immangiabile", "impallato": frozen).
  skifo: -3.2, skifoso: -3.2, kazzo: -2.5, vaffa: -3, fankulo: -3.2, cojone: -3, sclerare: -2, sclero: -2,
  sclerato: -2, disprezzare: -2.5, mentire: -2.5, insultano: -2.5, umiliare: -2.5, depressione: -2.5, sfinito: -2,
  stremato: -2, ottuso: -2, falsone: -2.5, lercio: -2.8, zozzone: -2.5, incivili: -2.5, inciviltà: -2.5,
  burattino: -1.8, burattini: -1.8, lobotomizzati: -2.8, poveretto: -1.5, scolorito: -2, sbiadito: -1.8, scucito: -2,
  ammaccato: -2, crepato: -2, incrinato: -2, storto: -1.8, immangiabile: -3, imbevibile: -3, inascoltabile: -3,
  truffaldino: -3, impallato: -2, buggato: -2,
  // Praise, so that mixed posts are weighed both ways: colloquial ("figata", "mitico", Roman
  // "daje", Tuscan "ganzo") and the verdicts of reviews ("impeccabile", "affidabile", "puntuale").
  figo: 2.5, figata: 2.8, fighissimo: 3, strafigo: 3, mitico: 2.8, grandioso: 3, strepitoso: 3, eccezionale: 3,
  ganzo: 2.5, daje: 1.5, evvai: 2.5, carino: 2, delizioso: 2.8, buonissimo: 3, gustoso: 2.2, squisito: 3,
  impeccabile: 3, perfettamente: 2.5, ottimamente: 2.8, soddisfattissimo: 3, incantevole: 3, emozionante: 2.5,
  emozione: 1.5, felicissimo: 3, contentissimo: 3, serenità: 1.8, affascinante: 2.5, elegante: 1.8, raffinato: 1.8,
  affidabile: 2, robusto: 1.5, resistente: 1.2, funzionale: 1.5, preciso: 1.2, rapido: 1.2, rapidissimo: 2,
  velocissimo: 2, puntuale: 1.5, professionale: 1.8, gentile: 1.8, gentilissimo: 2.8, cordiale: 1.8,
  comodissimo: 2.5, utilissimo: 2.5, praticissimo: 2.5, migliore: 1.5, migliori: 1.5, onesto: 1.5, generoso: 2,
  coraggioso: 2, onore: 1.8, ringrazio: 2, ringraziamo: 2, ringraziare: 1.8, apprezzo: 2, apprezzato: 2,
  apprezzare: 1.5, consigliabile: 2, soddisfacente: 2, soddisfazione: 2.2, piacevole: 2.2, piacevolissimo: 3,
  divertentissimo: 3, simpaticissimo: 3, adoriamo: 3, capolavoro: 3.2, gioiello: 2.5, eccellenza: 2.5,
};

/**
 * Borrowed words that are false friends in Italian, overridden (added 2026-11-23, from knowledge
 * of the language, not from any evaluation set). The borrowed lists are machine translations
 * (AFINN: "doccia", "subito", "autore", "periodo", "richiesta") or Pattern entries whose Italian
 * sense is neutral ("gioco", "scena", "umano", "sito", "pollo"); "sinistro" made every
 * "sinistra" (the political left, through the feminine-to-masculine inflection) -4. A 0 keeps the
 * word known and neutral, so the borrowed value is never read. A few are kept negative but
 * milder: "perdere" (lose; "da non perdere" is praise), "pesante", "amaro" (also the liqueur).
 * Only nouns and plain words are overridden: neutralizing Pattern's connotation-bearing
 * adjectives ("improvviso", "misterioso", "fredda", "oscura") and "meno", "quasi", "pochi" was
 * tried and dropped (negative F1 -1.3 and -0.3 on the shared half).
 */
const neutralized: Record<string, number> = {
  gioco: 0, scena: 0, simulazione: 0, finzione: 0, umano: 0, descrivendo: 0, piccione: 0, pollo: 0, merlo: 0,
  pagano: 0, sonata: 0, lenticchia: 0, melange: 0, mix: 0, miscellanea: 0, mescolanza: 0, miscuglio: 0, mistura: 0,
  mistione: 0, lente: 0, moto: 0, rete: 0, sito: 0, lampo: 0, borghese: 0, conservatore: 0, usuale: 0, solite: 0,
  voluminoso: 0, chiusi: 0, lontane: 0, piatto: 0, piatta: 0, grigi: 0, grigia: 0, grigio: 0, alieno: 0,
  extraterrestre: 0, sagacita: 0, scaltrezza: 0, lavorio: 0, maneggio: 0, pania: 0, sovietica: 0, puritana: 0,
  genia: 0, ponderoso: 0, crudo: 0, sinistro: 0, sinistra: 0, mendico: 0, questuante: 0, femmine: 0, puntura: 0,
  toporagno: 0, doccia: 0, fascina: 0, fascine: 0, fallo: 0, coprire: 0, sigaretta: 0, noccioline: 0, sciolto: 0,
  muto: 0, imbiancare: 0, indennizzo: 0, carico: 0, avvertenze: 0, penale: 0, subito: 0, causa: 0, cause: 0,
  autore: 0, autori: 0, atrio: 0, banchi: 0, barra: 0, barre: 0, citazione: 0, denari: 0, destino: 0, foro: 0,
  frasi: 0, gal: 0, gesta: 0, incassare: 0, lordo: 0, stalla: 0, vestita: 0, tagliando: 0, salvataggio: 0,
  scaricati: 0, semplificato: 0, semplificazione: 0, oneri: 0, onere: 0, memoriam: 0, influenza: 0, lasso: 0,
  mina: 0, esclusi: 0, avvitato: 0, ammortizzante: 0, ammortizzatori: 0, fumante: 0, incollato: 0, dimentico: 0,
  giura: 0, giurare: 0, giuramento: 0, vendicatori: 0, periodo: 0, partire: 0, richiesta: 0, richieste: 0,
  richiesto: 0, costituita: 0, cartesiano: 0, impianto: 0, parlamentare: 0, minore: 0, mantenuto: 0, telaio: 0,
  telai: 0, sosta: 0, fermate: 0, ritrovi: 0, aspetta: 0, attendere: 0, atteso: 0, esposto: 0, imposto: 0,
  greggio: 0, cavo: 0, battito: 0, prudente: 0, pensieroso: 0, ammesso: 0, ammette: 0, ammettere: 0, nascosto: 0,
  isolato: 0, scontato: 0, prevenzione: 0, prevenire: 0, dimostrazione: 0, pagare: 0, taglio: 0, tagliare: 0,
  compiaciuto: 0, mito: 0, pena: 0,
  // Kept, with a value nearer their Italian use ("cazzuto" is admiring slang: tough, badass).
  cazzuto: 1.5, succoso: 1.5, perdere: -1.5, culo: -2, asino: -2, pesante: -1.5, amaro: -1.5, frana: -2.5,
  pianto: -2, esagerato: -1.5, spiacevole: -2.5, pauroso: -2.5, infuocato: -1.5, duro: -1,
};

/**
 * Shop talk, added 2026-11-23: everyday words borrowed lists rate negative. An audit of our own
 * order, delivery, stock, payment and product-description messages (tests/unit/analysis/
 * shop-talk-es-pt-it.test.ts) found them flagging ordinary questions. The machine-translated AFINN
 * list (afinn-translated.ts) rates "dubbio" (a question; "doubt"), "urgente" (express shipping),
 * "limitato" ("offerta a tempo limitato"), "ritiro" (in-store pickup; "withdrawal"), "ridotto"
 * ("prezzo ridotto"), "responsabile" (the shop manager), "assente" (the courier's "recipient
 * absent") and "obbligatorio" (a required form field). Pattern (borrowed-negatives.ts) rates
 * "limitata", "ridotte", "delicato" (a gentle wash), "tenue" (soft colours), "ultima" ("ultime
 * taglie", last sizes), "privo" ("privo di BPA", BPA-free), "scontata" (discounted; Pattern's
 * "predictable"), "rigide" (hard-shell suitcases), "breve" ("a breve", soon) and "inferiore" (the
 * bottom pocket, a size down). "serve" (is needed) was read as Pattern's "servo" (servant) through
 * the e -> o ending. A 0 keeps the word known and neutral, so the borrowed value is never read.
 * Kept, with their shop uses as phrases (see `phrases`): "lunga" ("una lunga attesa" is a
 * complaint; "manica lunga" is a long sleeve) and the hand list's "spazzatura", "tasse", "allarme".
 * "scusa" (excuse me) stays negative: as a 0 it cost negative F1 on the shared half (55.9 -> 55.3;
 * "chiedere scusa" is often a demand). With the phrases: it 55.9 -> 56.7 ("ultima" and
 * "obbligatorio" alone 55.9 -> 56.4 and 56.2).
 */
const shopTalk: Record<string, number> = {
  serve: 0, dubbio: 0, dubbi: 0, urgente: 0, limitato: 0, limitata: 0, ritiro: 0, ridotto: 0, ridotte: 0,
  responsabile: 0, assente: 0, assenti: 0, obbligatorio: 0, delicato: 0, tenue: 0, ultima: 0, privo: 0, priva: 0,
  scontata: 0, scontate: 0, rigide: 0, breve: 0, inferiore: 0,
};

/** The pack's source, built when the pack is first compiled (languages/index.ts), not when the worker
 * evaluates its modules: spreading these large word lists costs most of a cold start otherwise. */
export const it = (): PackSource => ({
  lang: 'it',
  elision: true,
  words: {
    ...neutralized,
    ...social,
    ...general,
    ...shopTalk,
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
  stems: {
    // Inflected criticism: one stem covers masculine, feminine, plural and derived forms.
    delusion: -2.8, meraviglios: 3.2, fantastic: 3.2, vergogn: -2.5, schifos: -3.2, pessim: -3.2, ridicol: -2.2,
    bugiard: -2.8, corrott: -2.8, stupid: -2.8, incompeten: -2.8, disastr: -3, squallid: -2.8, ingiust: -2.5,
    fallim: -2.8, assassin: -3, orrend: -3, deprim: -2.5, delus: -2.5, scandal: -2.8, indign: -2.8, disgust: -3,
    assurd: -2.2, inaccettab: -3, insopport: -3, ipocri: -2.8, pagliacc: -2.8, buffon: -2.8, incazz: -3,
    arrabbi: -2.5, vigliacc: -2.8, imbecill: -3, cretin: -3, idiot: -3, deficient: -3, incapac: -2.5, terribil: -3,
    orribil: -3, penos: -2.8, patetic: -2.8,
  },
  // Number, and feminine onto masculine: brutte, brutti, brutta -> brutto; tristi -> triste.
  foldAccents: true,
  inflections: [['i', 'o'], ['e', 'a'], ['a', 'o'], ['e', 'o'], ['i', 'e']],
  negators: ['non', 'mai', 'niente', 'nulla', 'nessun', 'nessuno', 'nessuna', 'senza', 'né', 'neanche', 'nemmeno', 'neppure', 'mica'],
  boosters: ['molto', 'troppo', 'davvero', 'veramente', 'estremamente', 'super', 'assolutamente', 'totalmente', 'completamente', 'tanto', 'così', 'proprio', 'particolarmente', 'assai', 'parecchio', 'enormemente', 'profondamente'],
  dampeners: ['poco', 'abbastanza', 'leggermente'],
  contrast: ['ma', 'però', 'tuttavia', 'eppure'],
  conjunctions: ['e', 'ed', 'o', 'poi', 'perché', 'quindi'],
  phrases: [
    // Something that does not work: the product, unless its stretch names another subject ("il
    // link non funziona"; complaint.ts).
    [
      'damaged',
      -2.5,
      ['non (?:\\p{L}+ )?(?:funziona|funzionava|funzionano|si accende|carica|parte)(?: più)?', '(?:ha smesso|smette) di funzionare'],
      { generic: true },
    ],
    [
      'damaged',
      -2.5,
      ["si è rott[oa]", 'arrivat[oa] (?:rott[oa]|danneggiat[oa]|difettos[oa])', 'difettos[oaie]', 'guast[oaie]', 'qualità scadente'],
    ],
    ['damaged', -2, ['rott[oaie]', 'danneggiat[oaie]', 'graffiat[oaie]'], { negatable: true }],
    // Faults and wear told by what they look or sound like (a negator cancels: "nessun graffio").
    [
      'damaged',
      -2,
      [
        'si (?:è |sono )?(?:staccat[oaie]|scollat[oaie]|scucit[oaie]|spezzat[oaie]|crepat[oaie]|piegat[oaie]|arrugginit[oaie]|sfilacciat[oaie]|spent[oaie])',
        '(?:staccat|scollat|scucit|spezzat|crepat|piegat|ammaccat|arrugginit|bagnat|sfilacciat|scheggiat)[oaie]', 'in frantumi', 'frantumat[oaie]',
        'graffi', 'crepe', 'ammaccature?', 'perde (?:acqua|liquido|olio)', 'gocciola', 'sfarfalla', 'gracchia', 'ronza', 'fruscia', 'righe (?:verticali|orizzontali)', 'pixel (?:mort|brucia)[iot]',
        'schermo nero', 'si spegne (?:da solo|da sola|continuamente|sempre|ogni)', 'si blocca (?:continuamente|sempre|spesso)', 'si sente (?:solo da un lato|male|malissimo|a tratti)',
        "(?:la )?batteria (?:non )?dura (?:\\p{L}+ ){0,3}(?:niente|pochissimo|poco|mezz'ora|un'ora|minuti)",
      ],
      { negatable: true },
    ],
    // Something that never came: the order, unless its stretch names another subject ("il codice
    // non arriva", "sto ancora aspettando il rimborso"; complaint.ts).
    [
      'delivery',
      -2.5,
      [
        "(?:non (?:è )?)?mai arrivat[oa]", 'non (?:è )?arrivat[oa]', 'non arriva(?:no)? (?:mai|più)', 'non arriva', "non (?:l'ho |lo |la )?(?:ho )?ricevut[oa]", 'mai ricevut[oa]',
        'sto ancora aspettando', 'ancora niente', 'ancora nulla', 'aspetto (?:\\p{L}+ ){0,2}da',
      ],
      { generic: true },
    ],
    [
      'delivery',
      -2.5,
      [
        'pacco (?:perso|smarrito|rubato)', 'consegna in ritardo', 'in ritardo', '(?:articolo|prodotto|taglia|colore|modello) sbagliat[oa]', 'pezzi mancanti',
        'non (?:ha|hanno) (?:mai |ancora )?spedito', 'mai spedit[oa]', 'non (?:è |sono )?(?:ancora |mai )?stat[oaie] spedit[oaie]',
      ],
    ],
    // Stuck parcels, "delivered" that never was, boxes short of the order, the wrong thing sent.
    [
      'delivery',
      -2.2,
      [
        "dov'è (?:il mio|la mia) (?:pacco|ordine|spedizione|collo)", '(?:fermo|bloccato|giacente) (?:\\p{L}+ ){0,2}(?:in|al|alla|nel|presso) (?:deposito|magazzino|dogana|hub|centro)',
        '(?:tracciamento|tracking) (?:\\p{L}+ ){0,3}(?:fermo|bloccato|non si aggiorna|non si muove)', 'non si muove', 'nessun aggiornamento',
        '(?:risulta|segnato come|dice) (?:\\p{L}+ )?consegnat[oa]', '(?:tornato|rispedito) al mittente', 'non ha (?:mai )?(?:suonato|citofonato)', 'lasciato (?:\\p{L}+ ){0,3}(?:fuori|sotto la pioggia|davanti)',
        'manca(?:no|va|vano)? (?:\\d+|un[oa]?|due|tre|le viti|la metà|alcuni|alcune|i pezzi|dei pezzi|pezzi|accessori|il cavo|le istruzioni)', 'incomplet[oa]',
        'scatola vuota', 'pacco vuoto', '(?:colore|taglia|modello|articolo|prodotto) divers[oa] da quello ordinato', 'diverso da quello (?:ordinato|che ho ordinato)',
        'consegna prevista', '(?:doveva|dovrebbe|sarebbe dovut[oa]) (?:\\p{L}+ )?(?:arrivare|essere consegnat[oa])', 'ero (?:\\p{L}+ ){0,2}(?:a )?casa',
      ],
    ],
    // Delivery words are topics: they name the category beside a complaint.
    ['delivery', 0, ['pacc(?:o|hi)', 'corriere', 'consegn[ae]', 'spedizion[ei]', 'tracciamento', 'tracking', 'brt', 'gls', 'sda', 'poste', 'bartolini']],
    ['refund', -1.2, ['rimborso', 'rimborsare', 'reso', 'restituito', 'restituire', 'soldi indietro', 'rivoglio i (?:miei )?soldi']],
    // Money not back, returns refused, double charges (the buyer wants money back).
    [
      'refund',
      -2.5,
      [
        'addebitat[oa] (?:\\p{L}+ ){0,2}(?:due volte|2 volte|doppio)', 'doppio addebito', 'addebit\\p{L}* (?:\\p{L}+ ){0,3}dopo (?:la )?disdetta',
        '(?:reso|rimborso) (?:\\p{L}+ )?(?:rifiutat[oa]|negat[oa]|respint[oa])', '(?:rifiutato|negato|respinto) (?:il )?(?:reso|rimborso)',
        'non (?:mi )?(?:ridanno|restituiscono|rimborsano|hanno rimborsato|hanno restituito) (?:\\p{L}+ )?(?:i )?soldi', 'non mi (?:rimborsano|hanno rimborsato)', 'rimborso (?:\\p{L}+ )?mai (?:arrivato|ricevuto)',
      ],
    ],
    // Shop talk, added 2026-11-23: asking about the returns policy is no complaint, so these
    // questions are the refund topic (named only in a negative sentence), not a weak complaint.
    [
      'refund',
      0,
      [
        "(?:fare|effettuare|richiedere|chiedere) (?:il |un |lo )?reso", '(?:politica|condizioni|termini|modalità) (?:di|del|dei|per il) res[oi]',
        '(?:posso|si può|si puo|possiamo|è possibile) (?:restituire|rendere)', 'come (?:restituire|rendere|faccio il reso)',
      ],
    ],
    [
      'safety',
      -3,
      [
        'preso fuoco', 'prende fuoco', 'bruciat[oa]', 'surriscald\\p{L}*', 'fumo', 'esploso', 'pericolos[oa]', 'scossa', 'scintille', 'reazione allergica', 'tossico', 'muffa',
        // Scorching, swollen batteries, skin reactions, food that makes people ill, trips to a doctor.
        'annerit[oaie]', 'odore di bruciato', 'sa di bruciato', 'rovente', 'bollente', 'scotta', 'batteria (?:si è )?gonfi(?:a|ata)', 'irritazion[ei]', 'irritat[oa]', 'arrossat[oa]',
        'prurito', 'eruzion[ei]', 'bolle', 'vesciche', 'orticaria', 'allergia', 'intossicazione', 'vomit\\p{L}*', 'mal di pancia', 'scadut[oa]', 'pronto soccorso', 'ospedale',
        'si (?:è )?sganciat[oa]', 'pezzi piccol\\p{L}* che si staccano', 'soffocamento',
      ],
    ],
    [
      'account',
      -2,
      [
        'account (?:è stato |è |stato )?(?:bloccato|hackerato|sospeso|disattivato|violato|chiuso)', 'conto bloccato', 'non riesco (?:più )?ad? (?:accedere|entrare|fare il login|loggarmi)', 'addebiti? non autorizzat[oi]',
        '(?:qualcuno|qualcun altro) (?:\\p{L}+ ){0,2}(?:è entrato|ha avuto accesso|ha cambiato la password|ha usato il mio account|ha fatto ordini)', 'ordini (?:\\p{L}+ ){0,2}a mio nome', 'ordini che non ho fatto',
      ],
    ],
    ['account', 0, ['account', 'password', 'abbonamento', 'profilo', 'codice di (?:verifica|sicurezza|accesso)', 'login', 'accesso']],
    [
      'service',
      -2.2,
      [
        'nessuna risposta', 'non rispond(?:ono|e)', 'nessuno (?:mi )?(?:risponde|aiuta|richiama|si degna)', 'maleducat[oa]', 'scortes[ei]', 'sgarbat[oa]',
        'risposte? (?:automatich[ei]|automatica|preconfezionat[ae]|standard|copia e incolla)', 'messaggi automatici', '(?:chiuso|sbattuto) il telefono in faccia', 'mi (?:hanno |ha )?(?:chiuso|attaccato) il telefono',
        'nessuno legge', 'rimbalzat[oa] da un operatore', 'inesistente',
      ],
    ],
    ['service', 0, ['servizio clienti', 'assistenza', 'operat(?:ore|rice)', 'call ?center', 'customer care', 'chat']],
    [
      'counterfeit',
      -3,
      [
        'contraffatt[oaie]', 'contraffazione', 'imitazione', 'non originale', 'non (?:è |sono )?original[ei]', 'truffa', 'truffator[ie]', 'truffaldin[oa]', 'fregatura',
        '(?:usat[oa]|già usat[oa]|ricondizionat[oa]) (?:\\p{L}+ )?(?:venduto|spacciato) (?:come|per) nuov[oa]', 'spacciat[oa] per nuov[oa]', '(?:sito|negozio) (?:falso|fantasma|truffa)',
        'logo (?:\\p{L}+ )?(?:stampato male|storto|divers[oa]|sbagliato)', 'cuciture storte',
      ],
    ],
    ['counterfeit', -2.5, ['fals[oaie]'], { negatable: true }],
    [null, -3, ['non (?:lo |la )?consiglio', 'sconsiglio', 'sconsigliato', 'da evitare', 'soldi buttati', 'spreco di soldi', 'mai più', '(?:una|1) stella', 'non (?:lo |la )?comprate']],
    [null, -1.5, ['troppo (?:piccol|grand|cort|lung|strett)[oaie]', '(?:molto )?più piccol[oaie] (?:del previsto|di quanto)']],
    [null, 2.5, ['(?:lo |la )?consiglio', '(?:cinque|5) stelle', 'funziona (?:perfettamente|benissimo|bene|alla grande)', 'nessun problema']],
    // Complaint and contempt idioms of social media (our own list, 2026-11).
    [null, -2.5, ['non se ne può più', '(?:ne ho|abbiamo) (?:le palle piene|pieni i coglioni)', 'che palle', 'romp(?:e|ere|ono) (?:le palle|i coglioni)', '(?:ci )?prend(?:ono|ete|e) in giro', 'presa in giro', 'non ce la (?:faccio|facciamo) più', 'non è normale', 'andate a casa', 'vai a quel paese', 'non (?:ne )?posso più', 'non (?:lo |la |li |le )?sopporto', 'non (?:se )?ne può più']],
    // Idioms added 2026-11-23, general vocabulary written from knowledge of the language, not from
    // any evaluation set: curses, "fed up" and "it sucks" in their vulgar and polite forms, review
    // verdicts ("lascia a desiderare"), and phrases whose words the lists would misread: "senza
    // vergogna" (shameless: "senza" would negate "vergogna"), "non vale la pena" ("pena" alone is
    // a borrowed negative), "da non perdere" (a must-see; "perdere" is a borrowed negative).
    [
      null,
      -3,
      [
        'porc[oa] (?:miseria|puttana|troia|vacca|cane|boia|zozza|giuda|mondo|dio|madonna|eva)', 'fa(?:nno|i|te)? (?:cagare|vomitare|ribrezzo)',
        'mi (?:fa|fanno|fate|fai) (?:incazzare|girare (?:le palle|i coglioni|le scatole))',
        '(?:mi|ci) (?:sono|son|siamo|hai|avete|ha|hanno) rott[oaie] (?:le palle|i coglioni|il cazzo|le scatole|il culo)',
        'testa di (?:cazzo|minchia)', '(?:va|vai|vada|vadano|andate) a (?:cagare|fare in culo|farti fottere|farvi fottere)',
        '(?:levati|levatevi|fuori) dalle palle', 'fuori dai coglioni', 'governo ladro', 'pres[oaie] per il culo', 'prend(?:ono|ete|e|i|ere) per il culo',
      ],
    ],
    [
      null,
      -2.5,
      [
        'che due palle', 'rottura di (?:palle|coglioni|scatole)', '(?:mi )?girano (?:le palle|i coglioni|le scatole)', 'fa(?:nno|i|te)? pena', 'che pena',
        'magna magna', 'siamo alla frutta', 'ma (?:stiamo|state|stai|sta|stanno) scherzando', 'ma scherziamo', 'senza (?:vergogna|dignità|ritegno|pudore)',
        'non (?:capisci|capite|capisce|capiscono) (?:un cazzo|una mazza|niente|nulla)', 'non (?:serve|servono|servirà) a (?:un cazzo|niente|nulla)',
        'non (?:vale|valgono) (?:un cazzo|niente|nulla)', '(?:mi )?cadono le braccia', 'fa acqua da tutte le parti', 'tempo (?:perso|sprecato)',
        'perdita di tempo', 'mancanza di rispetto', 'cuore spezzato',
      ],
    ],
    [
      null,
      -2,
      [
        "lascia(?:no|va)? (?:molto |parecchio |un po' )?a desiderare", "non (?:è |sono |era |erano )?all'altezza", 'roba da (?:matti|pazzi)',
        'non ha (?:alcun |nessun )?senso', 'poco (?:serio|seri|seria|serie|professionale|professionali)', 'non è (?:accettabile|tollerabile|ammissibile|serio|giusto)',
        '(?:chi|che) se ne frega', 'chissenefrega', 'non me ne frega (?:niente|nulla|un cazzo)', 'sta(?:i|te)? zitt[oaie]', 'andate a (?:quel paese|lavorare)',
        'annamo bene', 'non (?:ne )?vale la pena', 'che barba',
      ],
    ],
    [
      null,
      -1.5,
      [
        "per l'ennesima volta", 'ma per favore', 'la solita (?:storia|minestra|solfa)', 'basta con', '(?:ora|adesso) basta',
        "(?:c'è|mi viene|viene) da (?:piangere|vomitare)", 'che figura(?:ccia)?',
      ],
    ],
    // Shop talk, added 2026-11-23: product descriptions and order questions whose words are rated
    // negative alone ("spazzatura" the verdict, "tasse" the politics, "allarme" the news, Pattern's
    // "disturbo"), and the "if it doesn't fit" of a returns question.
    [
      null,
      0,
      [
        "(?:sacchett[oi]|sacch[io]|sacco|bidon[ei]|secchi[oe]?|cestin[oi]|pattumiera) (?:per la |per |della |dell[ae] )?spazzatura",
        '(?:tasse|iva) (?:doganali|di dogana|(?:sono |è )?(?:incluse|inclusa|compresa|comprese|escluse|esclusa))',
        "(?:kit|sistema|impianto|sirena|sensor[ei]|centralina|antifurto) (?:d'|di )?allarme", 'allarme antifurto',
        "scus(?:a|ate|i|ami|atemi) (?:per )?il disturbo", '(?:a )?manica lunga', '(?:a )?lunga durata',
        "se (?:\\p{L}+ ){0,3}non (?:mi |ti |gli |le |ci |vi )?(?:va|vanno|piace|piacciono|sta|stanno|convince|convincono)(?: bene)?",
      ],
    ],
    [null, 2, ['(?:ne )?vale la pena', "non vedo l'ora", 'sei (?:un|una) mit[oa]', 'siete (?:dei )?miti', 'da non perdere', 'alla grande', 'troppo forte', 'in bocca al lupo']],
  ],
});
