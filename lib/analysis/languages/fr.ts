/** French: a small hand-written list (our own, 2026-11). Elided forms (n'est, j'adore) are split. */
import type { PackSource } from '../pack.ts';

/**
 * Criticism, contempt and anger as posts voice them (our own list, 2026-11, written from general
 * French, not from any evaluation set): insults, political and news negativity, frustration, and
 * the praise words that balance them.
 * Together with the stems, idioms and modifier words added with it: negative F1 22.8 -> 34.7
 * (P/R 86.4/13.1 -> 73.3/22.8) on the shared half, `npm run eval`, 2026-11. Rounds that
 * lowered F1 there were dropped.
 */
const social: Record<string, number> = {
  connard: -3.2, connards: -3.2, conne: -2.8, connerie: -2.8, conneries: -2.8, abruti: -3, abrutis: -3, crétin: -3,
  crétins: -3, idiot: -2.8, idiote: -2.8, idiots: -2.8, imbécile: -3, imbéciles: -3, débile: -2.8, débiles: -2.8,
  stupide: -2.8, stupides: -2.8, bêtise: -2.2, salaud: -3, salauds: -3, salope: -3, putain: -2.5, bordel: -2.2,
  chier: -3, emmerde: -2.5, enfoiré: -3, enfoirés: -3, menteur: -2.8, menteurs: -2.8, menteuse: -2.8, mentir: -2.2,
  voleur: -3, voleurs: -3, corrompu: -2.8, corrompus: -2.8, corruption: -2.8, honteuse: -3, scandaleuse: -3,
  scandales: -3, indigne: -2.8, indignation: -2.5, révoltant: -3, révoltante: -3, écœurant: -3, ecoeurant: -3,
  dégueulasse: -3.2, degueulasse: -3.2, dégueu: -3, pathétique: -2.8, pathetique: -2.8, minable: -3, minables: -3,
  nullité: -2.8, pitoyable: -3, pitoyables: -3, ridicules: -2.2, grotesque: -2.5, absurde: -2.2, haine: -3,
  hais: -3, déteste: -3, détestable: -3, furieux: -2.8, furieuse: -2.8, rage: -2.5, énervant: -2.5, énerve: -2.5,
  agacé: -2.2, agaçant: -2.5, chiante: -2.2, relou: -2.2, pires: -3, horreur: -3, horribles: -3, atroce: -3,
  tristes: -2, tristesse: -2.5, malheureux: -2.5, malheureusement: -1.5, hélas: -1.8, helas: -1.8, échec: -2.5,
  echec: -2.5, échoué: -2.5, raté: -2.5, foiré: -2.8, désastre: -3, desastre: -3, désastreux: -3, chaos: -2.2,
  crise: -2, mort: -2.5, morts: -2.5, tué: -2.8, tués: -2.8, guerre: -2.5, attentat: -3, terrorisme: -3,
  terroriste: -3, violence: -2.8, menace: -2, danger: -2, inquiète: -1.8, inquiétude: -2, injuste: -2.5,
  injustice: -2.8, mépris: -2.8, méprisant: -2.8, arrogant: -2.5, arrogance: -2.5, incompétent: -2.8,
  incompétents: -2.8, incompétence: -2.8, manipulation: -2.2, propagande: -2.2, hypocrite: -2.8, hypocrites: -2.8,
  hypocrisie: -2.8, raciste: -3, racistes: -3, racisme: -2.8, facho: -3, fachos: -3, ennuyeux: -2, moche: -2.5,
  moches: -2.5, laid: -2.2, laide: -2.2, pourrie: -3, pourris: -3, merdique: -3.2, fuck: -3, décevants: -2.5,
  félicitations: 2.8, felicitations: 2.8, adorable: 2.8, géniaux: 3, excellents: 3.2, meilleur: 2.2, meilleure: 2.2,
  heureusement: 1.5, espoir: 1.8, victoire: 2.2, réussite: 2.5, réussi: 2.2, courage: 1.8, beauté: 2.2,
  chouette: 2.3, sublime: 3, superbe: 3, extraordinaire: 3, fantastique: 3, drôle: 1.8, sourire: 2, bonheur: 3,
  joie: 2.8, amour: 2.5, aimé: 2,
  lamentables: -2.8, magouille: -2.5, magouilles: -2.5, mensonger: -2.5, trahison: -3, traître: -3, traitre: -3,
  trahi: -2.8, bouffon: -2.8, bouffons: -2.8, guignol: -2.5, clown: -2.3, honteusement: -2.8, dégage: -2.5,
  triche: -2.5, tricheur: -2.8, catastrophes: -3, chômage: -2, misère: -2.8, pauvreté: -2, précarité: -2,
  souffrance: -2.5, souffre: -2.2, douleur: -2.2, pleurer: -2, pleure: -2, larmes: -1.8, déprimant: -2.8,
  déprime: -2.5, ennui: -1.8, fatigué: -1.5, fatiguée: -1.5, épuisé: -1.8, lassé: -2, dégoût: -2.8, beurk: -2.5,
  berk: -2.5, pfff: -1.8, pff: -1.8, grr: -2, argh: -2, naze: -2.5, nazes: -2.5, craint: -2.2, craignos: -2.5,
  foutu: -2.5, gâchis: -2.5, gaspillage: -2.5, inutiles: -2.5, insupportable: -3, intolérable: -3, choquant: -2.8,
  choqué: -2.5, choquée: -2.5, effrayant: -2.8, terrifiant: -3, catastrophiques: -3, médiocres: -2.5, mal: -2,
  emmerdes: -2.5, chiants: -2.2, saloperie: -3, pourriture: -3, ordure: -3, ordures: -3, racaille: -3, vermine: -3,
  indécent: -3, odieux: -3, odieuse: -3, ignoble: -3, infâme: -3, abject: -3, immonde: -3, lâche: -2.5, lâches: -2.5,
  cons: -2.5, con: -2.5, merdes: -3.2, bisous: 1.8, joyeux: 2.5, joyeuse: 2.5, vive: 1.5, magnifiques: 3,
  belles: 2.2, beaux: 2.2,
  déçoit: -2.5, décevoir: -2.5, déçus: -2.5, déçues: -2.5, mentent: -2.8, volent: -2.2, tuer: -2.8, meurt: -2.2,
  mourir: -2.2, crève: -2.5, crever: -2.5, haïr: -3, détestent: -3, méprise: -2.8, lamentablement: -2.8,
  ridiculement: -2, affreusement: -2.5, horriblement: -2.8, incapable: -2.5, incapables: -2.5, irresponsable: -2.8,
  irresponsables: -2.8, folie: -2, pourrir: -2.5, pourrit: -2.5, massacre: -3, humiliation: -2.8, humiliant: -2.8,
  insulte: -2.5, insultes: -2.5, mépriser: -2.8, dictature: -2.8, dictateur: -2.8, censure: -2.2, gaspille: -2.5,
  inquiétante: -2, sinistre: -2.5, déplorables: -3, décevantes: -2.5, nullissime: -3, fumiste: -2.8, fumistes: -2.8,
  escrocs: -3, voyou: -2.8, voyous: -2.8, tarés: -3, taré: -3, malade: -1.5, peste: -2.5, fléau: -2.8, souci: -1.2,
  soucis: -1.2, angoisse: -2.5, stress: -1.8, stressé: -2, énervée: -2.5, énervés: -2.5, agacée: -2.2, furax: -2.8,
  vénère: -2.5, véner: -2.5, chelou: -1.2, glauque: -2.5, flippant: -2.2, génialement: 3, merveilleusement: 3,
  parfaitement: 2, formidablement: 3, adorent: 2.8, aimons: 2, contents: 2.3, ravis: 2.8, bienvenue: 1.8, youpi: 2.5,
  chanceux: 2.2,
  difficile: -1.2, compliqué: -1.2, pénible: -2.2, lourd: -1, gênant: -2, malaise: -2, regrette: -1.8, regret: -1.8,
  faute: -1.5, erreur: -1.5, erreurs: -1.5, fail: -2, bouffonnerie: -2.8, mascarade: -2.8, imposture: -2.8,
  imposteur: -2.8, trahit: -2.8, casseurs: -2.5, émeutes: -2.5, violences: -2.8, agression: -2.8, agressé: -2.5,
  viol: -3, harcèlement: -2.8, abus: -2.5, scandalisé: -2.8, outré: -2.5, outrée: -2.5, atterré: -2.5,
  consterné: -2.5, consternant: -2.8, affligeant: -2.8, navrant: -2.5, désolant: -2.5, accablant: -2.5,
  misérable: -3, bâclé: -2.5, sale: -2, sales: -2, cruel: -3, cruauté: -3, égoïste: -2.3, méchant: -2.5,
  méchante: -2.5, méchants: -2.5, drame: -2.5, tragédie: -3, tragique: -2.8,
  discrimination: -2.5, sexisme: -2.5, sexiste: -2.8, homophobe: -2.8, homophobie: -2.5, xénophobe: -2.8,
  antisémite: -2.8, extrémiste: -2.5, extrémistes: -2.5, fasciste: -2.8, fascistes: -2.8, nazi: -3, populiste: -2,
  démago: -2.2, démagogie: -2.2, démagogue: -2.2, enfumage: -2.5, arnaques: -3, nuisible: -2.5,
  fatigant: -2, épuisant: -2.2, saoulant: -2.2, emmerdant: -2.5, emmerdeur: -2.5, galères: -2, galérer: -2,
  pourave: -2.5, bidon: -2.2, foireux: -2.5, bancal: -2, merdier: -3, jpp: -1.8, tg: -2.8, fdp: -3.2, ntm: -3.2,
  batard: -3, bâtard: -3, bâtards: -3, enculé: -3.5, enculés: -3.5, cassos: -2.8, beauf: -2.2, bolos: -2.2,
  boloss: -2.2, gogol: -2.8, teubé: -2.5,
};

