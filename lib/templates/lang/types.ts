/**
 * What a language contributes to the consistency check: phrase patterns per rule, and the words
 * that change what a phrase means (negators, "until"/future frames, contrastive "but").
 *
 * Patterns are regular-expression sources over FOLDED text (fold.ts): lower case, accents optional
 * (they are stripped from text and pattern alike, so write them naturally: "négligents"), one
 * apostrophe ('), one hyphen (-). `\b` is a Unicode word boundary here (compile.ts), not JS's
 * ASCII one. Write for the phrase family, not the example: `(?:\p{L}+ ){0,2}` between the verb and
 * its object lets "we take full and complete responsibility" match as well as "we take
 * responsibility".
 */
import type { CommitmentKind } from '../../incident/schema.ts';

export interface PhraseSpec {
  re: string;
  /** The phrase is itself a negative claim ("no risk", "keinerlei Risiko"): a negator in front is
   * part of it, not a denial of it. */
  polar?: boolean;
}
export type Phrase = string | PhraseSpec;

export type ClaimLevel = 'resolved' | 'fixed' | 'safe';
export interface ClaimSpec extends PhraseSpec {
  /** What the reply claims: `resolved` is wrong until the incident is resolved; `fixed` and
   * `safe` until it is monitoring or resolved. */
  level: ClaimLevel;
}

export interface PromiseSpec {
  kind: CommitmentKind;
  re: string;
  /** Matches a gift or perk by its wording ("free charging cable"): allowed only where that very
   * wording is in the statement or a commitment, never by kind. */
  generic?: boolean;
}

export interface LangTable {
  /** Words for "but", "instead": they start a clause of their own ("not your fault, but ours"). */
  contrast: string;
  /** A negator word, looked for from the clause start up to the end of a phrase. */
  negBefore: string;
  /** A negation that follows the phrase in the same clause (German "wir haften nicht", Japanese
   * "〜ではございません"). */
  negAfter?: string;
  liability: Phrase[];
  speculation: Phrase[];
  absolute: Phrase[];
  nonApology: Phrase[];
  claims: ClaimSpec[];
  /** Before a claim in its clause, these make it no claim: "until it is fixed", "will be fixed",
   * "once resolved". */
  notClaim: string;
  promises: PromiseSpec[];
  /** A deadline: "by Friday", "bis Montag", "明日までに". */
  deadlines: Phrase[];
  /** The clause talks about the next update (its date is then checked against nextUpdate). */
  update: string;
  /** Asking a buyer to change, remove or improve a review, or rewarding one. */
  reviewRequests: Phrase[];
  /** "your order", "deine Bestellung": a date in such a clause is the customer's, not the
   * incident's. */
  yourOrder: string;
  /** Count nouns that stand for "the affected products" whatever they are called. */
  genericUnits: string;
  /** Nouns whose proper-noun neighbour is a scope (warehouse, batch, model, region). */
  scopeNouns: string;
  /** Month names (folded) -> 1..12. Omit words that are also common words without a day next to
   * them (en "may", "march"): `monthOnly` lists the names safe alone. */
  months: Readonly<Record<string, number>>;
  monthOnly?: readonly string[];
  weekdays: readonly string[];
  /** A day ahead named relative to today: "tomorrow", "in two days", "morgen", "明日". For the next
   * update it cannot be checked against the statement's date (it is right on one day only), so
   * it contradicts where the statement gives one (rules-weekday.ts). Not "today" (often past:
   * "today we updated the notice") and not the greeting or the morning ("Guten Morgen", "esta
   * mañana"). */
  relativeDays: string;
  /** Number words in the language, where compromise does not read them (not English). */
  numberWords?: Readonly<Record<string, number>>;
  /** Decimal separator for digit groups: ',' in de/es/fr/it/pt, '.' in en/ja/zh. */
  decimal: ',' | '.';
  /** Thousands grouped with a space ("4 800", French). */
  spacedThousands?: boolean;
  /** Spellings of a letter without it, which patterns should accept as well: German writers
   * without an umlaut key type "ue" for ü ("uebernehmen"), "ss" for ß. */
  transliterations?: Readonly<Record<string, string>>;
}
