/**
 * Amazon marketplaces: which hosts we read, the country each one serves and the language its
 * reviews are mostly written in.
 *
 * Exports:
 * - `AMAZON_MARKETS`: the table (one row per marketplace host, without `www.`).
 * - `amazonMarketFor(host)`: the row for a host (`www.amazon.de`, `amazon.de`, `smile.amazon.com`).
 * - `amazonLocaleFor(host)`: the review language of a host's marketplace (ISO 639-1), if it has one.
 * - `marketplaceOf(host)`: the host without `www.`/`smile.`, as stored in `Mention.marketplace`.
 * - `languageOfCountry(iso)`: the language reviews from a country are mostly written in.
 *
 * Languages are a hint for language detection, not a fact: a marketplace where two languages are
 * both common (amazon.ca, amazon.com.be, amazon.ae) has none, because a wrong hint steers the
 * detector further off than no hint at all.
 */

export interface AmazonMarket {
  /** Host without `www.`, e.g. `amazon.co.jp`; this is `Mention.marketplace`. */
  host: string;
  /** ISO 3166-1 alpha-2 country the marketplace serves. */
  country: string;
  /** ISO 639-1 language most reviews on it are written in; absent where two are common. */
  lang?: string;
}

// The marketplace list follows Amazon's own "Amazon.com, Inc. marketplaces" footer (2024–2026).
// Languages: the marketplace's default site language, except where noted.
export const AMAZON_MARKETS: readonly AmazonMarket[] = [
  { host: 'amazon.com', country: 'US', lang: 'en' },
  { host: 'amazon.co.uk', country: 'GB', lang: 'en' },
  { host: 'amazon.de', country: 'DE', lang: 'de' },
  { host: 'amazon.fr', country: 'FR', lang: 'fr' },
  { host: 'amazon.es', country: 'ES', lang: 'es' },
  { host: 'amazon.it', country: 'IT', lang: 'it' },
  { host: 'amazon.co.jp', country: 'JP', lang: 'ja' },
  // English and French sites; English is the default but French reviews are common (Québec).
  { host: 'amazon.ca', country: 'CA', lang: 'en' },
  // English site; reviews are overwhelmingly English (Hindi UI exists but is rarely used for reviews).
  { host: 'amazon.in', country: 'IN', lang: 'en' },
  { host: 'amazon.com.mx', country: 'MX', lang: 'es' },
  { host: 'amazon.com.au', country: 'AU', lang: 'en' },
  { host: 'amazon.nl', country: 'NL', lang: 'nl' },
  { host: 'amazon.se', country: 'SE', lang: 'sv' },
  { host: 'amazon.pl', country: 'PL', lang: 'pl' },
  { host: 'amazon.com.br', country: 'BR', lang: 'pt' },
  { host: 'amazon.com.tr', country: 'TR', lang: 'tr' },
  { host: 'amazon.sg', country: 'SG', lang: 'en' },
  // Arabic and English sites, both widely used for reviews: no hint.
  { host: 'amazon.ae', country: 'AE' },
  { host: 'amazon.sa', country: 'SA', lang: 'ar' },
  { host: 'amazon.eg', country: 'EG', lang: 'ar' },
  // French, Dutch and English sites: no hint.
  { host: 'amazon.com.be', country: 'BE' },
];

const BY_HOST = new Map(AMAZON_MARKETS.map((m) => [m.host, m]));

/** Language of reviews written in a country, for the "Reviewed in Italy on …" line. Countries
 * with two common review languages (Canada, Belgium, Switzerland, the Emirates) have none. */
const COUNTRY_LANG: Readonly<Record<string, string | undefined>> = {
  US: 'en',
  GB: 'en',
  DE: 'de',
  AT: 'de',
  FR: 'fr',
  ES: 'es',
  IT: 'it',
  JP: 'ja',
  CA: undefined,
  IN: 'en',
  MX: 'es',
  AU: 'en',
  NL: 'nl',
  SE: 'sv',
  PL: 'pl',
  BR: 'pt',
  TR: 'tr',
  SG: 'en',
  AE: undefined,
  SA: 'ar',
  EG: 'ar',
  BE: undefined,
  CN: 'zh',
};

/** `www.amazon.de` -> `amazon.de`; other hosts unchanged apart from case. */
export function marketplaceOf(host: string): string {
  return host.toLowerCase().replace(/^(?:www|smile)\./, '');
}

export function amazonMarketFor(host: string): AmazonMarket | undefined {
  return BY_HOST.get(marketplaceOf(host));
}

/** The language most reviews on this host's marketplace are written in (ISO 639-1). */
export function amazonLocaleFor(host: string): string | undefined {
  return amazonMarketFor(host)?.lang;
}

export function languageOfCountry(country: string): string | undefined {
  return COUNTRY_LANG[country];
}