/**
 * Borrowed words that are false friends in French, overridden (added 2026-11-23, from knowledge of
 * the language, not from any evaluation set). The borrowed lists (afinn-translated.ts,
 * borrowed-negatives.ts) are machine translations and Pattern/AFINN-fr entries: "final", "mode",
 * "simple", "dernier", "seul", "attention", "phrase", "nuit" (night; rated as a form of "nuire"),
 * "prête" (ready), "privé" (private), "réduit" (a reduced price) and "coq" (rooster) were all
 * negative. A 0 keeps the word known and neutral, so the borrowed value is never read. Negative
 * F1 on the shared research half (`/tmp/diag/f1.mts`, 2026-11-23): fr 61.1 -> 64.2 with the
 * first list, 64.9 with the second (défi, réductions, vanter...). Zeroing "lutte" and "contre"
 * (as in "la lutte contre") was tried and dropped: F1 -1.1.
 */
const neutralized: Record<string, number> = {
  coq: 0, queue: 0, musaraigne: 0, râpé: 0, bourré: 0, attention: 0, blanchir: 0, couvrir: 0, devin: 0, rebond: 0,
  retrait: 0, desserre: 0, fascines: 0, follement: 0, douche: 0, male: 0, males: 0, chargé: 0, chargée: 0,
  charges: 0, écrous: 0, auteur: 0, auteurs: 0, barrière: 0, bosse: 0, calorifugeage: 0, cuisson: 0, croisé: 0,
  croisée: 0, croisées: 0, croisés: 0, encens: 0, encensement: 0, exploitant: 0, feu: 0, final: 0, finale: 0,
  finales: 0, finaux: 0, hall: 0, mode: 0, phrase: 0, phrases: 0, robe: 0, robed: 0, robing: 0, seins: 0, selfs: 0,
  simple: 0, simplifie: 0, simplifier: 0, simplification: 0, simplificatrice: 0, souligné: 0, stalle: 0,
  stabulation: 0, surpris: 0, tard: 0, vissé: 0, vissée: 0, vol: 0, croire: 0, défense: 0, espérons: 0, long: 0,
  longs: 0, longue: 0, longues: 0, maquette: 0, sens: 0, tir: 0, tiré: 0, tirer: 0, tombe: 0, tombé: 0, tombant: 0,
  vague: 0, vagues: 0, dernier: 0, derniers: 0, dernière: 0, dernières: 0, rond: 0, ronde: 0, rondes: 0, ronds: 0,
  animal: 0, animale: 0, animales: 0, cru: 0, crue: 0, crues: 0, crus: 0, plat: 0, plate: 0, plates: 0, plats: 0,
  fermé: 0, fermée: 0, fermées: 0, fermés: 0, aventureux: 0, aventureuse: 0, aventureuses: 0, corps: 0, demande: 0,
  demandes: 0, attend: 0, attendre: 0, attendu: 0, payer: 0, plateforme: 0, clair: 0, composé: 0, composer: 0,
  convaincu: 0, porté: 0, laisser: 0, jeter: 0, jetez: 0, coupe: 0, coupes: 0, couper: 0, cache: 0,
  cachette: 0, brut: 0, foule: 0, silence: 0, sec: 0, secs: 0, sèche: 0, sèches: 0, report: 0, reporte: 0,
  reporter: 0, reporté: 0, repaires: 0, tissés: 0, gréé: 0, caleçon: 0, peaux: 0, urgent: 0, verdict: 0,
  verdicts: 0, pardon: 0, excuse: 0, excuses: 0, limites: 0, limité: 0, obligatoire: 0, manifestation: 0,
  manifestants: 0, concurrent: 0, désir: 0, envies: 0, conservé: 0, démonstration: 0,
  déposer: 0, retirer: 0, glisser: 0, questionnement: 0, semblant: 0, prudents: 0, ax: 0, bloc: 0, blocs: 0,
  décharges: 0, exposant: 0, exposée: 0, expose: 0, exposer: 0, exposé: 0, concassage: 0, confectionnés: 0, tapi: 0,
  admet: 0, admettre: 0, admis: 0, actualisés: 0, glacé: 0, glacée: 0, glacées: 0, glacés: 0, gris: 0, hache: 0,
  imposant: 0, pensif: 0, soutenant: 0, retenu: 0, détaché: 0, exigeant: 0, nuit: 0, seul: 0, gag: 0,
  commémoratifs: 0, concerné: 0, creuse: 0, creuses: 0, creux: 0, denier: 0, deniers: 0, détenir: 0, effacer: 0,
  encaissement: 0, enflammé: 0, fumant: 0, impair: 0, incenses: 0, inférieur: 0, inférieure: 0, inférieures: 0,
  inférieurs: 0, jure: 0, jurer: 0, mortel: 0, peine: 0, prête: 0, privé: 0, protestant: 0, saisie: 0, saisies: 0,
  solennel: 0, solennelle: 0, solennelles: 0, solennels: 0, abstraction: 0, alésage: 0, assermentation: 0,
  enfantin: 0, prévenu: 0, réduit: 0, slash: 0, hésitez: 0, froid: 0, froide: 0, froides: 0, froids: 0, gras: 0,
  grasse: 0, grasses: 0, imparable: 0, imparables: 0, malin: 0, maligne: 0, malins: 0, malignes: 0, pressé: 0,
  pressée: 0, pressées: 0, pressés: 0, prolétarien: 0, prolétarienne: 0, prolétariennes: 0, prolétariens: 0,
  roturier: 0, roturière: 0, moucheté: 0, mouchetée: 0, mouchetées: 0, mouchetés: 0, insolite: 0, insolites: 0,
  impatient: 0, impatiente: 0, impatientes: 0, impatients: 0, battre: 0, averti: 0, aie: 0, brèche: 0,
  défi: 0, désert: 0, enlevé: 0, enlevés: 0, handicapées: 0, réduire: 0, réductions: 0, vanter: 0, vantant: 0,
  vanté: 0, redoutable: 0, redoutables: 0, prévention: 0, prévenir: 0, invendu: 0,
  // Kept with a value nearer their French use: praise words ("un exploit", "très professionnel",
  // "chic", "jouissif", "séduit", "impressionné", "immanquable"), and vulgar or strong words that
  // have a common milder sense ("d'enfer" is praise, "se tromper" is to be mistaken, "navré" is
  // sorry, "chatte" and "chienne" are also the animals).
  exploit: 1.5, exploits: 1.5, professionnel: 1.5, chic: 1.5, chics: 1.5, jouissif: 2, jouissive: 2, jouissifs: 2,
  jouissives: 2, séduit: 2, impressionné: 1.5, immanquable: 1.5, immanquables: 1.5, cul: -2, enfer: -2, âne: -1,
  chatte: -1.5, chienne: -2.5, chiennes: -2.5, perte: -1.5, trompe: -1.5, tromper: -1.5, trompé: -1.5, navré: -1.2,
};

