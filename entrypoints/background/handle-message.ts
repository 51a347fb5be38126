/**
 * The background's message router. Everything it needs is injected so unit tests drive it with
 * fake-indexeddb and plain functions; `index.ts` wires it to the real browser.
 *
 * Nothing is kept in memory between messages: the MV3 worker may be killed at any time, so the
 * database and storage are the only copies of anything.
 */
import type { CrisisDb } from '@/lib/db/open';
import { getMentions, setMentionStatus } from '@/lib/db/mentions';
import type { Jobs } from '@/lib/jobs';
import { handleInboxMessage, isExtensionPage } from './inbox-messages';
import { handleReplyMessage } from './reply-messages';
import { handleIncidentMessage, type IncidentDeps } from './incident-messages';
import { IncidentMessageSchema } from '@/lib/incident/messages';
import type { StoredIncident } from '@/lib/incident/schema';
import { ingestJob } from './ingest-job';
import { verdictOf } from '@/lib/pipeline';
import { PackMessageSchema } from '@/lib/packs/schema';
import {
  AlertMessageSchema,
  InboxMessageSchema,
  MessageSchema,
  ReplyMessageSchema,
  TeamMessageSchema,
  type MentionStatus,
  type AlertMessage,
  type AdapterHealth,
  type Analysis,
  type ErrorReply,
  type Mention,
  type PipelineStatus,
  type ReplyRecord,
  type Settings,
  type StoredMention,
  type Verdict,
} from '@/lib/schema';

export interface BackgroundDeps {
  getDb(): Promise<CrisisDb>;
  loadSettings(): Promise<Settings>;
  analyze(m: Mention, s: Settings): Analysis;
  /** Resolves when `analyze` can run (the extension installs the language table and lexicons first:
   * runtime/analyser-data.ts); rejects when it cannot. Absent: always ready. */
  analyserReady?(): Promise<void>;
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
  /** The background's jobs: a message type a job answers (ingest) goes to it. */
  jobs?: Jobs;
  /** Alerts (optional so the router works without them): count created mentions, answer
   * alert messages. See alerts-job.ts. */
  alerts?: {
    /** New mentions were stored (their surge-pending markers with them): count and evaluate. */
    onCreated(): Promise<unknown>;
    handleAlertMessage(msg: AlertMessage): Promise<Reply>;
  };
  /** A badge was clicked: open the side panel on mention `id` (inbox-messages.ts). Called before
   * any await, inside the click's user gesture. */
  openMention?(id: string, sender: SenderLike, intent?: 'reply'): void;
  /** The team workspace (team-job.ts), which hears of status changes and stored mentions; its
   * own `team/*` messages are answered by its job. Absent: solo only (unit tests of the router). */
  team?: {
    onStatusSet(id: string, status: MentionStatus): Promise<void>;
    onStored(ids: readonly string[]): Promise<void>;
    /** A reply was recorded on a mention (issue 11): the team's reply document. */
    onReplied?(id: string, record: ReplyRecord): Promise<void>;
    /** An incident was saved here (issue 12): the team's incident and statement documents. */
    onIncidentSaved?(incident: StoredIncident): Promise<void>;
  };
  /** Replying (issue 11): who is replying (the team agent signed in here, else `me`). */
  replies?: { agent(): Promise<string> };
  /** Incidents and templates (issue 11; incident-messages.ts). Absent: refused. */
  incidents?: IncidentDeps;
}

export interface SenderLike {
  id?: string;
  tab?: { id?: number; url?: string };
  url?: string;
}

export type Reply = { ok: true; [k: string]: unknown } | ErrorReply;


export async function handleMessage(raw: unknown, sender: SenderLike, deps: BackgroundDeps): Promise<Reply> {
  if (deps.extensionId && sender.id !== deps.extensionId) {
    deps.log('refused a message from an unknown sender', sender.id);
    return { ok: false, error: 'unknown sender', code: 'sender' };
  }
  const inboxMsg = InboxMessageSchema.safeParse(raw);
  if (inboxMsg.success) return handleInboxMessage(inboxMsg.data, sender, deps);
  const replyMsg = ReplyMessageSchema.safeParse(raw);
  if (replyMsg.success) return handleReplyMessage(replyMsg.data, sender, deps);
  const incidentMsg = IncidentMessageSchema.safeParse(raw);
  if (incidentMsg.success) return handleIncidentMessage(incidentMsg.data, sender, deps);
  const alertMsg = AlertMessageSchema.safeParse(raw);
  if (alertMsg.success) {
    return deps.alerts ? deps.alerts.handleAlertMessage(alertMsg.data) : { ok: false, error: 'alerts are not available', code: 'invalid' };
  }
  const teamMsg = TeamMessageSchema.safeParse(raw);
  if (teamMsg.success) {
    // Extension pages only: a content script runs in a web page and has no business here.
    if (/^https?:/i.test(sender.url ?? '')) return { ok: false, error: 'team messages come from extension pages', code: 'sender' };
    const teamJob = deps.jobs?.answers(teamMsg.data.type);
    if (!teamJob) return { ok: false, error: 'the team workspace is not available', code: 'invalid' };
    return (await deps.jobs!.answer(teamJob, { kind: 'message', type: teamMsg.data.type, message: teamMsg.data, sender })) as Reply;
  }
  // Template packs (issue 12): the pack-sync job answers, for extension pages only — a content
  // script runs in web pages and has no business pinning keys or subscribing.
  const packMsg = PackMessageSchema.safeParse(raw);
  if (packMsg.success) {
    const from = sender.url ?? sender.tab?.url;
    if (from !== undefined && !/^(chrome|moz)-extension:/.test(from)) {
      return { ok: false, error: 'pack messages come from extension pages only', code: 'sender' };
    }
    const packJob = deps.jobs?.answers(packMsg.data.type);
    if (!packJob) return { ok: false, error: 'packs are not available', code: 'invalid' };
    return (await deps.jobs!.answer(packJob, { kind: 'message', type: packMsg.data.type, message: packMsg.data, sender })) as Reply;
  }
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) {
    deps.log('refused a malformed message', parsed.error.issues.slice(0, 3));
    return { ok: false, error: 'malformed message', code: 'invalid' };
  }
  const msg = parsed.data;
  const job = deps.jobs?.answers(msg.type);
  if (job) return (await deps.jobs!.answer(job, { kind: 'message', type: msg.type, message: msg, sender })) as Reply;
  switch (msg.type) {
    case 'mentions/ingest':
      // The ingest job answers through the registry; without one (unit tests of the router), run it here.
      return ingestJob(deps).run({ kind: 'message', type: msg.type, message: msg, sender });
    case 'adapter/health':
      await deps.recordHealth(msg.report);
      return { ok: true };
    case 'mention/set-status': {
      const db = await deps.getDb();
      const updated = await setMentionStatus(db, msg.id, msg.status, deps.now());
      if (!updated) return { ok: false, error: `no mention ${msg.id}`, code: 'not-found' };
      // The team hears of it too; its failure never undoes the change made here.
      await deps.team?.onStatusSet(msg.id, msg.status).catch((err: unknown) => deps.log('team status not recorded', err));
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
      // An extension page wrote mentions itself (the options page's backup import): the badge
      // follows. Our own broadcasts also echo back in some browsers: a refresh more is harmless.
      if (isExtensionPage(sender, deps.extensionId)) deps.refreshBadge();
      return { ok: true };
    case 'verdicts/changed':
      return { ok: true };
  }
}
