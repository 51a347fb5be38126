/**
 * Alert settings per scope: which preset, minimum volume, cooldown and quiet hours apply, and the
 * detector options they give. Settings come from storage and are parsed with AlertSettingsSchema;
 * `salvageAlertSettings` keeps every valid per-scope entry when one is damaged.
 */
import { AlertScopeSettingsSchema, AlertSettingsSchema, DEFAULT_ALERT_SETTINGS, type AlertScope, type AlertScopeSettings, type AlertSettings } from '../schema.ts';
import { surgeOptions, type SurgeOptions } from '../surge/index.ts';
import { BUCKET_MS } from './buckets.ts';

export function scopeSettings(settings: AlertSettings, scope: AlertScope): AlertScopeSettings {
  return settings.perScope[scope] ?? settings.defaults;
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

/** Never throws: a damaged per-scope entry is dropped alone, a damaged rest falls back to defaults. */
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
    if (AlertSettingsSchema.shape[key].safeParse(record[key]).success) out[key] = record[key];
    else problems.push(key);
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
  const salvaged = AlertSettingsSchema.safeParse(out);
  return salvaged.success ? { settings: salvaged.data, problems } : { settings: DEFAULT_ALERT_SETTINGS, problems: ['alert settings'] };
}