/**
 * Shop talk, added 2026-11-23: everyday words borrowed lists rate negative, found by an audit of
 * our own order, delivery, payment and returns messages (tests/unit/analysis/shop-talk-de-fr-ar.test.ts).
 * "annuler" (to cancel: "je souhaiterais annuler ma commande") and "annulation" are -1 in the
 * translation and -0.8 in AFINN-fr; "arrêt" (stop, off: "arrêt automatique") is -1. The forms
 * that report a cancellation ("annulé", "annulée") keep their borrowed value. With the shop-talk
 * phrases below, negative F1 on the shared half stayed at 64.9 (`/tmp/diag/f1.mts`, 2026-11-23).
 */
const shopTalk: Record<string, number> = {
  annuler: 0, annulation: 0, arrêt: 0,
};

/**
 * General vocabulary, added 2026-11-23, general vocabulary written from knowledge of the language,
 * not from any evaluation set: words people use on X and in reviews that neither the lists above
 * nor the borrowed lists knew, or knew with a value far off. Base forms only: `inflections` and
 * `foldAccents` find "connasses", "emmerdée", "faineant". Groups were added one at a time and a
 * group that lowered negative F1 on the shared research half was dropped (none did; the idiom
 * "au secours", mostly a joke on X, was). Measured alone, these words and the idioms added with
 * them left fr F1 where it was (64.2): they are for what posts say, not for that set.
 */
