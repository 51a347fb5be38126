/**
 * Writing a backup file as text chunks, one list at a time and one record per line, so the caller
 * can turn each chunk into a Blob part as it comes (lib/db/backup.ts reads the mentions a page at a
 * time) and a person can read or diff the file. Settings pass the allow-list (settings.ts): only
 * its keys are written, each stripped of what must never leave the browser.
 */
import { BACKUP_FORMAT, BACKUP_KINDS, type BackupApp, type BackupCounts, type BackupKind } from './format.ts';
import type { BackupRecords } from './parse.ts';
import { BACKUP_SETTING_KEYS, BACKUP_SETTINGS, type BackupSettings } from './settings.ts';

export interface BackupHeader {
  createdAt: string;
  app: BackupApp;
  dbVersion: number;
}

type Pages<T> = AsyncIterable<readonly T[]> | Iterable<readonly T[]>;

/** Each list as pages of records (a page may be empty). */
export type BackupSources = { [K in BackupKind]: Pages<BackupRecords[K][number]> } & { settings: Partial<BackupSettings> };

/** The settings as a file holds them: allow-listed keys only, secrets stripped. */
export function settingsForFile(settings: Partial<BackupSettings>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of BACKUP_SETTING_KEYS) {
    const value = settings[key];
    if (value === undefined) continue;
    out[key] = (BACKUP_SETTINGS[key] as { strip(v: unknown): unknown }).strip(value);
  }
  return out;
}

/** The file's text in chunks; returns the counts it wrote. */
export async function* backupChunks(header: BackupHeader, sources: BackupSources): AsyncGenerator<string, BackupCounts> {
  yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"createdAt":${JSON.stringify(header.createdAt)},"app":${JSON.stringify(header.app)},"dbVersion":${JSON.stringify(header.dbVersion)}`;
  const counts: BackupCounts = { mentions: 0, decided: 0, incidents: 0, templates: 0, reviews: 0, settings: 0 };
  for (const kind of BACKUP_KINDS) {
    yield `,\n${JSON.stringify(kind)}:[`;
    for await (const page of sources[kind] as Pages<unknown>) {
      if (page.length === 0) continue;
      let text = '';
      for (const record of page) text += `${counts[kind]++ === 0 ? '' : ','}\n${JSON.stringify(record)}`;
      yield text;
    }
    yield counts[kind] === 0 ? ']' : '\n]';
  }
  const settings = settingsForFile(sources.settings);
  counts.settings = Object.keys(settings).length;
  yield `,\n"settings":${JSON.stringify(settings)},\n"counts":${JSON.stringify(counts)}\n}\n`;
  return counts;
}

/** The whole file as one string (tests, the CLI, small stores). */
export async function backupText(header: BackupHeader, sources: BackupSources): Promise<string> {
  let text = '';
  for await (const chunk of backupChunks(header, sources)) text += chunk;
  return text;
}
