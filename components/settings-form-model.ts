/**
 * The options form as text fields, and the way back to Settings: split the lists, normalise
 * what is safe to normalise (a leading @ on handles, lower-case ASINs, duplicates), then let
 * SettingsSchema decide, and turn its issues into one translated message per bad entry
 * ("“B0X” is not a valid ASIN") instead of zod's generic text.
 */
import type { Translate } from '../lib/i18n.ts';
import { SettingsSchema, type Settings } from '../lib/schema.ts';

export type DraftField = Exclude<keyof Settings, 'schemaVersion'>;
export const DRAFT_FIELDS: readonly DraftField[] = ['brands', 'handles', 'productIds', 'languages', 'retentionDays', 'responseTargetMinutes', 'watchOnly'];

export interface SettingsDraft {
  brands: string;
  handles: string;
  productIds: string;
  languages: string;
  retentionDays: string;
  responseTargetMinutes: string;
  watchOnly: boolean;
}

export type FieldErrors = Partial<Record<DraftField, string[]>>;

export type DraftResult = { ok: true; settings: Settings } | { ok: false; errors: FieldErrors };

export function toDraft(settings: Settings): SettingsDraft {
  return {
    brands: settings.brands.join('\n'),
    handles: settings.handles.join('\n'),
    productIds: settings.productIds.join('\n'),
    languages: settings.languages.join(', '),
    retentionDays: String(settings.retentionDays),
    responseTargetMinutes: String(settings.responseTargetMinutes),
    watchOnly: settings.watchOnly,
  };
}

/** Split on `separator`, trim and `normalize`, drop empties and duplicates (compared by `key`),
 * keep the first spelling and the order. */
export function splitList(
  text: string,
  separator: RegExp,
  key: (s: string) => string = (s) => s,
  normalize: (s: string) => string = (s) => s,
): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(separator)) {
    const item = normalize(raw.trim());
    if (!item || seen.has(key(item))) continue;
    seen.add(key(item));
    out.push(item);
  }
  return out;
}

/** Brand names may contain spaces and commas ("Acme, Inc."), so only new lines separate them. */
const LINES = /\r?\n/;
const LINES_COMMAS_SPACES = /[\s,;]+/;

export function draftToCandidate(draft: SettingsDraft) {
  const days = draft.retentionDays.trim();
  const target = draft.responseTargetMinutes.trim();
  return {
    schemaVersion: 1 as const,
    brands: splitList(draft.brands, LINES, (s) => s.toLowerCase()),
    // X handles are case-insensitive; people paste them with the @.
    handles: splitList(draft.handles, LINES_COMMAS_SPACES, (s) => s.toLowerCase(), (s) => s.replace(/^@/, '')),
    // ASINs are upper-case on every marketplace; lower-case is a typing slip, not another id.
    productIds: splitList(draft.productIds.toUpperCase(), LINES_COMMAS_SPACES),
    languages: splitList(draft.languages.toLowerCase(), LINES_COMMAS_SPACES),
    retentionDays: days === '' ? Number.NaN : Number(days),
    responseTargetMinutes: target === '' ? Number.NaN : Number(target),
    watchOnly: draft.watchOnly,
  };
}

function itemMessage(t: Translate, field: DraftField, value: string, code: string, maximum: unknown): string {
  switch (field) {
    case 'brands':
      return code === 'too_big' ? t('validation.brandTooLong', { value, max: Number(maximum) }) : t('validation.invalid');
    case 'handles':
      return t('validation.invalidHandle', { value });
    case 'productIds':
      return t('validation.invalidAsin', { value });
    case 'languages':
      return t('validation.invalidLanguage', { value });
    default:
      return t('validation.invalid');
  }
}

export function parseDraft(draft: SettingsDraft, t: Translate): DraftResult {
  const candidate = draftToCandidate(draft);
  const result = SettingsSchema.safeParse(candidate);
  if (result.success) return { ok: true, settings: result.data };

  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const [field, index] = issue.path;
    if (typeof field !== 'string' || !(DRAFT_FIELDS as readonly string[]).includes(field)) continue;
    const f = field as DraftField;
    const maximum = 'maximum' in issue ? issue.maximum : undefined;
    let message: string;
    if (f === 'retentionDays') message = t('validation.retentionDays');
    else if (f === 'responseTargetMinutes') message = t('validation.responseTarget');
    else if (typeof index === 'number') {
      const list = candidate[f];
      const value = Array.isArray(list) ? String(list[index]) : '';
      message = itemMessage(t, f, value, issue.code, maximum);
    } else if (issue.code === 'too_big') message = t('validation.tooMany', { max: Number(maximum) });
    else message = t('validation.invalid');
    const list = (errors[f] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return { ok: false, errors };
}
