/**
 * French. Negation is "ne … pas/jamais/aucun" around the verb; both parts count as negators. A
 * phrase that is itself negative ("aucun risque") is marked polar.
 */
import type { LangTable } from './types.ts';

export const fr: LangTable = {
  contrast: String.raw`\b(?:mais|cependant|toutefois|pourtant|en revanche|plutôt)\b`,
  negBefore: String.raw`(?:\bne\b|\bn'|\bpas\b|\bjamais\b|\baucune?\b|\bsans\b|\bni\b|\bnullement\b|\bpersonne\b|\brien\b)`,
  liability: [
    String.raw`\b(?:de )?(?:notre|ma) (?:propre )?(?:faute|erreur|négligence|responsabilité pleine)\b`,
    String.raw`\b(?:c'est|c'était|il s'agit d'|il s'agit de|ce fut) (?:\p{L}+ ){0,2}(?:notre|une erreur de notre|une faute de notre) ?(?:faute|erreur|part)?\b`,
    String.raw`\b(?:nous|on) (?:\p{L}+ )?(?:reconnaissons|assumons|acceptons|endossons|admettons|reconnais|assume) (?:\p{L}+ ){0,3}(?:responsabilités?|faute|erreur|torts?)\b`,
    String.raw`\bnous en (?:assumons|acceptons|portons|endossons) (?:\p{L}+ ){0,2}(?:responsabilité|faute|tort)\b`,
    String.raw`\b(?:la )?(?:faute|responsabilité|erreur) (?:nous|en) (?:incombe|revient|est imputable)\b`,
    String.raw`\b(?:la )?(?:faute|responsabilité|erreur) (?:\p{L}+ ){0,2}(?:est|était) (?:la )?nôtre\b`,
    String.raw`\b(?:nous|on) (?:avons|a|sommes|est) (?:\p{L}+ ){0,2}(?:négligents?|négligentes?|fautifs?|responsables? (?:de|du|des) (?:\p{L}+ ){0,2}(?:dommages?|incident|incendie|fuite|problème|défaut|panne)|en tort)\b`,
    String.raw`\b(?:négligence|erreur|faute|manquement|oubli)(?<!\bsi [^.!?,]{0,30})(?: \p{L}+){0,2} (?:de notre (?:part|côté)|(?:de|dans|chez) (?:notre|nos) (?:entrepôts?|équipes?|service|personnel|contrôles?|usine))\b`,
    String.raw`\b(?:nous (?:vous )?avons|on (?:vous )?a|j'ai|je vous ai) (?:\p{L}+ )?(?:merdé|foiré|déconné|laissé tomber|manqué à (?:nos|mes) (?:engagements|obligations))\b`,
    String.raw`\b(?:nous avons|on a|j'ai) (?:\p{L}+ )?(?:commis|fait) (?:une|des|plusieurs) (?:\p{L}+ )?(?:erreurs?|fautes?|bêtises?|boulettes?)\b`,
    String.raw`\b(?:nous nous sommes|je me suis|on s'est(?: vraiment| bien)?) (?:\p{L}+ )?(?:trompée?s?|plantée?s?|loupée?s?|ratée?s?)\b`,
    { re: String.raw`\bnous n'avons pas (?:été|su être) à la hauteur\b|\bnous n'avons pas (?:assez|suffisamment|bien) (?:contrôlé|vérifié|testé)\b|\b(?:nous|on|je) (?:n')?(?:aurions|aurai[ts]) (?:\p{L}+ )?dû (?:le |la |les |vous |l')?(?:\p{L}+ )?(?:détecter|vérifier|voir|remarquer|contrôler|tester|repérer|retirer|prévenir|vendre)\b|\bnous n'avons pas (?:bien )?(?:fait|géré) (?:notre travail|les choses|ce qu'il fallait)\b`, polar: true },
    String.raw`\bnégligen(?:ts|t|tes|te|ce)\b`,
    String.raw`\bfaute(?: \p{L}+){0,4},? (?:mais|c'est) (?:la nôtre|de notre faute|nous)\b`,
    String.raw`\bmais (?:la nôtre|de notre faute)\b`,
    String.raw`\b(?:notre|nos) (?:produits?|chargeurs?|batteries?|appareils?|système|entrepôt|équipe)(?: \p{L}+){0,3} (?:a|ont) (?:\p{L}+ )?(?:causé|provoqué|endommagé|détruit)\b`,
  ],
  speculation: [
    String.raw`\b(?:probablement|sans doute|peut-être|peut être|vraisemblablement|apparemment|visiblement|a priori|sûrement|certainement pas|éventuellement|potentiellement|supposément|présumément)\b`,
    String.raw`\b(?:nous|on|je) (?:\p{L}+ )?(?:pensons|croyons|supposons|estimons|soupçonnons|présumons|imaginons|pense|crois|suppose|soupçonne) (?:que|qu')`,
    String.raw`\bil (?:semble(?:rait)?|paraît(?:rait)?) (?:que|qu')`,
    String.raw`\bon dirait (?:que|qu')`,
    String.raw`\b(?:devrai(?:t|ent)|pourrai(?:t|ent))(?: \p{L}+){0,2} (?:être|avoir|se ré(?:soudre|gler)|rentrer|revenir|arriver|exploser|s'agir|provenir|venir)\b`,
    String.raw`\bil est (?:\p{L}+ )?(?:possible|probable) (?:que|qu')`,
    String.raw`\bespérons (?:que|qu')`,
    // The conditional of reported speech: "les pirates seraient passés par…".
    // Not hindsight about us: "on aurait dû le voir".
    String.raw`(?<!\bon )\b(?:serai(?:t|ent)|aurai(?:t|ent)) (?:\p{L}+ )?(?:été|passés?|passées?|causé|provoqué|dû|du|liée?|liés|à l'origine|responsables?|entrés?|utilisé)\b`,
    String.raw`\b(?:semble-t-il|à ce qu'il paraît|selon toute (?:vraisemblance|probabilité)|tout (?:porte|laisse) à (?:croire|penser)|d'après ce que nous (?:savons|voyons))\b`,
  ],
  absolute: [
    // Not the availability formulas: "toujours à votre écoute", "toujours là pour vous".
    String.raw`\b(?:toujours|jamais|garantie?|garantis|garanties|garantissons|garantit|absolument|certainement|à coup sûr|sans faute|en aucun cas|sous aucun prétexte|impossible|à 100 ?%)\b(?! (?:à votre|à ton|à vos) (?:écoute|disposition|côtés)| là pour (?:vous|toi)| disponibles?\b| ravis\b| heureux\b)`,
    { re: String.raw`\bplus jamais\b|\bne se (?:reproduira|produira) (?:plus|jamais)\b`, polar: true },
    String.raw`\b100 ?%`,
    { re: String.raw`\b(?:aucun|zéro|sans) (?:\p{L}+ )?(?:risque|danger)\b`, polar: true },
  ],
  nonApology: [
    String.raw`\b(?:si|que) (?:vous|tu) (?:\p{L}+ )?(?:vous êtes|t'es|vous soyez|te sois|vous sentez|te sens|vous sentiez|ayez été|aies été|avez été|as été|l'avez|l'as|l'ayez|le per(?:ceviez|çois|cevez)|le vo(?:yez|is)|le pren(?:iez|ez)|vous sentez) ?(?:\p{L}+ )?(?:sentie?|sentis|senties|offensée?|offensés|vexée?|blessée?|froissée?|ainsi|comme ça|de cette façon|mal)?\b`,
    String.raw`\bsi quelqu'un (?:\p{L}+ ){0,2}(?:s'est senti|a été) (?:\p{L}+ )?(?:offensé|vexé|blessé|froissé)\b`,
    // A conditional about our own words: "désolés si ce message vous a semblé maladroit".
    String.raw`\b(?:désolés?|désolées?|excusons|excuse|regrettons|pardon)\b[^.!?]{0,20}\b(?:si (?:notre|nos|ce|cet|cette|mon|ma)\b(?: \p{L}+){0,2} (?:messages?|publication|post|tweet|commentaire|réponse|communiqué|ton|propos|annonce|campagne)|(?:si|que) (?:vous|tu) (?:avez|ayez|as|aies) (?:pu )?eu (?:l'|cette |une )impression)\b`,
  ],
  claims: [
    { re: String.raw`\b(?:résolue?|résolus|réglée?|réglés|derrière nous|sous contrôle|rentré dans l'ordre|rentrée dans l'ordre|revenu à la normale|revenue à la normale|de retour à la normale)\b`, level: 'resolved' },
    { re: String.raw`\b(?:réparée?|réparés|corrigée?|corrigés|rétablie?)\b`, level: 'fixed' },
    // Other words for done: "c'est fini", "fonctionne à nouveau", "de l'histoire ancienne".
    { re: String.raw`\b(?:c'est (?:fini|terminé|de l'histoire ancienne)|(?:est|sont) (?:\p{L}+ )?(?:terminée?s?|finie?s?)|(?:fonctionne(?:nt)?|marche(?:nt)?) (?:à nouveau|de nouveau|normalement)|tout est (?:rentré|revenu) (?:dans l'ordre|à la normale)|de l'histoire ancienne|problème résolu|tout est (?:\p{L}+ )?(?:arrangé|en ordre))\b`, level: 'resolved' },
    { re: String.raw`\b(?:sont|est|restent|reste|totalement|complètement|parfaitement|100 ?%) (?:\p{L}+ ){0,2}(?:sûrs|sûre?|sûres|sans danger|sans risque|en sécurité|inoffensifs?|inoffensives?|garantis sans danger)\b`, level: 'safe' },
    { re: String.raw`\b(?:en sécurité|sans danger)\b`, level: 'safe' },
    { re: String.raw`\b(?:aucun|zéro|sans) (?:\p{L}+ )?(?:risque|danger)\b`, level: 'safe', polar: true },
    // "vous pouvez continuer à l'utiliser", "pas de quoi s'inquiéter".
    { re: String.raw`\bcontinuer (?:à|a|de) (?:l'|les |la |le )?(?:utiliser|charger|recharger|employer)\b`, level: 'safe' },
    { re: String.raw`\b(?:pas|rien) (?:de quoi|d'inquiétant|à craindre)\b|\baucune (?:raison|inquiétude) (?:de|à) (?:vous|s')`, level: 'safe', polar: true },
  ],
  notClaim: String.raw`\b(?:jusqu'à ce que|jusqu'à ce qu'|dès que|une fois|lorsque|quand|si|avant que|après que|sera|seront|va être|vont être|devrai(?:t|ent)|pourrait|espérons|bientôt|travaillons à|pour que|afin que)\b`,
  promises: [
    { kind: 'refund', re: String.raw`\b(?:rembours\p{L}*)\b` },
    { kind: 'replacement', re: String.raw`\b(?:remplac\p{L}*|échange (?:gratuit|standard)|échangerons|échangeons|nouvel appareil|nouvelle batterie)\b` },
    { kind: 'compensation', re: String.raw`\b(?:dédommag\p{L}*|indemnis\p{L}*|indemnité|compensation|compenser|compenserons|geste commercial|prendrons en charge les frais|prenons en charge les frais)\b` },
    { kind: 'voucher', re: String.raw`\b(?:bon d'achat|bons d'achat|code promo|codes promo|code de réduction|réduction|remise|avoir|carte cadeau|chèque cadeau|livraison offerte|livraison gratuite|crédit(?:er|ons|é)\p{L}*|offr\p{L}* (?:\p{L}+ ){0,2}frais)\b` },
    { kind: 'repair', re: String.raw`\b(?:répar(?:ation gratuite|erons|ons votre|er votre)|prise en charge de la réparation)\b` },
    { kind: 'compensation', re: String.raw`\b(?:cadeau|offerte?|gratuitement (?!remplac|rembours))\b`, generic: true },
  ],
  deadlines: [
    String.raw`\b(?:d'ici|avant|au plus tard|sous|dans les|dans|d'ici à|jusqu'à)\s+(?:la fin de\s+(?:la\s+)?)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end|semaine|demain|ce soir|aujourd'hui|(?:\d+|deux|trois|quatre|cinq|sept|dix)\s*(?:heures|h|jours(?: ouvrés)?|semaines))\b`,
    String.raw`\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+au plus tard\b`,
    String.raw`\b(?:d'ici le|avant le|au plus tard le)\s+\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b`,
    String.raw`\b(?:dès demain|demain|au plus tard)\b`,
  ],
  update: String.raw`\b(?:mise à jour|mises à jour|point d'étape|prochain(?:e information| point)|nous reviendrons|tiendrons informés)\b`,
  reviewRequests: [
    String.raw`\b(?:modifi|supprim|retir|chang|mett\p{L}* à jour|revoi|revoy|amélior|reconsidér|édit)\p{L}*(?: \p{L}+){0,2} (?:votre|ton|l'|cet|cette|son) ?(?:\p{L}+ )?(?:avis|commentaire|évaluation|note)\b`,
    String.raw`\b(?:avis|évaluation|note|commentaire)\b(?: \p{L}+){0,2} (?:positif|positive|5 étoiles|cinq étoiles|meilleure?)\b`,
    String.raw`\b(?:\d|cinq) étoiles\b`,
  ],
  yourOrder: String.raw`\b(?:votre|ta|ton|vos) (?:\p{L}+ )?(?:commande|colis|livraison|achat|remboursement|retour)\b`,
  genericUnits: String.raw`(?:unités|unité|appareils?|produits?|articles?|batteries|batterie|chargeurs?)`,
  scopeNouns: String.raw`\b(?:entrepôts?|lots?|modèles?|version|région|pays|magasin|usine|site|dépôt)\b`,
  months: { janvier: 1, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12 },
  monthOnly: ['janvier', 'février', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'mars'],
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  relativeDays: String.raw`\b(?:demain|après-demain|ce soir|plus tard dans la journée|dans (?:un|deux|trois|\d+) (?:jours?|heures?))\b`,
  numberWords: { onze: 11, douze: 12, quinze: 15, trente: 30, un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, vingt: 20, cent: 100, mille: 1000 },
  decimal: ',',
  spacedThousands: true,
};