const general: Record<string, number> = {
  // Insults and contempt, including verlan and banlieue slang ("relou" and "chelou" are above):
  // "tocard", "baltringue" (a loser), "crevard" (a scrounger), "mytho" (a liar), "zebi".
  crevard: -2.5, connasse: -3.2, pétasse: -3, pouffiasse: -3, pute: -3, salopard: -3, raclure: -3, charogne: -3,
  crevure: -3, trouduc: -3, merdeux: -2.8, chieur: -2.5, chieuse: -2.5, emmerdeuse: -2.5, emmerder: -2.5,
  emmerdé: -2.5, crétine: -3, abrutie: -3, nigaud: -2, niais: -1.8, neuneu: -2.5, couillon: -2.5,
  couillonnade: -2.5, baltringue: -2.5, tocard: -2.5, loser: -2.5, looser: -2.5, nullos: -2.5, débilos: -2.8,
  glandeur: -2.2, feignasse: -2.5, fainéant: -2.5, parasite: -2.5, sangsue: -2.5, arnaqueur: -3, mytho: -2.5,
  mythomane: -2.8, baratin: -2, baratineur: -2.5, charlatan: -2.8, truand: -2.8, crapule: -3,
  ripoux: -2.8, collabo: -2.8, enculer: -3.5, nique: -3, niquer: -3, niqué: -2.5, zebi: -2.5,
  ptn: -2.5, ptin: -2.5, vnr: -2.5, gonflant: -2.2, soûlant: -2.2, gavant: -2.2, blasé: -1.5,
  // Shoddy goods and nonsense: "bouse", "camelote", "pacotille", "pipeau" (hot air), "nanar" (a bad film).
  chiottes: -2, bouse: -2.5, camelote: -2.8, pacotille: -2.5, merdouille: -2.5, caca: -2, nanar: -1.5, pipeau: -2.2,
  foutaise: -2.5, foutaises: -2.5,
  // Complaining, crying, being fed up: verbs and their nouns ("râler", "chialer", "rouspéter"),
  // interjections ("aïe", "snif", "ouin" = boo-hoo), "invivable", "calvaire", "cauchemar".
  râler: -1.8, râle: -1.8, râlent: -1.8, râleur: -1.8, plains: -1.5, gueuler: -2, chialer: -2, chiale: -2,
  pleurnicher: -2, pleurnichard: -2.2, pleurent: -2, pleurait: -2, pleurais: -2, geindre: -1.8, rouspéter: -1.8,
  pester: -1.8, fatiguant: -2, lassant: -2, lassitude: -1.8, overdose: -1.5, grrr: -2, aïe: -1.5, ouch: -1.5,
  snif: -1.5, sniff: -1.5, ouin: -1.5, bouh: -1.5, emmerdement: -2.5, embêtant: -2, embête: -2, embêter: -2,
  crispant: -2.2, horripilant: -2.8, invivable: -2.8, cauchemardesque: -3, calvaire: -2.5, plaie: -2,
  haïssent: -3, haineux: -2.5, gerbant: -3, gerber: -2.5,
  // Sadness, fear and anger.
  tristement: -2, sangloter: -2.2, solitude: -1.2, anéanti: -2.8, dévasté: -2.8, sidéré: -1.8,
  apeuré: -2.2, flippe: -2, flippé: -2, trouille: -2, frousse: -2, alarmant: -2.3, préoccupant: -2, préoccupé: -1.5,
  rageant: -2.5, rager: -2, rageux: -2.2, ulcéré: -2.5, souffrent: -2.2, larme: -1.8, stressant: -2, angoissant: -2.5,
  // Politics: contempt for the powerful and their ways ("gabegie" = waste, "larbin" = flunkey,
  // "chienlit" = chaos, "bérézina" = rout, "ripoux" above), and the failings posts accuse them of.
  détournement: -2, gabegie: -2.8, laxisme: -2.5, laxiste: -2.5, ensauvagement: -2.5, répression: -2.5,
  lâcheté: -2.8, pantin: -2, larbin: -2.5, laquais: -2.5, populisme: -1.8, dérive: -2, dérapage: -2,
  bavure: -2.8, impunité: -2.5, inconstitutionnel: -2, déni: -2, déclin: -2, déchéance: -2.5, décadence: -2.5,
  naufrage: -2.8, débâcle: -2.8, bérézina: -2.5, bordélique: -2.2, chienlit: -2.5, magouilleur: -2.8, truqué: -2.5,
  menteries: -2.5, enfumeur: -2.5, amateurisme: -2.5, racket: -2.5, spoliation: -2.5, xénophobie: -2.5,
  fascisme: -2.5, nazisme: -2.8, extrémisme: -2.5, antisémitisme: -2.8, islamophobe: -2.8, complotiste: -2.2,
  conspirationniste: -2.2, négationniste: -2.8, fachiste: -2.8, mafieux: -2.8, mafia: -2.5,
  // News of crime and war as posts react to it.
  assassiné: -3, assassin: -3, tuerie: -3, carnage: -3, génocide: -3, féminicide: -3, bombardement: -2.5,
  otage: -2.2, harceleur: -2.8, pédophile: -3, pédophilie: -3, pédocriminel: -3, pédocriminalité: -3, inceste: -3,
  licenciement: -2, inflation: -1.5,
  // Reviews: goods that fail, buyers who feel cheated ("pigeonné", "entubé"), verdicts
  // ("fuyez", "surfait"), spellings without the circumflex ("abimé").
  inutilisable: -3, cheap: -1.8, décollé: -1.5, dysfonctionne: -2.2, buggé: -2, bugué: -2, bugue: -2, beugue: -2,
  lenteur: -1.8, passable: -1, fuyez: -3, évitez: -2.5, arnaqué: -3, escroqué: -3, pigeonné: -2.5,
  entubé: -2.8, rouillé: -1.8, pourrave: -2.5, abimé: -2, taché: -1.8, troué: -2, délavé: -1.5, bouloche: -1.5,
  bouloché: -1.5, périmé: -2.2, immangeable: -3, imbuvable: -3, infect: -2.8, crashé: -2, surcoté: -1.8,
  surfait: -1.8, surévalué: -1.8, remboursez: -2, pigeonner: -2.5, arnaquer: -2.8, entuber: -2.8, gruger: -2.5,
  grugé: -2.5,
  // Praise, so that mixed posts are weighed both ways: slang ("kiffer", "stylé", "une pépite"),
  // food, people and service ("serviable", "réactif"), and the verdicts of reviews ("irréprochable").
  kiffe: 2.5, kiff: 2.5, kiffer: 2.5, kiffé: 2.5, stylé: 2.2, bluffant: 2.5, épatant: 2.5, génialissime: 3.2,
  magique: 2.5, régal: 2.8, délicieux: 2.8, succulent: 2.8, savoureux: 2.5, exquis: 2.8, exceptionnel: 3,
  remarquable: 2.5, admirable: 2.8, splendide: 3, somptueux: 2.8, ravissant: 2.5, charmant: 2.2, mignon: 2,
  craquant: 2, sympathique: 2, chaleureux: 2.2, accueillant: 2, serviable: 2, aimable: 2, gentil: 2,
  attentionné: 2.2, réactif: 2, soigné: 1.8, robuste: 1.5, fiable: 2, performant: 2, enchanté: 2.5, comblé: 2.5,
  épanoui: 2.2, fierté: 2.2, bienveillant: 2, bienveillance: 2, remercie: 2, remercier: 1.8, gratitude: 2.2,
  reconnaissant: 2.2, félicite: 2.5, adoré: 3, adorer: 3, aimer: 2, apprécie: 2, apprécié: 2, recommandé: 2.2,
  satisfaisant: 2, satisfaction: 2.2, fun: 2, marrant: 2, rigolo: 1.8, hilarant: 2.5, idéal: 2.2,
  agréablement: 2, pépite: 2.5, irréprochable: 3,
  // Everyday moods of posts: "la flemme" (can't be bothered), "le seum" (gutted, bitter), "la hess"
  // (being broke), "crevé" (worn out), "le cafard" (the blues), "cringe", "miskine" (poor thing),
  // smells ("ça pue", "schlinguer"), indignation ("aberrant") and things ruined ("bousillé").
  flemme: -1.5, seum: -2.5, hess: -2, zbeul: -2, crevé: -1.8, cafard: -1.8, morose: -1.8, cringe: -2, bad: -1.8,
  miskine: -1.2, condoléances: -1.5, pue: -2.5, puent: -2.5, schlingue: -2.5, crade: -2.5, cradingue: -2.5,
  crado: -2.5, chiasse: -2.5, ment: -2.2, mentez: -2.5, mentait: -2.2, hurler: -1.5, craindre: -1.5, crains: -1.5,
  soûle: -2.2, effroi: -2.5, épouvante: -2.5, aberrant: -2.5, aberration: -2.5, ahurissant: -1.8, sidérant: -2,
  irrespectueux: -2.5, malpoli: -2.2, condescendant: -2.2, prétentieux: -2, narcissique: -2, égocentrique: -2,
  loupé: -2, gâché: -2.5, bousillé: -2.5, flingué: -2, massacré: -2.5, saccagé: -2.5,
  impec: 2.5, talentueux: 2.5, brillant: 2.5, chance: 1.5, câlin: 1.5, hâte: 1.2,
  // Quebec swears ("tabarnak", "câlisse", "crisse", "osti"), Quebec "ennuyant" (boring), the
  // sceptical "mouais"; political charges ("liberticide", "voyoucratie", "incurie" = neglect);
  // defeat in sport ("éliminé", "une raclée").
  tabarnak: -2.5, tabarnac: -2.5, câlisse: -2.5, calisse: -2.5, crisse: -2.5, osti: -2.5, esti: -2.5, mouais: -1,
  ennuyant: -2, antidémocratique: -2.5, liberticide: -2.5, autoritarisme: -2.5, démocrature: -2.5,
  voyoucratie: -2.8, incurie: -2.5, indécence: -2.8, obscurantisme: -2.2, intolérance: -2.2, éliminé: -1.8,
  élimination: -1.8, raclée: -2.2, déculottée: -2.5, relégation: -2, relégué: -2, tricherie: -2.5,
};

