/**
 * Language codes: ISO 639-1 (what we store) <-> the ISO 639-3 codes franc speaks, the script each
 * language is written in, and the clean-up of platform hints (X's `lang` attribute, Amazon locales).
 */

export type Script =
  | 'Latin'
  | 'Cyrillic'
  | 'Greek'
  | 'Arabic'
  | 'Hebrew'
  | 'Devanagari'
  | 'Thai'
  | 'Hangul'
  | 'Han'
  | 'Kana'
  | 'Other';

/** The cross-border e-commerce languages ("T20" in research/lang-baselines.md, 19 codes listed). */
export const ECOMMERCE_LANGUAGES: readonly string[] = [
  'en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'sv', 'tr', 'ru', 'ar', 'he', 'ja', 'zh', 'ko', 'th', 'vi', 'id', 'hi',
];

/**
 * 639-1 -> [franc's 639-3 code, script]. franc uses individual languages where ISO has a
 * macrolanguage: Mandarin `cmn` for zh, Standard Arabic `arb` for ar, Iranian Persian `pes` for fa,
 * Standard Malay `zlm` for ms, Standard Estonian `ekk`, Standard Latvian `lvs`, Tosk Albanian `als`,
 * Bokmål `nob` for no (the mapping in research/lang-baselines.md section 2).
 * ja/zh/ko/th/he/el are decided by script alone and never reach franc's trigram models.
 */
const LANGS: Record<string, readonly [string, Script]> = {
  en: ['eng', 'Latin'], es: ['spa', 'Latin'], pt: ['por', 'Latin'], fr: ['fra', 'Latin'], de: ['deu', 'Latin'],
  it: ['ita', 'Latin'], nl: ['nld', 'Latin'], pl: ['pol', 'Latin'], sv: ['swe', 'Latin'], tr: ['tur', 'Latin'],
  vi: ['vie', 'Latin'], id: ['ind', 'Latin'], ms: ['zlm', 'Latin'], da: ['dan', 'Latin'], no: ['nob', 'Latin'],
  fi: ['fin', 'Latin'], cs: ['ces', 'Latin'], sk: ['slk', 'Latin'], ro: ['ron', 'Latin'], hu: ['hun', 'Latin'],
  hr: ['hrv', 'Latin'], sl: ['slv', 'Latin'], et: ['ekk', 'Latin'], lv: ['lvs', 'Latin'], lt: ['lit', 'Latin'],
  ca: ['cat', 'Latin'], gl: ['glg', 'Latin'], tl: ['tgl', 'Latin'], sq: ['als', 'Latin'], az: ['azj', 'Latin'],
  sw: ['swh', 'Latin'], af: ['afr', 'Latin'], eo: ['epo', 'Latin'], bs: ['bos', 'Latin'], uz: ['uzn', 'Latin'],
  yo: ['yor', 'Latin'], ha: ['hau', 'Latin'], so: ['som', 'Latin'], zu: ['zul', 'Latin'], xh: ['xho', 'Latin'],
  ru: ['rus', 'Cyrillic'], uk: ['ukr', 'Cyrillic'], bg: ['bul', 'Cyrillic'], be: ['bel', 'Cyrillic'],
  sr: ['srp', 'Cyrillic'], mk: ['mkd', 'Cyrillic'], kk: ['kaz', 'Cyrillic'], ky: ['kir', 'Cyrillic'],
  tg: ['tgk', 'Cyrillic'], mn: ['khk', 'Cyrillic'],
  ar: ['arb', 'Arabic'], fa: ['pes', 'Arabic'], ur: ['urd', 'Arabic'], ps: ['pbu', 'Arabic'],
  he: ['heb', 'Hebrew'], yi: ['ydd', 'Hebrew'],
  hi: ['hin', 'Devanagari'], mr: ['mar', 'Devanagari'], ne: ['npi', 'Devanagari'],
  el: ['ell', 'Greek'], th: ['tha', 'Thai'], ko: ['kor', 'Hangul'], zh: ['cmn', 'Han'], ja: ['jpn', 'Kana'],
  bn: ['ben', 'Other'], ta: ['tam', 'Other'], te: ['tel', 'Other'], gu: ['guj', 'Other'], pa: ['pan', 'Other'],
  kn: ['kan', 'Other'], ml: ['mal', 'Other'], ka: ['kat', 'Other'], hy: ['hye', 'Other'], am: ['amh', 'Other'],
  my: ['mya', 'Other'], km: ['khm', 'Other'], si: ['sin', 'Other'],
};

const FROM_639_3 = new Map<string, string>(Object.entries(LANGS).map(([one, [three]]) => [three, one]));
// franc returns these too; they fold into a 639-1 code we already have.
FROM_639_3.set('nno', 'no');
FROM_639_3.set('zsm', 'ms');
FROM_639_3.set('prs', 'fa');

export function toIso6393(code: string): string | undefined {
  return LANGS[code]?.[0];
}

/** franc's 639-3 code as ISO 639-1, or undefined when it has none we know. */
export function fromIso6393(code: string): string | undefined {
  return FROM_639_3.get(code);
}

/** LANGS' scripts in a Map: scriptOf runs a few dozen times per analysis, and a Map lookup beats
 * a property lookup with ever-changing keys. */
const SCRIPTS = new Map<string, Script>(Object.entries(LANGS).map(([one, [, script]]) => [one, script]));

export function scriptOf(code: string): Script | undefined {
  return SCRIPTS.get(code);
}

/** Deprecated or platform-specific codes seen in the wild -> current ISO 639-1. X still emits `in`
 * and `iw` (Java's legacy codes); `fil` is Filipino; `nb`/`nn` fold into `no` like the research data. */
const HINT_ALIASES: Record<string, string> = { in: 'id', iw: 'he', ji: 'yi', jw: 'jv', nb: 'no', nn: 'no', fil: 'tl' };

/**
 * A platform hint as ISO 639-1, or undefined when it carries no language: X marks media-only,
 * hashtag-only or undetermined posts with `und`, `zxx`, `qme`, `qht`, `qam`, `qct`, `qst`.
 * Accepts `de`, `de-DE`, `pt_BR`, `zh-Hant`, `EN`.
 */
export function normalizeHint(hint: string | undefined): string | undefined {
  if (!hint) return undefined;
  const primary = hint.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const code = HINT_ALIASES[primary] ?? primary;
  if (!/^[a-z]{2}$/.test(code)) return undefined;
  return code;
}
