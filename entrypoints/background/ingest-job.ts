/**
 * The ingest job: a content script's batch of mentions is validated item by item, analysed,
 * flagged and stored (lib/pipeline.ts); then the panel and the badge hear about it and the alerts
 * engine counts what is new — before the reply, so a panel refreshing on the reply already sees
 * the alert. A worker killed in between loses nothing: the surge-pending markers written with the
 * mentions are counted by the next run.
 */
import type { Job } from '@/lib/jobs';
import { ingestBatch } from '@/lib/pipeline';
import type { IngestReply } from '@/lib/schema';
import type { BackgroundDeps, Reply, SenderLike } from './handle-message';

export const INGEST_MESSAGE = 'mentions/ingest';

export function ingestJob(deps: BackgroundDeps): Job<Reply> {
  return {
    name: 'ingest',
    messages: [INGEST_MESSAGE],
    run: (trigger) => (trigger.kind === 'message' ? ingest(trigger.message, trigger.sender as SenderLike, deps) : Promise.resolve(NOT_A_MESSAGE)),
  };
}

const NOT_A_MESSAGE: Reply = { ok: false, error: 'ingest answers messages only', code: 'invalid' };

async function ingest(msg: unknown, sender: SenderLike, deps: BackgroundDeps): Promise<Reply> {
  const now = deps.now();
  try {
    await deps.analyserReady?.();
  } catch (err) {
    // Nothing is stored without an analysis: the content script keeps the batch and offers it again.
    const message = `the analyser could not start: ${err instanceof Error ? err.message : String(err)}`.slice(0, 500);
    deps.log(message);
    await deps.setPipelineStatus({ lastError: { code: 'analyser', message, at: now.toISOString() } });
    return { ok: false, error: message, code: 'analyser' };
  }
  const [db, settings] = await Promise.all([deps.getDb(), deps.loadSettings()]);
  let created = 0;
  // The frame that ran the content script; its tab's URL only if the browser gave no frame URL
  // (each mention must come from, and link to, its platform's hosts: lib/platforms/mention-origin.ts).
  const senderUrl = sender.url ?? sender.tab?.url;
  const reply = await ingestBatch(msg, { db, analyze: deps.analyze, settings, now, senderUrl, onCreated: (rows) => (created = rows.length) });
  if (!reply.ok) {
    deps.log(`ingest failed: ${reply.error}`);
    await deps.setPipelineStatus({
      lastError: { code: reply.code ?? 'storage', message: reply.error.slice(0, 500), at: now.toISOString() },
    });
    return reply;
  }
  if (reply.rejected.length) deps.log(`ingest rejected ${reply.rejected.length} item(s)`, reply.rejected.slice(0, 5));
  // Clears an earlier failure; the item skips the write when there is none (every batch).
  await deps.setPipelineStatus({ lastError: undefined });
  if (reply.stored > 0) {
    deps.broadcastChanged(reply.verdicts.map((v) => v.id));
    deps.refreshBadge();
    // Shared with the team in the background of the reply: the content script need not wait.
    const flagged = reply.verdicts.filter((v) => v.flagged).map((v) => v.id);
    if (flagged.length && deps.team) void deps.team.onStored(flagged).catch((err: unknown) => deps.log('team share failed', err));
  }
  // An alerts failure is logged, never turned into an ingest failure.
  if (created > 0 && deps.alerts) await deps.alerts.onCreated().catch((err: unknown) => deps.log('alert evaluation failed', err));
  return reply satisfies IngestReply;
}
