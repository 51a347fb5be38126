/**
 * Amazon's review date line, in every marketplace language we read: one localised sentence that
 * holds both the reviewer's country and the date.
 *
 *   "Reviewed in the United States on May 3, 2024"          (en-US; also on co.jp's English UI)
 *   "Reviewed in the United Kingdom on 3 May 2024"          (en-GB, en-IN)
 *   "Rezension aus Deutschland vom 12. April 2021"          (de)
 *   "Commenté en France le 3 mai 2024"                      (fr)
 *   "Revisado en España el 3 de mayo de 2024"               (es)
 *   "Recensito in Italia il 3 maggio 2024"                  (it)
 *   "2019年9月20日に日本でレビュー済み"                        (ja)
 *   "Beoordeeld in Nederland op 3 mei 2024"                 (nl)
 *   "Avaliado no Brasil em 3 de maio de 2024"               (pt-BR)
 *   "Recenzja z Polski z dnia 3 maja 2024"                  (pl; wording varies, see below)
 *
 * Sources: the saved pages in tests/fixtures/amazon (en, de, en-on-co.jp) and the strings other
 * scrapers' tests quote for fr/es/it/nl/pt/pl/sv/tr (2024–2026). Rather than one sentence template
 * per language (the Polish one has changed at least twice), the date and the country are found
 * independently: a date in one of four shapes, and a country name from a table of the names and
 * inflected forms Amazon uses. Unknown input yields `{}`; nothing here throws.
 *
 * Exports: `parseAmazonReviewDate(s)`, `monthNumber(word)`.
 */

export interface ParsedReviewDate {
  /** Calendar date as written, `YYYY-MM-DD` (Amazon prints the date, not a time). */
  date?: string;
  /** ISO 3166-1 alpha-2 code of the country named in the line. */
  country?: string;
}

// Month names (nominative and, for Polish, the genitive used in dates) in en, de, fr, es, it, nl,
// pt, pl, sv, tr. No word means different months in two of these languages, so one table serves all.
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'enero', 'gennaio', 'januari', 'janeiro', 'stycznia', 'styczeń', 'ocak'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'febrero', 'febbraio', 'februari', 'fevereiro', 'lutego', 'luty', 'şubat', 'subat'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'maart', 'março', 'marco', 'marca', 'marzec', 'mart'],
  ['april', 'apr', 'avril', 'abril', 'aprile', 'kwietnia', 'kwiecień', 'nisan'],
  ['may', 'mai', 'mayo', 'maggio', 'mei', 'maio', 'maja', 'maj', 'mayıs', 'mayis'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca', 'czerwiec', 'haziran'],
  ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'lipca', 'lipiec', 'temmuz'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'augustus', 'sierpnia', 'sierpień', 'augusti', 'ağustos', 'agustos'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro', 'września', 'wrzesień', 'eylül', 'eylul'],
  ['october', 'oct', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'października', 'październik', 'ekim'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'kasım', 'kasim'],
  ['december', 'dec', 'dezember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'grudnia', 'grudzień', 'aralık', 'aralik'],
];

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);

