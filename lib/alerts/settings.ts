/**
 * Alert settings per scope: which preset, minimum volume, cooldown and quiet hours apply, and the
 * detector options they give. Settings come from storage and are parsed with AlertSettingsSchema;
 * `salvageAlertSettings` keeps every valid per-scope entry when one is damaged.
 */
import {
  AlertScopeSettingsSchema,
  AlertSettingsSchema,
  DEFAULT_ALERT_SETTINGS,
  KeywordSetSchema,
  WEBHOOK_CREDENTIALS,
  type AlertScope,
  type AlertScopeSettings,
  type AlertSettings,
  type KeywordSet,
} from '../schema.ts';
import { surgeOptions, type SurgeOptions } from '../surge/index.ts';
import { BUCKET_MS } from './buckets.ts';

const KEYWORDS = 'keywords:';

/**
 * A `keywords:<id>` scope whose set is disabled or deleted counts as switched off, so the engine
 * leaves its state alone on the tick as well (it gets no new counts: see scopes.ts) instead of
 * feeding the detector empty buckets that would drag its baseline down.
 */
export function scopeSettings(settings: AlertSettings, scope: AlertScope): AlertScopeSettings {
  const s = settings.perScope[scope] ?? settings.defaults;
  if (scope.startsWith(KEYWORDS) && s.enabled) {
    const id = scope.slice(KEYWORDS.length);
    if (!settings.keywordSets.some((k) => k.id === id && k.enabled)) return { ...s, enabled: false };
  }
  return s;
}

/** The set behind a `keywords:<id>` scope, if it still exists. */
export function keywordSetOf(settings: Pick<AlertSettings, 'keywordSets'>, scope: AlertScope): KeywordSet | undefined {
  return scope.startsWith(KEYWORDS) ? settings.keywordSets.find((k) => k.id === scope.slice(KEYWORDS.length)) : undefined;
}

const MAX_ID = 40;
/** AlertSettingsSchema's limits on keyword sets (`.max(50)` sets of `.max(50)` terms). */
export const MAX_KEYWORD_SETS = 50;
export const MAX_KEYWORD_TERMS = 50;

/**
 * A new set's id: a slug of its name (ASCII letters and digits, accents dropped, the rest as
 * single hyphens), `-2`, `-3`… when taken. `taken` should include the ids of deleted sets whose
 * scope still has stored state, so a new set never inherits another set's baseline or alerts.
 * A name with no ASCII letters (电池起火) gets `set`.
 */
export function keywordSetId(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const slug =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_ID)
      .replace(/-+$/, '') || 'set';
  if (!used.has(slug)) return slug;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${slug.slice(0, MAX_ID - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!used.has(id)) return id;
  }
}

export function detectorOptions(s: AlertScopeSettings, utcOffsetMinutes: number): SurgeOptions {
  const overrides: Partial<SurgeOptions> = { bucketMs: BUCKET_MS, utcOffsetMinutes };
  if (s.minVolume !== undefined) overrides.minVolume = s.minVolume;
  if (s.cooldownMinutes !== undefined) overrides.cooldownMs = s.cooldownMinutes * 60_000;
  return surgeOptions(s.preset, overrides);
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * Whether `now` falls in the quiet hours, read in local time (`utcOffsetMinutes` east of UTC, as
 * the runtime computes from `-new Date().getTimezoneOffset()`). `from` > `to` spans midnight
 * (22:00–07:00); `from` = `to` is an empty range.
 */
export function inQuietHours(q: AlertScopeSettings['quietHours'], now: number, utcOffsetMinutes: number): boolean {
  if (!q) return false;
  const local = (((Math.floor(now / 60_000) + utcOffsetMinutes) % 1440) + 1440) % 1440;
  const from = minutesOf(q.from);
  const to = minutesOf(q.to);
  if (from === to) return false;
  return from < to ? local >= from && local < to : local >= from || local < to;
}

export interface LoadedAlertSettings {
  settings: AlertSettings;
  /** What could not be read (shown in the Alerts view), empty when all was fine. */
  problems: string[];
}

/** Never throws: a damaged per-scope entry or keyword set is dropped alone, a damaged rest falls
 * back to defaults. */
export function salvageAlertSettings(raw: unknown): LoadedAlertSettings {
  if (raw === undefined || raw === null) return { settings: DEFAULT_ALERT_SETTINGS, problems: [] };
  const whole = AlertSettingsSchema.safeParse(raw);
  if (whole.success) return { settings: whole.data, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: DEFAULT_ALERT_SETTINGS, problems: ['alert settings'] };
  const record = raw as Record<string, unknown>;
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const key of ['defaults', 'notifications', 'webhookUrl'] as const) {
    if (!(key in record)) continue;
    const parsed = AlertSettingsSchema.shape[key].safeParse(record[key]);
    if (parsed.success) out[key] = record[key];
    // A webhook with `user:password@` (accepted by older builds, refused by fetch) says why it went:
    // the reason is written as the URL part, so it reads the same in every UI language.
    else problems.push(parsed.error.issues.some((i) => i.code === 'custom' && i.params?.reason === WEBHOOK_CREDENTIALS) ? `${key} (user:password@)` : key);
  }
  const perScope: Record<string, AlertScopeSettings> = {};
  if (typeof record.perScope === 'object' && record.perScope !== null) {
    for (const [scope, value] of Object.entries(record.perScope)) {
      const entry = AlertScopeSettingsSchema.safeParse(value);
      if (entry.success && AlertSettingsSchema.shape.perScope.safeParse({ [scope]: entry.data }).success) perScope[scope] = entry.data;
      else problems.push(`perScope.${scope}`.slice(0, 80));
    }
  } else if ('perScope' in record) problems.push('perScope');
  out.perScope = perScope;
  // Keyword sets one by one: a damaged set (or a second one with the same id) is dropped alone.
  if (Array.isArray(record.keywordSets)) {
    const sets: KeywordSet[] = [];
    record.keywordSets.forEach((value: unknown, i) => {
      const set = KeywordSetSchema.safeParse(value);
      if (set.success && sets.length < MAX_KEYWORD_SETS && !sets.some((k) => k.id === set.data.id)) sets.push(set.data);
      else problems.push(`keywordSets.${set.success ? set.data.id : i}`);
    });
    out.keywordSets = sets;
  } else if ('keywordSets' in record) problems.push('keywordSets');
  const salvaged = AlertSettingsSchema.safeParse(out);
  return salvaged.success ? { settings: salvaged.data, problems } : { settings: DEFAULT_ALERT_SETTINGS, problems: ['alert settings'] };
}
