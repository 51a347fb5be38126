/**
 * The keyword-set editor as text fields, and the way back to AlertSettings: split the terms
 * (one per line or comma separated, duplicates dropped the way the matcher folds them), let
 * KeywordSetSchema decide, and turn its issues into one translated message per field, naming the
 * term at fault (like settings-form-model.ts does for the options form).
 */
import { foldKeywordText } from '../lib/alerts/keyword-match.ts';
import type { Translate } from '../lib/i18n.ts';
import { KeywordSetSchema, type AlertSettings, type KeywordSet } from '../lib/schema.ts';

export interface KeywordSetDraft {
  name: string;
  terms: string;
}

export interface KeywordSetErrors {
  name?: string[];
  terms?: string[];
}

export type KeywordSetDraftResult = { ok: true; set: KeywordSet } | { ok: false; errors: KeywordSetErrors };

/** New lines and commas, including the full-width and ideographic commas of CJK input methods. */
const TERM_SEPARATORS = /[\r\n,，、]+/;

export function splitTerms(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(TERM_SEPARATORS)) {
    const term = raw.trim();
    const key = foldKeywordText(term);
    if (!term || seen.has(key)) continue;
    seen.add(key);
    out.push(term);
  }
  return out;
}

export function toKeywordSetDraft(set?: KeywordSet): KeywordSetDraft {
  return { name: set?.name ?? '', terms: set?.terms.join('\n') ?? '' };
}

function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

/** `base` is what the draft does not edit: the id (fixed at creation), enabled, createdAt. */
export function parseKeywordSetDraft(draft: KeywordSetDraft, base: Pick<KeywordSet, 'id' | 'enabled' | 'createdAt'>, t: Translate): KeywordSetDraftResult {
  const terms = splitTerms(draft.terms);
  const result = KeywordSetSchema.safeParse({ ...base, name: draft.name, terms });
  if (result.success) return { ok: true, set: result.data };

  const errors: KeywordSetErrors = {};
  const add = (field: keyof KeywordSetErrors, message: string) => {
    const list = (errors[field] ??= []);
    if (!list.includes(message)) list.push(message);
  };
  for (const issue of result.error.issues) {
    const [field, index] = issue.path;
    const max = 'maximum' in issue ? Number(issue.maximum) : 0;
    if (field === 'name') add('name', issue.code === 'too_big' ? t('alerts.keywords.error.nameTooLong', { max }) : t('alerts.keywords.error.nameRequired'));
    else if (field === 'terms' && typeof index === 'number') {
      const value = shown(terms[index] ?? '');
      add('terms', issue.code === 'too_big' ? t('alerts.keywords.error.termTooLong', { value, max }) : t('alerts.keywords.error.termStar', { value }));
    } else if (field === 'terms') {
      add('terms', issue.code === 'too_big' ? t('alerts.keywords.error.tooManyTerms', { max }) : t('alerts.keywords.error.termsRequired'));
    }
  }
  return { ok: false, errors };
}

/** Adds the set, or replaces the one with its id (in place, so the list keeps its order). */
export function withKeywordSet(settings: AlertSettings, set: KeywordSet): AlertSettings {
  const at = settings.keywordSets.findIndex((k) => k.id === set.id);
  const keywordSets = at < 0 ? [...settings.keywordSets, set] : settings.keywordSets.map((k, i) => (i === at ? set : k));
  return { ...settings, keywordSets };
}

export function withKeywordSetEnabled(settings: AlertSettings, id: string, enabled: boolean): AlertSettings {
  return { ...settings, keywordSets: settings.keywordSets.map((k) => (k.id === id ? { ...k, enabled } : k)) };
}

/** Removes the set and its own alert settings (a later set never reuses the id: see keywordSetId). */
export function withoutKeywordSet(settings: AlertSettings, id: string): AlertSettings {
  const perScope = { ...settings.perScope };
  delete perScope[`keywords:${id}`];
  return { ...settings, keywordSets: settings.keywordSets.filter((k) => k.id !== id), perScope };
}
