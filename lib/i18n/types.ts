/**
 * Types shared by the message tables and the translator. Kept apart from `en.ts` so the
 * tables can import them without a cycle.
 */
import type { en } from './en.ts';

/** Plural forms keyed by `Intl.PluralRules` category; `other` is always required. */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type MessageValue = string | PluralForms;
export type MessageKey = keyof typeof en;

/** A complete table: every key of the English table, no other keys (object literals checked
 * with `satisfies` reject unknown keys). */
export type MessageTable = { readonly [K in MessageKey]: MessageValue };

/** `'Posted {date} by {who}'` -> `'date' | 'who'`. */
type ParamNamesOf<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | ParamNamesOf<Rest> : never;

type ValueParams<V> = V extends string
  ? ParamNamesOf<V>
  : V extends PluralForms
    ? 'count' | ParamNamesOf<V[Exclude<keyof V, undefined>] & string>
    : never;

/** The parameter names a message takes, read from the English original. */
export type ParamsOf<K extends MessageKey> = ValueParams<(typeof en)[K]>;

export type MessageParams<K extends MessageKey> = { [P in ParamsOf<K>]: string | number };

/** `t('a.key')` for messages without parameters, `t('a.key', { name })` for the others. */
export type TranslateArgs<K extends MessageKey> = [ParamsOf<K>] extends [never]
  ? [params?: undefined]
  : [params: MessageParams<K>];

export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;

/** Keys of messages that take no parameters (usable wherever a key is chosen at runtime). */
export type PlainMessageKey = { [K in MessageKey]: [ParamsOf<K>] extends [never] ? K : never }[MessageKey];
