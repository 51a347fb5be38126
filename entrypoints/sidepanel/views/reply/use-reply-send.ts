/**
 * What the reply view's buttons do: insert into X (clipboard when that fails, with the reason),
 * copy, record an Amazon decision; then record the reply on the mention (the background writes
 * it) and offer undo. Nothing is recorded when nothing left Crisis Desk (the copy failed).
 */
import { useState } from 'react';
import { decisionRecord, reviewPage, type AmazonDecision } from '../../../../lib/replies/amazon.ts';
import type { ReplyIncident } from '../../../../lib/replies/compose.ts';
import type { ComposerInsertReply, RecordReplyReply, ReplyInput, ReplyVia, StoredMention } from '../../../../lib/schema.ts';
import type { Channel } from '../../../../lib/templates/schema.ts';
import type { Suggestion } from '../../../../lib/templates/suggest.ts';
import type { ReplyData } from '../../../../runtime/reply-data.ts';

export type SendNote =
  | { kind: 'inserted'; target?: 'reply' | 'inline'; postOnPage?: boolean }
  | { kind: 'pasted-fallback'; why: Exclude<ComposerInsertReply['outcome'], 'inserted'>; detail?: string }
  | { kind: 'copied' }
  | { kind: 'copy-failed'; why?: Exclude<ComposerInsertReply['outcome'], 'inserted'> }
  | { kind: 'decided'; noPage?: boolean };

export interface SendState {
  busy: boolean;
  note?: SendNote;
  recorded?: RecordReplyReply;
  recordError?: string;
  undone?: boolean;
  undoError?: string;
}

export interface SendInput {
  text: string;
  channel: Channel;
  suggestion?: Suggestion;
  edited: boolean;
}

export function useReplySend(data: ReplyData, mention: StoredMention, incident: ReplyIncident | undefined) {
  const [state, setState] = useState<SendState>({ busy: false });

  const recordInput = (input: SendInput, via: ReplyVia): ReplyInput => {
    const t = input.suggestion?.template;
    const ofIncident = t?.incident !== undefined && incident?.id === t.incident;
    return {
      at: data.now().toISOString(),
      channel: input.channel,
      via,
      ...(t ? { templateId: t.id, lang: input.suggestion!.lang, fallback: input.suggestion!.fallback } : {}),
      ...(ofIncident ? { incidentId: incident!.id, statementVersion: incident!.statement.version } : {}),
      edited: input.edited,
      text: input.text.slice(0, 5_000),
    };
  };

  const record = async (reply: ReplyInput, markHandled: boolean, note: SendNote) => {
    try {
      const recorded = await data.record(mention.id, reply, markHandled);
      setState({ busy: false, note, recorded });
    } catch (err) {
      setState({ busy: false, note, recordError: err instanceof Error ? err.message : String(err) });
    }
  };

  const copyAndRecord = async (input: SendInput, why?: Exclude<ComposerInsertReply['outcome'], 'inserted'>, detail?: string) => {
    const copied = await data.copy(input.text);
    if (!copied) return setState({ busy: false, note: { kind: 'copy-failed', ...(why ? { why } : {}) } });
    await record(recordInput(input, 'clipboard'), true, why ? { kind: 'pasted-fallback', why, ...(detail ? { detail } : {}) } : { kind: 'copied' });
  };

  return {
    state,
    canInsert: data.insertIntoX !== undefined,
    async insert(input: SendInput) {
      setState({ busy: true });
      if (!data.insertIntoX) return copyAndRecord(input, 'unsupported');
      let res: ComposerInsertReply;
      try {
        res = await data.insertIntoX(mention.id, input.text);
      } catch (err) {
        res = { ok: true, outcome: 'error', detail: err instanceof Error ? err.message : String(err) };
      }
      if (res.outcome !== 'inserted') return copyAndRecord(input, res.outcome, res.detail);
      await record(recordInput(input, 'x-insert'), true, { kind: 'inserted', target: res.target, postOnPage: res.postOnPage });
    },
    async copy(input: SendInput) {
      setState({ busy: true });
      await copyAndRecord(input);
    },
    async decide(decision: Extract<AmazonDecision, 'contact-customer' | 'no-reply'>) {
      setState({ busy: true });
      const page = reviewPage(mention);
      if (decision === 'contact-customer' && page) data.openPage(page);
      const inc = incident ? { id: incident.id, version: incident.statement.version } : undefined;
      await record(decisionRecord(decision, data.now().toISOString(), inc), decision === 'contact-customer', { kind: 'decided', noPage: decision === 'contact-customer' && !page });
    },
    async undo() {
      const r = state.recorded;
      if (!r) return;
      try {
        await data.undo(mention.id, r.record.at, r.before);
        setState({ busy: false, undone: true });
      } catch (err) {
        setState((s) => ({ ...s, undoError: err instanceof Error ? err.message : String(err) }));
      }
    },
    reset: () => setState({ busy: false }),
  };
}
