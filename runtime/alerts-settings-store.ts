/**
 * Alert settings live in `storage.local` under `alertSettings`, parsed on every read; a damaged
 * entry is dropped alone (see `salvageAlertSettings`) and named, never thrown.
 */
import { browser } from 'wxt/browser';
import { salvageAlertSettings, type LoadedAlertSettings } from '../lib/alerts/settings.ts';
import { AlertSettingsSchema, DEFAULT_ALERT_SETTINGS, type AlertSettings } from '../lib/schema.ts';

export const ALERT_SETTINGS_KEY = 'alertSettings';

export async function loadAlertSettingsDetailed(): Promise<LoadedAlertSettings> {
  try {
    const stored = await browser.storage.local.get(ALERT_SETTINGS_KEY);
    return salvageAlertSettings(stored[ALERT_SETTINGS_KEY]);
  } catch (error) {
    console.warn('[crisis-desk] could not read alert settings; using defaults', error);
    return { settings: DEFAULT_ALERT_SETTINGS, problems: ['alert settings'] };
  }
}

export async function loadAlertSettings(): Promise<AlertSettings> {
  return (await loadAlertSettingsDetailed()).settings;
}

/** Validates before writing: throws the ZodError for invalid settings, never stores them. */
export async function saveAlertSettings(settings: AlertSettings): Promise<AlertSettings> {
  const parsed = AlertSettingsSchema.parse(settings);
  await browser.storage.local.set({ [ALERT_SETTINGS_KEY]: parsed });
  return parsed;
}

export function onAlertSettingsChanged(cb: (loaded: LoadedAlertSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && ALERT_SETTINGS_KEY in changes) cb(salvageAlertSettings(changes[ALERT_SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
