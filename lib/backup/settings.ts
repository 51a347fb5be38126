/**
 * Which `browser.storage` values a backup carries: an ALLOW-list, so a setting added later stays
 * out of every file until someone decides it belongs (and a secret never slips in by default).
 * Each entry has the schema its value is written and read with; `strip` removes the parts that
 * must never leave the browser, `keep` puts them back from this browser's value when the file's
 * value is taken.
 *
 * Left out on purpose (STORAGE_KEYS_LEFT_OUT lists each with why; a test checks that every item
 * the extension defines is in one list or the other): the team workspace (who is signed in: the
 * server's session cookie is the credential and stays with the browser), the alert webhook URL (a
 * Slack-style incoming-webhook URL is itself the secret that lets anyone post), pack approver keys,
 * subscriptions and accepted packs (they decide which packs are trusted, and an unsigned backup
 * must not change that; a subscription URL may carry an access token), crisis mode (this
 * browser's state, which changed its alert presets), the solo agent's name (a hand-over goes to
 * another person), and runtime state (health reports, progress, focus requests, the inbox place).
 */
import { z } from 'zod';

import { InboxPrefsSchema, type InboxPrefs } from '../inbox/view-state.ts';
import { AlertSettingsSchema, SettingsSchema, type AlertSettings, type Settings } from '../schema.ts';

/** The values a backup may carry, by their storage key (runtime/storage-items.ts, inbox-state.ts). */
export interface BackupSettings {
  'local:settings': Settings;
  'local:alertSettings': AlertSettings;
  'local:inboxPrefs': InboxPrefs;
}
export type BackupSettingKey = keyof BackupSettings;

interface SettingEntry<T> {
  /** What the file holds (after `strip`). */
  schema: z.ZodType<T>;
  /** The value as written to a file: without anything secret. */
  strip(value: T): T;
  /** The file's value as taken into this browser: what `strip` removed comes back from `local`. */
  keep(fromFile: T, local: T): T;
}

const same = <T>(v: T) => v;

/** lib/incident/keywords.ts incidentKeywordSetId's prefix; AlertSettingsSchema's maximum of sets. */
const INCIDENT_SET_PREFIX = 'incident-';
const MAX_KEYWORD_SETS = 50;

const alertSettings: SettingEntry<AlertSettings> = {
  // Parsing with the full schema keeps the file's value checked like a stored one; the webhook
  // URL is removed before writing and ignored when reading (a hand-edited file cannot set one).
  schema: AlertSettingsSchema.transform(({ webhookUrl: _secret, ...rest }) => rest as AlertSettings),
  strip: ({ webhookUrl: _secret, ...rest }) => rest,
  keep: (fromFile, local) => {
    const { webhookUrl: _ignored, ...rest } = fromFile;
    // Keyword sets an incident owns (`incident-<id>`, lib/incident/keywords.ts) belong to this
    // browser's incidents, not to the settings: the file's settings never drop them.
    const have = new Set(rest.keywordSets.map((s) => s.id));
    const owned = local.keywordSets.filter((s) => s.id.startsWith(INCIDENT_SET_PREFIX) && !have.has(s.id));
    const keywordSets = [...rest.keywordSets, ...owned].slice(0, MAX_KEYWORD_SETS);
    const taken = { ...rest, keywordSets };
    return local.webhookUrl === undefined ? taken : { ...taken, webhookUrl: local.webhookUrl };
  },
};

export const BACKUP_SETTINGS: { readonly [K in BackupSettingKey]: SettingEntry<BackupSettings[K]> } = {
  'local:settings': { schema: SettingsSchema, strip: same, keep: same },
  'local:alertSettings': alertSettings,
  'local:inboxPrefs': { schema: InboxPrefsSchema, strip: same, keep: same },
};

export const BACKUP_SETTING_KEYS = Object.keys(BACKUP_SETTINGS) as BackupSettingKey[];

export function isBackupSettingKey(key: string): key is BackupSettingKey {
  return Object.hasOwn(BACKUP_SETTINGS, key);
}

/**
 * Storage keys a backup never carries, and why. Keys ending in `*` are prefixes (one item per
 * incident). Incident reviews (`local:incidentReview:*`) are not settings: they travel as records
 * of their own (`reviews` in the file).
 */
export const STORAGE_KEYS_LEFT_OUT: Readonly<Record<string, string>> = {
  'local:teamSettings': 'the team workspace: who is signed in here (the session cookie is the credential)',
  'local:teamSync': 'the team replication state of this browser',
  'local:packKeys': 'approver keys decide which packs are trusted; pin them in Template packs',
  'local:packSubscriptions': 'a subscription address may carry an access token',
  'local:packs': 'accepted signed packs: taken again from their subscriptions or files',
  'local:crisisMode': "this browser's crisis mode (it changed this browser's alert presets)",
  'local:incidentAgent': 'the name this browser acts under; a hand-over goes to another person',
  'local:adapterHealth': 'runtime state: page reading problems seen here',
  'local:pipelineStatus': 'runtime state: the last storage failure here',
  'local:reflagState': 'runtime state: progress of a re-check',
  'local:alertFocus': 'runtime state: a notification click',
  'local:mentionFocus': 'runtime state: a badge click',
  'session:inboxPlace': 'the inbox place for this browser session',
  'local:incidentReview:*': 'carried as records (reviews), not as a setting',
};
