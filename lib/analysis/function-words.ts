/**
 * The most frequent function words (articles, pronouns, auxiliaries, negation, conjunctions) of
 * the Latin-script e-commerce languages (plus Danish/Norwegian against Swedish, Russian against
 * Ukrainian), from general knowledge of each language (our own lists,
 * 2026-11). On short text franc's trigram profile has few trigrams to go on, while one "the",
 * "der" or "het" is nearly decisive; language.ts adds this count to franc's score.
 * The most ambiguous ones (de, a, e, en, i, o, die) are left out everywhere; a word listed for two
 * close languages (es/pt "para", id/ms "yang") adds to both and only separates them from the rest.
 */

const LISTS: Record<string, string> = {
  en: "the and is are was were this that it it's i'm i've you my have has with for not but they we he she his her what just so at your don't doesn't didn't can't me be been would will can our of from by or if out up about there their which when who after very really does did got get want two",
  de: 'der das und ist nicht ich sie es ein eine mit auf für den dem zu von sich auch wie war aber noch nur wenn dass mir mich bin hat kein keine sehr wird habe schon',
  es: 'el los las que y por con para lo se del pero muy más mi esta este está como yo porque todo hay ya son tiene nos eso cuando',
  pt: 'o os que do da em um uma não é com para na mais mas por muito eu você isso está foi meu minha também são tem já quando como',
  fr: "le les des et est une pas je il elle qui du pour dans ce ne sur au avec mais sont très c'est j'ai vous nous ça être tout",
  it: 'il di che è un una non per con del della gli sono ma molto mi ho questo questa anche ci come più ha lo nel sei',
  nl: 'het een van is dat niet ik je op te zijn met voor maar er ook wat heb dit nog naar wel geen om bij al hij',
  pl: 'w nie na się z że to jest do jak ale co jestem tak już po mi ten ta dla być tylko czy',
  sv: 'och att det är som på för inte jag med har till av om ett var men så vi du kan mycket',
  tr: 've bir bu da için çok ne ile ama gibi daha var yok ben sen değil olarak her',
  vi: 'và của là có không được cho một này người những các với trong đã tôi bạn rất nhưng thì cũng',
  id: 'yang dan di ini itu dengan untuk tidak ada dari saya ke akan juga sudah bisa kita aku karena tapi sangat belum apa',
  da: 'og det er til på med ikke jeg har som af den var men så vi kan meget hvad eller være også',
  no: 'og det er til på med ikke jeg har som av den var men så vi kan veldig hva eller være også',
  ru: 'и в не на что я с он как это по но его к у же вы за бы так от было была был очень все мне меня уже только',
  uk: 'і в не на що я з він як це по але його до у та ви за би так від було була був дуже все мені мене вже тільки й',
  ms: 'yang dan di ini itu dengan untuk tidak ada dari saya ke akan juga sudah boleh kita kerana tetapi sangat belum apa tak nak',
};

const SETS = new Map<string, ReadonlySet<string>>(Object.entries(LISTS).map(([lang, s]) => [lang, new Set(s.split(' '))]));

/** How many of `words` (lower-case) are function words of `lang`; 0 for languages without a list. */
export function functionWordHits(lang: string, words: readonly string[]): number {
  const set = SETS.get(lang);
  if (!set) return 0;
  let n = 0;
  for (const w of words) if (set.has(w)) n += 1;
  return n;
}

/**
 * Words that tell Indonesian from Malay, which share most function words and ELD's Malay n-grams
 * (our own lists from the standard and colloquial forms of each, 2026-11): Indonesian bisa, karena,
 * uang, gratis, kapan, colloquial gak/nggak/banget/aja; Malay boleh, kerana, wang, percuma, bila,
 * colloquial tak/nak/dah/je; formal bahwa/bahawa, yaitu/iaitu, setelah/selepas. language.ts calls a tie Indonesian, the e-commerce list's language.
 */
const ID_ONLY = new Set(
  'bisa karena uang gratis kapan gak nggak enggak ga banget aja udah sih dong kok deh kantor mobil sedikit bagaimana gimana kalo tdk gk yg jg sdh bgt emang pengen kayak bahwa yaitu setelah sesudah tersebut merupakan mau universitas perusahaan coba memiliki pemerintah'.split(' '),
);
const MS_ONLY = new Set(
  'boleh kerana wang percuma bila tak nak dah je sahaja ni tu kat awak hendak amat ialah kereta pejabat sikit jugak macam betul mcm xde takde bahawa iaitu selepas semasa manakala daripada mahu baharu universiti menerusi perkara jabatan syarikat cuba sila ramai encik kerajaan negeri mempunyai'.split(' '),
);

/** Indonesian-only words minus Malay-only words among `words` (lower-case). */
export function indonesianOverMalay(words: readonly string[]): number {
  let n = 0;
  for (const w of words) {
    if (ID_ONLY.has(w)) n += 1;
    else if (MS_ONLY.has(w)) n -= 1;
  }
  return n;
}
