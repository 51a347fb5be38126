/**
 * What the options page's "Backup and hand-over" section needs, behind one interface so the view is
 * tested with a fake. The work happens here, in the options page, over this context's IndexedDB
 * connection (runtime/db.ts) — not in the background: a backup is far larger than a runtime message
 * may carry, and IndexedDB serialises the page's transactions with the background's, so an import
 * chunk never overwrites a write the background made (lib/db/backup.ts merges with it). After an
 * import, open side panels are told what changed (`mentions/changed`, `incidents/changed`), as the
 * background tells them after its own writes.
 */
import { browser } from 'wxt/browser';
import { backupFileName, type BackupCounts, type BackupKind } from '../lib/backup/format.ts';
import { withRejected, type MergeSummary } from '../lib/backup/merge.ts';
import { parseBackup, type BackupParse } from '../lib/backup/parse.ts';
import type { DbConnection } from '../lib/db/connection.ts';
import { applyBackupImport, exportBackupChunks, previewBackupImport, type ImportProgress } from '../lib/db/backup.ts';
import { DB_VERSION } from '../lib/db/open.ts';
import type { ToBackground } from '../lib/messaging.ts';
import { MAX_BATCH, type Message } from '../lib/schema.ts';
import { readBackupSettings, readReviews, writeBackupSettings, writeReviews } from './backup-settings.ts';
import { contextDb } from './db.ts';
import { saveBlob } from './save-file.ts';

export type { ImportProgress } from '../lib/db/backup.ts';

export interface BackupFile {
  blob: Blob;
  name: string;
  counts: BackupCounts;
  /** Records here that could not be read and are not in the file. */
  skipped: Record<BackupKind, number>;
}

/** A file read and parsed: refused, or ready for a preview. */
export type BackupRead = BackupParse & { name: string };

export interface BackupData {
  /** Writes the whole local state to a file (not yet offered to the user). */
  exportFile(): Promise<BackupFile>;
  /** Offers the file to the user (the browser's download). */
  save(file: BackupFile): void;
  /** Parses a chosen file's text. Never throws. */
  read(name: string, text: string): BackupRead;
  /** What importing would do; writes nothing. */
  preview(file: Extract<BackupRead, { ok: true }>, takeSettings: boolean): Promise<MergeSummary>;
  /** Imports: the summary of what was done. */
  apply(file: Extract<BackupRead, { ok: true }>, takeSettings: boolean, onProgress?: (p: ImportProgress) => void): Promise<MergeSummary>;
}

export interface BackupDataDeps {
  db?: DbConnection;
  now?: () => Date;
  document?: Document;
  /** Tell the other extension pages what changed. */
  broadcast?: (message: Message | ToBackground) => void;
  appVersion?: () => string;
}

const broadcastToPages = (message: Message | ToBackground) => {
  // No side panel open is the normal case: "Receiving end does not exist" is expected.
  browser.runtime.sendMessage(message).catch(() => undefined);
};

export function createBackupData(deps: BackupDataDeps = {}): BackupData {
  const db = deps.db ?? contextDb;
  const now = deps.now ?? (() => new Date());
  const broadcast = deps.broadcast ?? broadcastToPages;
  const appVersion = deps.appVersion ?? (() => browser.runtime.getManifest().version);
  const localFor = async (file: Extract<BackupRead, { ok: true }>) => ({
    settings: await readBackupSettings(),
    reviews: await readReviews(file.backup.reviews.map((r) => r.incidentId)),
  });
  return {
    async exportFile() {
      const at = now();
      const settings = await readBackupSettings();
      return db.use(async (conn) => {
        const parts: Blob[] = [];
        const chunks = exportBackupChunks(conn, { createdAt: at.toISOString(), app: { name: 'crisis-desk', version: appVersion() }, dbVersion: DB_VERSION }, { settings, reviews: readReviews });
        for (;;) {
          const next = await chunks.next();
          if (next.done) return { blob: new Blob(parts, { type: 'application/json' }), name: backupFileName(at), ...next.value };
          parts.push(new Blob([next.value]));
        }
      });
    },
    save(file) {
      saveBlob(deps.document ?? document, file.blob, file.name);
    },
    read: (name, text) => ({ ...parseBackup(text), name }),
    async preview(file, takeSettings) {
      const local = await localFor(file);
      const summary = await db.use((conn) => previewBackupImport(conn, file.backup, local, { takeSettings, now: now() }));
      return withRejected(summary, file.rejected);
    },
    async apply(file, takeSettings, onProgress) {
      const local = await localFor(file);
      const done = await db.use((conn) => applyBackupImport(conn, file.backup, local, { takeSettings, now: now(), ...(onProgress ? { onProgress } : {}) }));
      await writeReviews(done.reviews);
      await writeBackupSettings(done.settings);
      for (let i = 0; i < done.mentionIds.length; i += MAX_BATCH) broadcast({ type: 'mentions/changed', ids: done.mentionIds.slice(i, i + MAX_BATCH) });
      if (done.incidentsChanged || done.reviews.length > 0) broadcast({ type: 'incidents/changed' });
      return withRejected(done.summary, file.rejected);
    },
  };
}
