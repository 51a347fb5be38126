/**
 * Where the columns that later features own come from: incident and agent (team workspace),
 * template id, statement version and first-response minutes (replies). The export asks an
 * `ExportExtrasLookup` once per page, so a feature can answer from its own store in one read; until
 * one is supplied the columns are empty (`NO_EXTRAS`).
 *
 * How a feature plugs in: implement `extrasFor` (e.g. read the mention's claim and first reply,
 * or optional fields it added to StoredMentionSchema) and pass it to the export; two features'
 * lookups combine with `combineExtras` (the first one that knows a field wins).
 */
import { ExportExtrasSchema, type ExportExtras, type ExportRow } from '../schema.ts';

export interface ExportExtrasLookup<T = ExportRow> {
  /** One entry per mention, in the same order; `undefined` where nothing is known. */
  extrasFor(mentions: readonly T[]): Promise<readonly (ExportExtras | undefined)[]> | readonly (ExportExtras | undefined)[];
}

export const NO_EXTRAS: ExportExtrasLookup<unknown> = { extrasFor: (mentions) => mentions.map(() => undefined) };

export function combineExtras<T>(...lookups: readonly ExportExtrasLookup<T>[]): ExportExtrasLookup<T> {
  return {
    async extrasFor(mentions) {
      const answers = await Promise.all(lookups.map((l) => l.extrasFor(mentions)));
      return mentions.map((_, i) => {
        const out: ExportExtras = {};
        for (const answer of answers) {
          const e = answer[i];
          if (!e) continue;
          for (const key of Object.keys(e) as (keyof ExportExtras)[]) {
            if (out[key] === undefined && e[key] !== undefined) Object.assign(out, { [key]: e[key] });
          }
        }
        return out;
      });
    },
  };
}

/** A lookup's answers, parsed (they come from another feature's store): a bad entry is dropped
 * (its cells stay empty) rather than failing the export. */
export async function lookupExtras<T>(lookup: ExportExtrasLookup<T>, mentions: readonly T[]): Promise<ExportExtras[]> {
  if (mentions.length === 0) return [];
  const answers = await lookup.extrasFor(mentions);
  if (answers.length !== mentions.length) throw new Error(`extras lookup answered ${answers.length} entries for ${mentions.length} mentions`);
  return answers.map((e) => {
    if (e === undefined) return {};
    const parsed = ExportExtrasSchema.safeParse(e);
    return parsed.success ? parsed.data : {};
  });
}