/**
 * Gender and number forms that the borrowed lists rate apart from the masculine singular listed
 * above (added 2026-11-23): an exact borrowed word wins over `inflections`, so "malheureuse" read
 * -1.2 beside "malheureux" -2.5 and "agaçante" -1 beside "agaçant" -2.5. Each takes its base's value.
 */
const agreement: Record<string, number> = {
  angoissante: -2.5, arrogante: -2.5, atterrés: -2.5, choquante: -2.8, déprimante: -2.8, enflammée: 0, indignes: -2.8,
  insatisfaite: -2.5, échecs: -2.5, détachée: 0, dégoûtante: -3, ratés: -2.5, tragédies: -3, misérables: -3,
  pathétiques: -2.8, difficiles: -1.2, intolérables: -3, furieuses: -2.8, dégoûtantes: -3, dégoûtants: -3, cruels: -3,
  foutue: -2.5, foutues: -2.5, foutus: -2.5, honteuses: -3, injustes: -2.5, méchantes: -2.5, ratée: -2.5,
  tragiques: -2.8, haineuse: -2.5, haineuses: -2.5, insatisfaites: -2.5, insatisfaits: -2.5, malheureuse: -2.5,
  malheureuses: -2.5, abruties: -3, angoissantes: -2.5, angoissants: -2.5, agaçante: -2.5, agaçantes: -2.5,
  emmerdante: -2.5, emmerdantes: -2.5, emmerdants: -2.5, mensongers: -2.5, ratées: -2.5, agaçants: -2.5,
  cruelle: -3, cruelles: -3, mensongère: -2.5, mensongères: -2.5,
};

/** The pack's source, built when the pack is first compiled (languages/index.ts), not when the worker
 * evaluates its modules: spreading these large word lists costs most of a cold start otherwise. */
