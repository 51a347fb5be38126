/**
 * The background's message router. Everything it needs is injected so unit tests drive it with
 * fake-indexeddb and plain functions; `index.ts` wires it to the real browser.
 *
 * Nothing is kept in memory between messages: the MV3 worker may be killed at any time, so the
 * database and storage are the only copies of anything.
 */
import type { CrisisDb } from '@/lib/db/open';
import { getMentions, setMentionStatus } from '@/lib/db/mentions';
import { ingestBatch, verdictOf } from '@/lib/pipeline';
import {
  AlertMessageSchema,
  MessageSchema,
  type AlertMessage,
  type AdapterHealth,
  type Analysis,
  type ErrorReply,
  type Mention,
  type PipelineStatus,
  type Settings,
  type StoredMention,
  type Verdict,
} from '@/lib/schema';

export interface BackgroundDeps {
  getDb(): Promise<CrisisDb>;
  loadSettings(): Promise<Settings>;
  analyze(m: Mention, s: Settings): Analysis;
  recordHealth(r: AdapterHealth): Promise<void>;
  setPipelineStatus(patch: Partial<PipelineStatus>): Promise<void>;
  /** Tell extension pages (side panel) which ids changed. */
  broadcastChanged(ids: string[]): void;
  /** Tell content scripts about new verdicts (status changes made in the panel). */
  broadcastVerdicts(verdicts: Verdict[]): void;
  /** Refresh the toolbar badge (open flagged count). */
  refreshBadge(): void;
  now(): Date;
  /** Our own extension id: messages from anyone else are refused. */
  extensionId: string | undefined;
  log(msg: string, detail?: unknown): void;
  /** Alerts (optional so the router works without them): count created mentions, answer
   * alert messages. See alerts-job.ts. */
  alerts?: {
    /** New mentions were stored (their surge-pending markers with them): count and evaluate. */
    onCreated(): Promise<unknown>;
    handleAlertMessage(msg: AlertMessage): Promise<Reply>;
  };
}

export interface SenderLike {
  id?: string;
  tab?: { id?: number };
  url?: string;
}

export type Reply = { ok: true; [k: string]: unknown } | ErrorReply;


export async function handleMessage(raw: unknown, sender: SenderLike, deps: BackgroundDeps): Promise<Reply> {
  if (deps.extensionId && sender.id !== deps.extensionId) {
    deps.log('refused a message from an unknown sender', sender.id);
    return { ok: false, error: 'unknown sender', code: 'sender' };
  }
  const alertMsg = AlertMessageSchema.safeParse(raw);
  if (alertMsg.success) {
    return deps.alerts ? deps.alerts.handleAlertMessage(alertMsg.data) : { ok: false, error: 'alerts are not available', code: 'invalid' };
  }
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) {
    deps.log('refused a malformed message', parsed.error.issues.slice(0, 3));
    return { ok: false, error: 'malformed message', code: 'invalid' };
  }
  const msg = parsed.data;
  switch (msg.type) {
    case 'mentions/ingest': {
      const [db, settings] = await Promise.all([deps.getDb(), deps.loadSettings()]);
      const now = deps.now();
      let created = 0;
      const reply = await ingestBatch(msg, { db, analyze: deps.analyze, settings, now, onCreated: (rows) => (created = rows.length) });
      if (!reply.ok) {
        deps.log(`ingest failed: ${reply.error}`);
        await deps.setPipelineStatus({
          lastError: { code: reply.code ?? 'storage', message: reply.error.slice(0, 500), at: now.toISOString() },
        });
        return reply;
      }
      if (reply.rejected.length) deps.log(`ingest rejected ${reply.rejected.length} item(s)`, reply.rejected.slice(0, 5));
      // Clears an earlier failure; the store skips the write when there is none (every batch).
      await deps.setPipelineStatus({ lastError: undefined });
      if (reply.stored > 0) {
        deps.broadcastChanged(reply.verdicts.map((v) => v.id));
        deps.refreshBadge();
      }
      // Counted before replying, so the panel sees the alert with the reply. A worker killed before
      // this loses nothing: the pending markers written with the mentions are counted next run.
      // An alerts failure is logged, never turned into an ingest failure.
      if (created > 0 && deps.alerts) await deps.alerts.onCreated().catch((err: unknown) => deps.log('alert evaluation failed', err));
      return reply;
    }
    case 'adapter/health':
      await deps.recordHealth(msg.report);
      return { ok: true };
    case 'mention/set-status': {
      const db = await deps.getDb();
      const updated = await setMentionStatus(db, msg.id, msg.status, deps.now());
      if (!updated) return { ok: false, error: `no mention ${msg.id}`, code: 'not-found' };
      deps.broadcastChanged([msg.id]);
      deps.broadcastVerdicts([verdictOf(updated)]);
      deps.refreshBadge();
      return { ok: true };
    }
    case 'mentions/verdicts': {
      const db = await deps.getDb();
      const found = await getMentions(db, msg.ids);
      return { ok: true, verdicts: found.filter((m): m is StoredMention => !!m).map(verdictOf) };
    }
    case 'mentions/changed':
    case 'verdicts/changed':
      // Our own broadcasts echo back to us in some browsers; nothing to do.
      return { ok: true };
  }
}
