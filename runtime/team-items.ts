/**
 * The team workspace's storage items (runtime/stored-item.ts): its settings (the database URL
 * and who is signed in — never a password) and the replication's state for the pages.
 */
import { TeamSettingsSchema, TeamSyncStatusSchema, type TeamSettings, type TeamSyncStatus } from '../lib/schema.ts';
import { OFF } from '../lib/team/status.ts';
import { defineStoredItem } from './stored-item.ts';

export const TEAM_SETTINGS_KEY = 'local:teamSettings';

/** Unset (`{}`) for solo users: nothing of the workspace runs. */
export const teamSettingsItem = defineStoredItem<TeamSettings>({
  key: TEAM_SETTINGS_KEY,
  schema: TeamSettingsSchema,
  fallback: { schemaVersion: 1 },
});

/** Written by the background only. Unreadable is "off": the next event writes it again. */
export const teamSyncItem = defineStoredItem<TeamSyncStatus>({
  key: 'local:teamSync',
  schema: TeamSyncStatusSchema,
  fallback: OFF,
});
