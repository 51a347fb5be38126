/**
 * Amazon marketplaces whose review pages we read. Match patterns are kept to review surfaces where
 * the path allows (product pages, all-reviews pages, review permalinks) so the content script does
 * not run on checkout, account or search pages.
 */
export const AMAZON_HOSTS = [
  'www.amazon.com',
  'www.amazon.ca',
  'www.amazon.com.mx',
  'www.amazon.com.br',
  'www.amazon.co.uk',
  'www.amazon.de',
  'www.amazon.fr',
  'www.amazon.es',
  'www.amazon.it',
  'www.amazon.nl',
  'www.amazon.se',
  'www.amazon.pl',
  'www.amazon.com.be',
  'www.amazon.com.tr',
  'www.amazon.ae',
  'www.amazon.sa',
  'www.amazon.eg',
  'www.amazon.in',
  'www.amazon.co.jp',
  'www.amazon.sg',
  'www.amazon.com.au',
] as const;

const PATHS = ['/dp/*', '/*/dp/*', '/gp/product/*', '/product-reviews/*', '/*/product-reviews/*', '/gp/customer-reviews/*', '/review/*'];

export const AMAZON_MATCHES: string[] = AMAZON_HOSTS.flatMap((h) => PATHS.map((p) => `https://${h}${p}`));
