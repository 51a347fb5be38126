/**
 * Settings live in `storage.local` under `settings`, parsed with SettingsSchema on every read
 * (STYLE.md habit 5). A damaged value never throws and never wipes the whole watch list: each
 * field that fails is reset on its own (array fields keep their valid entries) and the problem
 * is reported, so one bad ASIN written by an old version costs one ASIN, not all of them.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../lib/schema.ts';

export const SETTINGS_KEY = 'settings';

export interface LoadedSettings {
  settings: Settings;
  /** Fields that could not be read and were (partly) reset; empty when the stored value is fine. */
  resetFields: (keyof Settings)[];
}

/** Pure salvage: the best Settings that can be read from `raw`, and which fields were reset. */
export function salvageSettings(raw: unknown): LoadedSettings {
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS, resetFields: [] };
  const whole = SettingsSchema.safeParse(raw);
  if (whole.success) return { settings: whole.data, resetFields: [] };

  const shape = SettingsSchema.shape;
  const allFields = Object.keys(shape) as (keyof Settings)[];
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: DEFAULT_SETTINGS, resetFields: allFields };
  const record: Record<string, unknown> = { ...raw };
  const resetFields: (keyof Settings)[] = [];
  for (const field of allFields) {
    const fieldSchema = shape[field];
    const value = record[field];
    if (fieldSchema.safeParse(value).success) continue;
    resetFields.push(field);
    // Keep the valid entries of a list; the schema of the whole field judges each one alone.
    const kept = Array.isArray(value) ? value.filter((item) => fieldSchema.safeParse([item]).success) : [];
    record[field] = kept.length > 0 && fieldSchema.safeParse(kept).success ? kept : undefined;
  }
  const salvaged = SettingsSchema.safeParse(record);
  return salvaged.success ? { settings: salvaged.data, resetFields } : { settings: DEFAULT_SETTINGS, resetFields: allFields };
}

/** Settings plus the fields that had to be reset (the options page shows them). */
export async function loadSettingsDetailed(): Promise<LoadedSettings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    const loaded = salvageSettings(stored[SETTINGS_KEY]);
    if (loaded.resetFields.length) {
      console.warn('[crisis-desk] stored settings were damaged; reset fields:', loaded.resetFields.join(', '));
    }
    return loaded;
  } catch (error) {
    console.warn('[crisis-desk] could not read settings; using defaults', error);
    return { settings: DEFAULT_SETTINGS, resetFields: Object.keys(SettingsSchema.shape) as (keyof Settings)[] };
  }
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsDetailed()).settings;
}

/** Validates before writing: throws the ZodError for invalid settings, never stores them. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const parsed = SettingsSchema.parse(settings);
  await browser.storage.local.set({ [SETTINGS_KEY]: parsed });
  return parsed;
}

/** Calls `cb` with the (salvaged) new settings whenever they change; returns the unsubscribe. */
export function onSettingsChanged(cb: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    cb(salvageSettings(changes[SETTINGS_KEY]?.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
