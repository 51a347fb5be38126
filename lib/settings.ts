/**
 * Reading the watch-list settings someone stored (an older version, a damaged profile). A damaged
 * value never wipes the whole watch list: each field that fails is reset on its own (array fields
 * keep their valid entries), so one bad ASIN written by an old version costs one ASIN, not all.
 */
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './schema.ts';
import type { Salvaged } from './stored-value.ts';

export interface LoadedSettings {
  settings: Settings;
  /** Fields that could not be read and were (partly) reset; empty when the stored value is fine. */
  resetFields: (keyof Settings)[];
}

const ALL_FIELDS = Object.keys(SettingsSchema.shape) as (keyof Settings)[];

/** The best Settings that can be read from `raw`, and which fields were reset. */
export function salvageSettings(raw: unknown): LoadedSettings {
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS, resetFields: [] };
  const whole = SettingsSchema.safeParse(raw);
  if (whole.success) return { settings: whole.data, resetFields: [] };

  const shape = SettingsSchema.shape;
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: DEFAULT_SETTINGS, resetFields: ALL_FIELDS };
  const record: Record<string, unknown> = { ...raw };
  const resetFields: (keyof Settings)[] = [];
  for (const field of ALL_FIELDS) {
    const fieldSchema = shape[field];
    const value = record[field];
    if (fieldSchema.safeParse(value).success) continue;
    resetFields.push(field);
    // Keep the valid entries of a list; the schema of the whole field judges each one alone.
    const kept = Array.isArray(value) ? value.filter((item) => fieldSchema.safeParse([item]).success) : [];
    record[field] = kept.length > 0 && fieldSchema.safeParse(kept).success ? kept : undefined;
  }
  const salvaged = SettingsSchema.safeParse(record);
  return salvaged.success ? { settings: salvaged.data, resetFields } : { settings: DEFAULT_SETTINGS, resetFields: ALL_FIELDS };
}

/** The same, in the storage-item helper's shape (problems are the reset field names). */
export function salvageSettingsValue(raw: unknown): Salvaged<Settings> {
  const { settings, resetFields } = salvageSettings(raw);
  return { value: settings, problems: resetFields };
}