export const fr = (): PackSource => ({
  lang: 'fr',
  elision: true,
  words: {
    ...neutralized,
    ...agreement,
    ...social,
    ...general,
    ...shopTalk,
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
  stems: {
    // Inflected criticism: one stem covers masculine, feminine, plural and derived forms.
    catastroph: -3, magnifiqu: 3, merveill: 3.2, décevan: -2.5, scandal: -3, lamentabl: -2.8, inadmissibl: -3,
    honteu: -3, ridicul: -2.2, menteu: -2.8, corromp: -2.8, stupid: -2.8, incompéten: -2.8, désastr: -3,
    injust: -2.5, pitoyabl: -3, pathéti: -2.8, minabl: -3, dégueul: -3.2, dégoût: -2.8, écœur: -3, détest: -3,
    hypocri: -2.8, imbécil: -3, crétin: -3, connard: -3.2, enfoir: -3, inaccept: -3, insupport: -3, horribl: -3,
    affreu: -3, atroc: -3, révolt: -2.5, indign: -2.5, énerv: -2.5, déprim: -2.5, décev: -2.5, insult: -2.5,
    humili: -2.8,
    // Added 2026-11-23 (general vocabulary, see `general`): prefixes no neutral word shares.
    cauchemar: -2.5, traumat: -2.8, horripil: -2.8, exaspér: -2.5, angoiss: -2.5, dépress: -2.5, sanglot: -2.2,
    souffr: -2.2, haïss: -3, pleurn: -2, chial: -2, emmerd: -2.5, rouspét: -1.8,
  },
  // Gender and number onto the listed form: nulles -> nul, déçues -> déçu, affreuses -> affreux, abusives -> abusif,
  // criminelles -> criminel.
  foldAccents: true,
  inflections: [
    ['euses', 'eux'], ['euse', 'eux'], ['ives', 'if'], ['ive', 'if'], ['lles', 'l'], ['lle', 'l'], ['aux', 'al'],
    // Added 2026-11-23: "menteuse", "râleuse" -> -eur; "mignonne" -> mignon; "mensongère" -> mensonger.
    // (The rule above was ['le', 'l'], which made "criminelle" "criminell": 'lle' was meant.)
    ['euses', 'eur'], ['euse', 'eur'], ['nnes', 'n'], ['nne', 'n'], ['ères', 'er'], ['ère', 'er'],
    ['es', ''], ['e', ''], ['s', ''],
  ],
  negators: ['ne', "n'", 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'ni', 'guère'],
  ratedBoosters: ['bien'],
  boosters: ['très', 'trop', 'vraiment', 'extrêmement', 'totalement', 'complètement', 'super', 'hyper', 'tellement', 'si', 'absolument', 'franchement', 'vachement', 'carrément', 'ultra', 'archi', 'grave', 'profondément'],
  dampeners: ['peu', 'assez', 'légèrement', 'plutôt'],
  contrast: ['mais', 'cependant', 'pourtant', 'toutefois', 'néanmoins'],
  conjunctions: ['et', 'ou', 'puis', 'car', 'donc', 'parce'],
  phrases: [
    // Something that does not work: the product, unless its stretch names another subject ("le
    // lien ne fonctionne pas"; complaint.ts).
    [
      'damaged',
      -2.5,
      ["(?:ne |n')?(?:fonctionne|marche|s'allume|charge|démarre|fonctionnait|marchait|fonctionnent|marchent) (?:\\p{L}+ )?(?:pas|plus|jamais)"],
      { generic: true },
    ],
    [
      'damaged',
      -2.5,
      [
        '(?:tombée?|est) en panne', 'en panne', 'hors service', 'arrivée? (?:cassée?|endommagée?|abîmée?|défectueux|défectueuse)',
        'défectueu(?:x|se|ses)', 'de (?:très )?mauvaise qualité', 'qualité (?:médiocre|déplorable)',
      ],
    ],
    ['damaged', -2, ['cassée?s?', 'endommagée?s?', 'abîmée?s?', 'rayée?s?'], { negatable: true }],
    // Faults and wear told by what they look or sound like (a negator cancels: "aucune rayure").
    [
      'damaged',
      -2,
      [
        "s'(?:arrête|éteint|arrêtent|éteignent) (?:tout seul|toute seule|tous seuls|sans arrêt|régulièrement|au bout)", 'plante(?:nt)? (?:sans arrêt|tout le temps|régulièrement|souvent)',
        'grésill\\p{L}*', 'crépit\\p{L}*', 'clignot\\p{L}*', 'grésille', 'pixels? morts?', 'écran noir', 'inutilisable', 'fissurée?s?', 'fêlée?s?', 'cabossée?s?', 'enfoncée?s?', 'tordue?s?',
        'déchirée?s?', 'décousue?s?', 'décollée?s?', 'rouillée?s?', 'mouillée?s?', 'trempée?s?', 'rayures?', 'fissures?', 'bosses?', 'fuit', 'fuite', "(?:se )?(?:décolle|découd|casse|fissure|déchire)(?:nt)?",
        "la batterie (?:ne )?(?:tient|dure) (?:\\p{L}+ ){0,3}(?:pas|plus|rien|que|qu'une)",
      ],
      { negatable: true },
    ],
    // Something that never came: the order, unless its stretch names another subject ("le code de
    // vérification n'arrive jamais", "j'attends toujours mon remboursement"; complaint.ts).
    [
      'delivery',
      -2.5,
      [
        'jamais (?:reçue?|arrivée?|livrée?)', "(?:pas|toujours pas|rien) (?:été )?(?:reçue?|livrée?)", 'non (?:reçue?|livrée?)',
        "(?:n')?(?:arrive|arrivent|est arrivée?|sont arrivée?s) (?:\\p{L}+ )?(?:jamais|pas|toujours pas)", "j'attends toujours", 'toujours en attente', "j'attends (?:\\p{L}+ ){0,2}depuis",
      ],
      { generic: true },
    ],
    [
      'delivery',
      -2.5,
      [
        "(?:colis|commande) (?:perdue?|égarée?|volée?|jamais arrivée?|n'est jamais arrivée?)", 'livraison (?:en retard|retardée)',
        'en retard', 'retard de livraison', 'mauvais(?:e)? (?:article|produit|taille|couleur|colis|modèle)',
        'pièces? manquantes?', 'il manque', 'où est mon (?:colis|paquet|commande)', 'où est ma commande',
      ],
    ],
    // Stuck parcels, "delivered" that never was, left with the neighbour, boxes short of the order,
    // and the wrong thing sent.
    [
      'delivery',
      -2.2,
      [
        '(?:bloquée?|coincée?|immobilisée?|retenue?) (?:\\p{L}+ ){0,3}(?:au|à la|en|dans le|chez) (?:centre de tri|douane|dépôt|entrepôt|plateforme|agence)', 'ne bouge (?:pas|plus)',
        '(?:suivi|tracking) (?:\\p{L}+ ){0,3}(?:bloqué|pas à jour|ne bouge|n\'avance|inexistant)', 'aucune? (?:nouvelles?|suivi|mise à jour|information)',
        '(?:marquée?|indiquée?|noté|affiché|signalée?) (?:comme )?livrée?', 'livrée? chez (?:le|la|un|une|mes) voisin', 'déposée? (?:\\p{L}+ ){0,2}(?:sans prévenir|n\'importe où|devant)', 'avis de passage',
        'colis vide', 'carton vide', 'incomplète?', 'manqu(?:e|ent|ait|aient) (?:\\d+|une?|deux|trois|la moitié|des|plusieurs)',
        "(?:rien à voir|aucun rapport) avec (?:ma|la) commande", "(?:reçu|envoyé|livré) (?:\\p{L}+ ){0,2}(?:un autre|une autre|le mauvais|la mauvaise)", "ce n'est pas (?:ce que|le produit que) j'ai commandé",
        "(?:pas (?:encore |toujours )?|toujours pas |jamais )(?:été )?(?:expédiée?s?|envoyée?s?|partie?s?)", "(?:n'a|a|n'ont|ont) (?:même )?pas sonné",
        "j'étais (?:\\p{L}+ ){0,2}(?:chez moi|à la maison)", "retournée? à l'expéditeur", '(?:devait|devaient|aurait dû|était censée?) (?:\\p{L}+ )?(?:arriver|être livrée?s?)',
      ],
    ],
    // Delivery words are topics: they name the category beside a complaint.
    ['delivery', 0, ['colis', 'livraisons?', 'livreur(?:se)?s?', 'transporteur', 'suivi', 'expédition', 'chronopost', 'colissimo', 'la poste', 'mondial relay', 'dhl', 'ups']],
    ['refund', -1.2, ['rembours(?:é|ée|er)', 'retourné', 'renvoyé', 'récupérer mon argent', '(?:je veux|rendez-moi|rendre) (?:\\p{L}+ )?mon argent']],
    // Money not back, returns refused, double charges (the buyer wants money back).
    [
      'refund',
      -2.5,
      [
        "(?:toujours pas|jamais|pas encore|pas été) remboursée?", '(?:refuse|refusent|refusé|a refusé|ont refusé) (?:\\p{L}+ ){0,2}(?:de me |le |mon )?rembourse(?:r|ment)',
        '(?:retour|échange|remboursement) (?:\\p{L}+ )?(?:refusée?|rejetée?)', '(?:prélevée?|débitée?|facturée?) (?:\\p{L}+ ){0,2}(?:deux fois|2 fois|en double)', 'double (?:prélèvement|débit|facturation)',
        '(?:prélevée?|débitée?|facturée?) (?:\\p{L}+ ){0,2}(?:après|malgré) (?:la |mon )?résiliation',
      ],
    ],
    // Shop talk, added 2026-11-23: "remboursement" names the process, as "service client" does:
    // the agent's "votre remboursement a été effectué" is no complaint; beside one ("remboursement
    // jamais reçu") it still names the refund category.
    // A refund refused ("pas de remboursement", "remboursement refusé") is a complaint of its own.
    ['refund', 0, ['remboursements?', 'retours?']],
    ['refund', -2, ["(?:pas de|aucun|sans|refus de|refusent le|refusé le|refuse le) remboursement", 'remboursement (?:refusé|impossible)']],
    [
      'safety',
      -3,
      [
        'pris feu', 'prend feu', 'brûlée?', 'brûlure', 'surchauffe', 'fumée', 'explosée?', 'dangereu(?:x|se)', 'électrocut\\p{L}*',
        'étincelles', 'fondue?', 'réaction allergique', 'rappel', 'toxique', 'moisie?',
        // Scorching, swollen batteries, skin reactions, food that makes people ill, trips to a doctor.
        'brûlante?', 'sent le (?:brûlé|cramé)', 'odeur de (?:brûlé|cramé|plastique fondu)', 'cramée?', 'batterie (?:a )?(?:gonflée?|gonflé)', 'gonflement de la batterie',
        'éruption', 'boutons', 'démangeaisons?', 'ça gratte', 'rougeurs?', 'irritations?', 'irritée?', 'eczéma', 'urticaire', 'plaques rouges', 'allergie',
        'intoxication', 'malade', 'vomi\\p{L}*', 'diarrhée', 'mal au ventre', 'périmée?s?', 'urgences', "(?:à l'hôpital|chez le médecin|chez le dermato(?:logue)?|aux urgences)",
      ],
    ],
    [
      'account',
      -2,
      [
        'compte (?:\\p{L}+ ){0,2}(?:bloqué|piraté|suspendu|fermé|désactivé|hacké)', 'impossible de (?:me |se )?(?:connecter|reconnecter)', "impossible d'accéder (?:à|a) mon compte", 'prélèvements? non autorisés?',
        "(?:piraté|hacké|bloqué|suspendu|fermé) (?:\\p{L}+ )?mon compte", "quelqu'un a (?:\\p{L}+ ){0,2}(?:changé mon mot de passe|accédé|utilisé mon compte|commandé avec|piraté)",
        "commandes? que je n'ai (?:pas|jamais) (?:passée?s?|faite?s?)",
      ],
    ],
    // "Mot de passe oublié" is the login page's own link, not a complaint (shop talk, 2026-11-23).
    ['account', 0, ['compte', 'mot de passe', 'abonnement', 'code de (?:vérification|sécurité|confirmation)', 'identifiants?', 'connexion', "(?:mot de passe|identifiant|code pin) oublié", "oublié (?:mon|le|votre|son) (?:mot de passe|identifiant|code pin)"]],
    // Product descriptions: "non" before a neutral participle or adjective is a prefix, not a
    // refusal ("non testé sur les animaux", "non toxique", "photos non contractuelles"). "non
    // conforme" and "non reçu" (the delivery phrase above) stay complaints. Shop talk, 2026-11-23.
    [
      null,
      0,
      [
        'non(?:-| )(?:testée?s?|toxiques?|incluse?s?|compris(?:es?)?|contractuel(?:le)?s?|remboursables?|ouverte?s?|utilisée?s?|portée?s?|lavée?s?|grasse?s?|gras|parfumée?s?|allergisante?s?|irritante?s?|polluante?s?|stop)',
      ],
    ],
    [
      'service',
      -2.2,
      [
        'aucune réponse', 'pas de réponse', 'sans réponse', 'personne ne (?:répond|m\'aide|rappelle|décroche)', 'ne répond(?:ent)? (?:pas|jamais|à aucun)', 'injoignable', 'impolie?',
        'réponses? automatiques?', 'messages? automatiques?', 'réponses? (?:type|toute faite|toutes faites|copiée?-collée?)', 'jamais (?:un|une|d\'?) (?:humain|personne)',
        '(?:raccroché|raccroche|raccrochent) au nez', 'on me raccroche', "(?:m'a|on m'a) (?:raccroché|coupé la parole)", 'désagréable', 'méprisante?', 'balad(?:é|ée|er) de service en service',
      ],
    ],
    ['service', 0, ['service (?:client|après-vente)', 'sav', 'support', 'conseill(?:er|ère)s?', 'opérat(?:eur|rice)s?', 'hotline', 'standard', 'chat']],
    [
      'counterfeit',
      -3,
      [
        'contrefaçon', 'contrefaite?s?', "pas (?:un )?(?:produit )?original", 'copie', 'imitation', 'arnaque', 'arnaqueurs?', 'escroquerie', 'escroc', 'fraude',
        "(?:d'occasion|usagée?|déjà utilisée?|reconditionnée?) (?:\\p{L}+ )?vendue? comme neu(?:f|ve)", 'vendue? comme neu(?:f|ve)', "traces d'utilisation",
        '(?:logo|étiquette) (?:est )?(?:\\p{L}+ )?(?:mal imprimé|de travers|flou|différent)', 'coutures? (?:sont |est )?de travers',
      ],
    ],
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
    // Complaint and contempt idioms of social media (our own list, 2026-11).
    [null, -2.5, ["n'importe quoi", 'ras(?:-| )le(?:-| )bol', 'ça craint', "c'est nul", 'foutage de gueule', '(?:se )?fout(?:ent)? de (?:la gueule|nous)', 'pas normal', 'pas acceptable', 'on se moque de nous', 'va te faire', 'ta gueule', 'quelle blague', '(?:ne )?(?:supporte|supportons) (?:plus|pas)', '(?:j.)?en peux plus', '(?:c.est|ce sont) des (?:nuls|incapables|guignols)']],
    // Idioms added 2026-11-23, general vocabulary written from knowledge of the language, not from
    // any evaluation set: fed up ("ras le cul", "ça me gonfle"), pains in the neck, losing it
    // ("péter un câble"), being taken for a fool, review verdicts ("laisse à désirer", "à fuir"),
    // political charges ("deux poids deux mesures"), and phrases whose words the lists would
    // misread: "pas ouf" / "pas fou" (not great: "fou" alone is negative, so negation made them
    // praise), "mort de rire" (LOL: "mort" is negative).
    [
      null,
      -3,
      [
        'allez vous faire (?:foutre|voir|cuire)', 'à fuir', '(?:se )?moquen?t? du monde', 'ras le cul',
        "(?:nous |me |vous |les )?pren(?:d|ds|nent|dre) pour des (?:cons|idiots|pigeons|imbéciles|abrutis|débiles|jambons)",
        "je (?:ne )?(?:vous |te )?(?:le |la |les )?conseille pas",
      ],
    ],
    [
      null,
      -2.5,
      [
        'ras la casquette', '(?:me|nous|vous|te) (?:gonflen?t?|soûlen?t?|soulen?t?|saoulen?t?)', "casse(?:-| )(?:pieds|couilles|bonbons|burnes)",
        "(?:me |nous |te |vous )?cassen?t? les (?:pieds|couilles|bonbons|burnes)", 'ça pue', 'hors de moi', '(?:suis|sommes|est) à bout',
        "p[ée]t(?:er|e|é|ent) (?:un câble|les plombs|un plomb|une durite)", "(?:ne )?sert à rien", 'perte de temps', 'on marche sur la tête',
        'on croit rêver', 'deux poids,? deux mesures', 'évasion fiscale', 'abus de pouvoir', "pots?(?:-| )de(?:-| )vin",
        'état policier',
      ],
    ],
    [
      null,
      -2,
      [
        'prise de tête', 'laissen?t? (?:beaucoup |grandement )?à désirer', 'pas à la hauteur', '(?:aucun|sans) intérêt', 'bas de gamme',
        'hors de prix', 'vie chère', "conflits? d'intérêts?", "(?:ne )?tien(?:t|nent) pas (?:ses|leurs) promesses", 'pff+', 'grrr+',
      ],
    ],
    [null, -1.8, ['pas (?:très |trop |si )?ouf', 'pas (?:très |trop |si )?(?:fou|folle)s?', "c'est (?:pas|plus) possible", 'rien ne va', 'tant pis']],
    [null, -2.5, ["trop c'est trop", 'ça suffit', "(?:j'en ai|y en a|on en a) assez"]],
    [
      null,
      2.5,
      [
        'mort(?:e|s|es)? de rire', 'coups? de (?:cœur|coeur)', "chef(?:s)?(?:-| )d'(?:œ|oe)uvre", 'vaut (?:le coup|le détour|la peine)',
        'je (?:vous |te )?(?:le|la|les) conseille', 'à conseiller', 'tient (?:ses|toutes ses) promesses', 'rapport qualité(?:-| )prix imbattable',
      ],
    ],
  ],
});
