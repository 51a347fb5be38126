/**
 * The storage items behind the backup's allow-listed settings (lib/backup/settings.ts), and the
 * incident reviews (one storage item per incident, lib/report/review.ts). A setting is only ever
 * read and written through its item, so a value from a file is parsed like any other write.
 */
import { BACKUP_SETTING_KEYS, type BackupSettingKey, type BackupSettings } from '../lib/backup/settings.ts';
import { readReview, type IncidentReview } from '../lib/report/review.ts';
import { incidentReviewItem } from './incident-items.ts';
import { inboxPrefsItem } from './inbox-state.ts';
import { alertSettingsItem, settingsItem } from './storage-items.ts';
import type { StoredItem } from './stored-item.ts';

export const BACKUP_SETTING_ITEMS: { readonly [K in BackupSettingKey]: StoredItem<BackupSettings[K]> } = {
  'local:settings': settingsItem,
  'local:alertSettings': alertSettingsItem,
  'local:inboxPrefs': inboxPrefsItem,
};

export async function readBackupSettings(): Promise<BackupSettings> {
  const entries = await Promise.all(BACKUP_SETTING_KEYS.map(async (key) => [key, await BACKUP_SETTING_ITEMS[key].get()] as const));
  return Object.fromEntries(entries) as unknown as BackupSettings;
}

export async function writeBackupSettings(settings: Partial<BackupSettings>): Promise<void> {
  for (const key of BACKUP_SETTING_KEYS) {
    const value = settings[key];
    if (value !== undefined) await (BACKUP_SETTING_ITEMS[key] as StoredItem<unknown>).set(value);
  }
}

/** The same item runtime/report-data.ts reads and writes. */
const reviewItem = (id: string): StoredItem<IncidentReview> => incidentReviewItem(id);

/** The reviews saved for these incidents (a review never saved is left out). */
export async function readReviews(incidentIds: readonly string[]): Promise<IncidentReview[]> {
  const reviews = await Promise.all(incidentIds.map(async (id) => readReview((await reviewItem(id).read()).value, id).review));
  return reviews.filter((r) => r.updatedAt !== undefined);
}

export async function writeReviews(reviews: readonly IncidentReview[]): Promise<void> {
  for (const review of reviews) await reviewItem(review.incidentId).set(review);
}
