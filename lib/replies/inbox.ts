/**
 * The replies in the inbox (through components/inbox-extensions.tsx) and in the export
 * (lib/export/extras.ts): a "Reply" facet (not replied / decided not to reply / the template of the
 * latest reply) and the export's templateId, statementVersion and firstResponseMinutes columns.
 */
import type { ExportExtrasLookup } from '../export/extras.ts';
import type { ExportExtras, ReplyRecord, StoredMention } from '../schema.ts';
import type { FacetSource } from '../inbox/facts.ts';
import { firstResponse, latestReply, type ReplyRow } from './record.ts';

export const REPLY_FACET = 'reply';
/** Facet values besides template ids (which cannot start with `_`: TemplateIdSchema). */
export const REPLY_FACET_NONE = '_none';
export const REPLY_FACET_NO_TEMPLATE = '_no-template';
export const REPLY_FACET_DECIDED = '_decided';

/** The facet's value for one record. */
export function replyFacetValue(r: ReplyRecord | undefined): string {
  if (!r) return REPLY_FACET_NONE;
  if (r.channel === 'none') return REPLY_FACET_DECIDED;
  return r.templateId ?? REPLY_FACET_NO_TEMPLATE;
}

export const replyFacetSource: FacetSource = {
  id: REPLY_FACET,
  valueOf: (row: StoredMention) => replyFacetValue(latestReply(row)),
};

/** Export columns from the rows' own replies (ExportRowSchema carries `replies`). */
export const replyExtras: ExportExtrasLookup<ReplyRow> = {
  extrasFor(rows) {
    return rows.map((row): ExportExtras | undefined => {
      const first = firstResponse(row);
      const latest = latestReply(row);
      if (!first && !latest) return undefined;
      const source = first?.record ?? latest!;
      return {
        ...(source.templateId ? { templateId: source.templateId } : {}),
        ...(source.statementVersion !== undefined ? { statementVersion: source.statementVersion } : {}),
        ...(source.agent ? { agent: source.agent } : {}),
        ...(source.incidentId ? { incident: source.incidentId } : {}),
        ...(first ? { firstResponseMinutes: first.minutes } : {}),
      };
    });
  },
};
