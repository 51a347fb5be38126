import { describe, expect, test } from 'vitest';
import { monthNumber, parseAmazonReviewDate } from '../../../lib/platforms/amazon-dates.ts';

describe('parseAmazonReviewDate: every marketplace language', () => {
  test.each([
    // English UI, month first (amazon.com) and day first (co.uk, in, com.au)
    ['en-US', 'Reviewed in the United States on May 3, 2024', '2024-05-03', 'US'],
    ['en-US, two-digit day', 'Reviewed in the United States on June 5, 2025', '2025-06-05', 'US'],
    ['en-GB', 'Reviewed in the United Kingdom on 3 May 2024', '2024-05-03', 'GB'],
    ['en-IN', 'Reviewed in India on 12 May 2026', '2026-05-12', 'IN'],
    ['en on co.jp (English UI)', 'Reviewed in Japan on September 20, 2019', '2019-09-20', 'JP'],
    ['en-GB, review from Italy', 'Reviewed in Italy on 16 July 2022', '2022-07-16', 'IT'],
    ['en-GB, review from Canada', 'Reviewed in Canada on 3 July 2022', '2022-07-03', 'CA'],
    ['en, Netherlands with article', 'Reviewed in the Netherlands on 1 March 2024', '2024-03-01', 'NL'],
    ['en, Emirates', 'Reviewed in the United Arab Emirates on 9 January 2025', '2025-01-09', 'AE'],
    ['en, abbreviated month', 'Reviewed in Australia on Sept. 4, 2023', '2023-09-04', 'AU'],
    // German
    ['de', 'Rezension aus Deutschland vom 12. April 2021', '2021-04-12', 'DE'],
    ['de, review from Japan', 'Rezension aus Japan vom 13. Mai 2020', '2020-05-13', 'JP'],
    ['de, review from the US', 'Rezension aus den Vereinigten Staaten vom 20. August 2016', '2016-08-20', 'US'],
    ['de, umlaut month', 'Rezension aus dem Vereinigten Königreich vom 3. März 2023', '2023-03-03', 'GB'],
    // French, Spanish, Italian
    ['fr', 'Commenté en France le 3 mai 2024', '2024-05-03', 'FR'],
    ['fr, first of month', 'Commenté en France le 1er mars 2023', '2023-03-01', 'FR'],
    ['fr, review from the US', 'Commenté aux États-Unis le 17 juin 2018', '2018-06-17', 'US'],
    ['fr, accented month', 'Commenté en Belgique le 22 décembre 2025', '2025-12-22', 'BE'],
    ['es', 'Revisado en España el 3 de mayo de 2024', '2024-05-03', 'ES'],
    ['es-MX', 'Revisado en México el 15 de septiembre de 2021', '2021-09-15', 'MX'],
    ['es, review from the US', 'Revisado en Estados Unidos el 4 de diciembre de 2018', '2018-12-04', 'US'],
    ['it', 'Recensito in Italia il 3 maggio 2024', '2024-05-03', 'IT'],
    ['it, review from the UK', 'Recensito nel Regno Unito il 25 dicembre 2021', '2021-12-25', 'GB'],
    // Japanese UI
    ['ja', '2019年9月20日に日本でレビュー済み', '2019-09-20', 'JP'],
    ['ja, review from the US', '2020年1月5日にアメリカ合衆国でレビュー済み', '2020-01-05', 'US'],
    // Dutch, Portuguese, Polish, Swedish, Turkish
    ['nl', 'Beoordeeld in Nederland op 3 mei 2024', '2024-05-03', 'NL'],
    ['nl, review from Germany', 'Beoordeeld in Duitsland op 3 maart 2023', '2023-03-03', 'DE'],
    ['pt-BR', 'Avaliado no Brasil em 3 de maio de 2024', '2024-05-03', 'BR'],
    ['pt-BR, cedilla month', 'Avaliado no Brasil em 30 de março de 2025', '2025-03-30', 'BR'],
    ['pl, locative', 'Zrecenzowano w Polsce 3 czerwca 2026', '2026-06-03', 'PL'],
    ['pl, genitive', 'Recenzja z Polski z dnia 12 stycznia 2026', '2026-01-12', 'PL'],
    ['sv', 'Recenserad i Sverige den 5 januari 2026', '2026-01-05', 'SE'],
    ['tr', 'İncelendiği ülke: Türkiye. 12 Ocak 2026 tarihinde incelendi', '2026-01-12', 'TR'],
    ['tr, Sweden with dotted capital', "İsveç'te 3 Mayıs 2024 tarihinde değerlendirildi", '2024-05-03', 'SE'],
  ])('%s: %s', (_label, line, date, country) => {
    expect(parseAmazonReviewDate(line)).toEqual({ date, country });
  });
});

describe('parseAmazonReviewDate: partial and unknown input', () => {
  test.each([
    ['country, no date', 'Reviewed in Germany', { country: 'DE' }],
    ['date, no country', 'Reviewed on 3 May 2024', { date: '2024-05-03' }],
    ['date, country not a marketplace', 'Reviewed in Narnia on May 3, 2024', { date: '2024-05-03' }],
    ['impossible day', 'Reviewed in the United States on February 30, 2024', { country: 'US' }],
    ['non-leap 29 February', 'Reviewed in the United States on February 29, 2023', { country: 'US' }],
    ['leap 29 February', 'Reviewed in the United States on February 29, 2024', { date: '2024-02-29', country: 'US' }],
    ['year before Amazon', 'Reviewed in the United States on May 3, 1990', { country: 'US' }],
    ['word that is not a month', 'Reviewed in India on 12 Foo 2026', { country: 'IN' }],
    ['"inde" inside "Indien" is not France\'s India', 'Rezension aus Indien vom 2. Januar 2022', { date: '2022-01-02', country: 'IN' }],
    ['empty', '', {}],
    ['whitespace', '   \n ', {}],
    ['garbage', 'lorem ipsum dolor sit amet', {}],
    ['numbers only', '12345 67 8901', {}],
    ['relative date', 'Fecha de edición: Hace un mes', {}],
    ['html left in', '<span data-hook="review-date"></span>', {}],
    ['very long', 'x'.repeat(10_000), {}],
  ])('%s', (_label, line, expected) => {
    expect(parseAmazonReviewDate(line)).toEqual(expected);
  });

  test('never throws on values that are not strings', () => {
    for (const v of [undefined, null, 42, {}, []]) {
      expect(parseAmazonReviewDate(v as unknown as string)).toEqual({});
    }
  });
});

describe('monthNumber', () => {
  test.each([
    ['May', 5],
    ['mai', 5],
    ['maja', 5],
    ['Mayıs', 5],
    ['März', 3],
    ['março', 3],
    ['décembre', 12],
    ['Sept.', 9],
    ['dicembre', 12],
    ['październik', 10],
    ['Mondo', undefined],
  ])('%s -> %s', (word, n) => {
    expect(monthNumber(word)).toBe(n);
  });
});