/** 1–12 for a month name in any language above (case-insensitive, trailing dot allowed), else undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTH_BY_NAME.get(word.toLocaleLowerCase('en').replace(/\.$/, ''));
}

// Country names in the forms Amazon's date line uses them (with articles and case endings where
// the language inflects: German dative, Polish genitive/locative, Turkish suffixes follow an
// apostrophe). Only countries that have (or had) an Amazon marketplace: reviews come from nowhere else.
const COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: [
    'united states', 'united states of america', 'usa', 'vereinigten staaten', 'vereinigte staaten', 'états-unis',
    'etats-unis', 'estados unidos', 'stati uniti', 'verenigde staten', 'stany zjednoczone', 'stanach zjednoczonych',
    'stanów zjednoczonych', 'amerikas förenta stater', 'amerika birleşik devletleri', 'abd', 'アメリカ合衆国', 'アメリカ', '米国',
  ],
  GB: [
    'united kingdom', 'great britain', 'vereinigten königreich', 'vereinigtes königreich', 'großbritannien',
    'royaume-uni', 'reino unido', 'regno unito', 'verenigd koninkrijk', 'wielka brytania', 'wielkiej brytanii',
    'zjednoczone królestwo', 'zjednoczonym królestwie', 'zjednoczonego królestwa', 'storbritannien',
    'förenade kungariket', 'birleşik krallık', 'イギリス', '英国',
  ],
  DE: ['germany', 'deutschland', 'allemagne', 'alemania', 'germania', 'duitsland', 'alemanha', 'niemcy', 'niemiec', 'niemczech', 'tyskland', 'almanya', 'ドイツ'],
  FR: ['france', 'frankreich', 'francia', 'frankrijk', 'frança', 'francja', 'francji', 'frankrike', 'fransa', 'フランス'],
  ES: ['spain', 'spanien', 'espagne', 'españa', 'spagna', 'spanje', 'espanha', 'hiszpania', 'hiszpanii', 'ispanya', 'スペイン'],
  IT: ['italy', 'italien', 'italie', 'italia', 'italië', 'itália', 'włochy', 'włoch', 'włoszech', 'italya', 'イタリア'],
  JP: ['japan', 'japon', 'japón', 'giappone', 'japão', 'japonia', 'japonii', 'japonya', '日本'],
  CA: ['canada', 'kanada', 'canadá', 'kanady', 'kanadzie', 'カナダ'],
  IN: ['india', 'indien', 'inde', 'índia', 'indie', 'indii', 'indiach', 'hindistan', 'インド'],
  MX: ['mexico', 'mexiko', 'mexique', 'méxico', 'messico', 'meksyk', 'meksyku', 'meksika', 'メキシコ'],
  AU: ['australia', 'australien', 'australie', 'austrália', 'australië', 'australii', 'avustralya', 'オーストラリア'],
  NL: [
    'netherlands', 'niederlanden', 'niederlande', 'pays-bas', 'países bajos', 'paesi bassi', 'nederland',
    'países baixos', 'holandia', 'holandii', 'nederländerna', 'hollanda', 'オランダ',
  ],
  SE: ['sweden', 'schweden', 'suède', 'suecia', 'svezia', 'zweden', 'suécia', 'szwecja', 'szwecji', 'sverige', 'isveç', 'スウェーデン'],
  PL: ['poland', 'polen', 'pologne', 'polonia', 'polônia', 'polónia', 'polska', 'polski', 'polsce', 'polonya', 'ポーランド'],
  BR: ['brazil', 'brasilien', 'brésil', 'brasil', 'brasile', 'brazilië', 'brazylia', 'brazylii', 'brezilya', 'ブラジル'],
  TR: ['turkey', 'türkei', 'turquie', 'turquía', 'turchia', 'turkije', 'turquia', 'turcja', 'turcji', 'turkiet', 'türkiye', 'トルコ'],
  SG: ['singapore', 'singapur', 'singapour', 'singapura', 'singapurze', 'singapuru', 'シンガポール'],
  AE: [
    'united arab emirates', 'uae', 'vereinigten arabischen emiraten', 'vereinigte arabische emirate',
    'émirats arabes unis', 'emiratos árabes unidos', 'emirati arabi uniti', 'verenigde arabische emiraten',
    'emirados árabes unidos', 'zjednoczone emiraty arabskie', 'zjednoczonych emiratach arabskich',
    'zjednoczonych emiratów arabskich', 'förenade arabemiraten', 'birleşik arap emirlikleri', 'アラブ首長国連邦',
  ],
  SA: [
    'saudi arabia', 'saudi-arabien', 'arabie saoudite', 'arabia saudí', 'arabia saudita', 'saoedi-arabië',
    'arábia saudita', 'arabia saudyjska', 'arabii saudyjskiej', 'saudiarabien', 'suudi arabistan', 'サウジアラビア',
  ],
  EG: ['egypt', 'ägypten', 'égypte', 'egipto', 'egitto', 'egypte', 'egito', 'egipt', 'egiptu', 'egipcie', 'egypten', 'mısır', 'エジプト'],
  BE: ['belgium', 'belgien', 'belgique', 'bélgica', 'belgio', 'belgië', 'belgia', 'belgii', 'belçika', 'ベルギー'],
  CN: ['china', 'chine', 'cina', 'chiny', 'chinach', '中国'],
};

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const COUNTRY_BY_NAME = new Map<string, string>();
for (const [iso, names] of Object.entries(COUNTRY_NAMES)) for (const n of names) COUNTRY_BY_NAME.set(n, iso);

// Longest names first so "united arab emirates" wins over a shorter name inside it. Latin-script
// names must stand as whole words ("inde" must not match inside "Indien"); Japanese has no spaces,
// so its names match anywhere.
const byLength = [...COUNTRY_BY_NAME.keys()].sort((a, b) => b.length - a.length);
const isCjk = (n: string) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(n);
const LATIN_COUNTRY_RE = new RegExp(
  `(?<!\\p{L})(${byLength.filter((n) => !isCjk(n)).map(escapeRegExp).join('|')})(?!\\p{L})`,
  'iu',
);
const CJK_COUNTRY_RE = new RegExp(`(${byLength.filter(isCjk).map(escapeRegExp).join('|')})`, 'u');

// Date shapes. Day-first covers en-GB/en-IN "3 May 2024", de "12. April 2021", fr "1er mai 2024",
// es/pt "3 de mayo de 2024", it/nl/pl/sv/tr "3 maggio 2024".
const CJK_DATE_RE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const MONTH_FIRST_RE = /(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)/gu;
const DAY_FIRST_RE = /(?<!\d)(\d{1,2})(?:\.|er|º|°)?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})(?!\d)/gu;

function isoDate(y: number, m: number, d: number): string | undefined {
  // Amazon launched in 1995; anything outside that range is not a review date.
  if (y < 1995 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined; // 31 April, 29 Feb 2023
  return t.toISOString().slice(0, 10);
}

function findDate(s: string): string | undefined {
  const cjk = CJK_DATE_RE.exec(s);
  if (cjk) return isoDate(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]));
  for (const m of s.matchAll(DAY_FIRST_RE)) {
    const month = monthNumber(m[2] ?? '');
    if (month) return isoDate(Number(m[3]), month, Number(m[1]));
  }
  for (const m of s.matchAll(MONTH_FIRST_RE)) {
    const month = monthNumber(m[1] ?? '');
    if (month) return isoDate(Number(m[3]), month, Number(m[2]));
  }
  return undefined;
}

function findCountry(s: string): string | undefined {
  const m = CJK_COUNTRY_RE.exec(s) ?? LATIN_COUNTRY_RE.exec(s);
  return m?.[1] ? COUNTRY_BY_NAME.get(m[1].toLocaleLowerCase('en')) : undefined;
}

/** Country and date from an Amazon review date line; `{}` for anything unrecognised. */
export function parseAmazonReviewDate(s: string): ParsedReviewDate {
  if (typeof s !== 'string' || s.length === 0 || s.length > 300) return {};
  // Turkish dotted capital İ has no simple lower-case form, so case-insensitive matching would
  // miss "İsveç"; plain I matches the table's i.
  const text = s.normalize('NFC').replace(/\u0130/g, 'I').replace(/\s+/g, ' ');
  const out: ParsedReviewDate = {};
  const date = findDate(text);
  if (date) out.date = date;
  const country = findCountry(text);
  if (country) out.country = country;
  return out;
}
