/**
 * Checks of what the background sends to content scripts, without zod (content scripts must not
 * load it: see lib/limits.ts). The background builds these replies from parsed records, so the
 * check is structural: enough that a garbled or foreign message is ignored, never trusted.
 */
import { MENTION_ID_RE } from '../lib/limits.ts';
import type { IngestReply, Verdict } from '../lib/schema.ts';

const LABELS = new Set(['negative', 'neutral', 'positive']);
const STATUSES = new Set(['open', 'handled', 'dismissed']);
/** lib/schema.ts ComplaintCategorySchema (no zod here). */
const CATEGORIES = new Set(['delivery', 'damaged', 'safety', 'refund', 'account', 'service', 'counterfeit']);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function isVerdict(x: unknown): x is Verdict {
  return (
    isObject(x) &&
    typeof x.id === 'string' &&
    MENTION_ID_RE.test(x.id) &&
    typeof x.flagged === 'boolean' &&
    typeof x.label === 'string' &&
    LABELS.has(x.label) &&
    typeof x.score === 'number' &&
    Number.isFinite(x.score) &&
    typeof x.lang === 'string' &&
    typeof x.status === 'string' &&
    STATUSES.has(x.status) &&
    (x.categories === undefined || (Array.isArray(x.categories) && x.categories.every((c) => typeof c === 'string' && CATEGORIES.has(c))))
  );
}

function verdictList(x: unknown): Verdict[] | undefined {
  return Array.isArray(x) && x.every(isVerdict) ? x : undefined;
}

export function asIngestReply(x: unknown): IngestReply | undefined {
  if (!isObject(x) || x.ok !== true) return undefined;
  const verdicts = verdictList(x.verdicts);
  if (!verdicts || typeof x.stored !== 'number' || typeof x.duplicates !== 'number' || !Array.isArray(x.rejected)) return undefined;
  return x as unknown as IngestReply;
}

export function errorText(x: unknown): string {
  return isObject(x) && x.ok === false && typeof x.error === 'string' ? x.error.slice(0, 300) : 'unreadable reply';
}

/** `{type: 'verdicts/changed', verdicts}` broadcast after a status change in the panel. */
export function asVerdictsChanged(x: unknown): Verdict[] | undefined {
  return isObject(x) && x.type === 'verdicts/changed' ? verdictList(x.verdicts) : undefined;
}

/** `{type: 'reply/insert-x', mentionId, text}` from the side panel (lib/schema.ts
 * ComposerInsertMessageSchema, checked here without zod). */
export function asComposerInsert(x: unknown): { mentionId: string; text: string } | undefined {
  if (!isObject(x) || x.type !== 'reply/insert-x') return undefined;
  const { mentionId, text } = x;
  if (typeof mentionId !== 'string' || !MENTION_ID_RE.test(mentionId)) return undefined;
  // MAX_REPLY_TEXT (lib/schema.ts) is 5,000.
  if (typeof text !== 'string' || text.length === 0 || text.length > 5_000) return undefined;
  return { mentionId, text };
}
