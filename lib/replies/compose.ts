/**
 * What the reply view works out for one mention: which channels fit it, the suggested templates
 * (lib/templates/suggest.ts: crisis-mode incident first, then incidents the mention matched, the
 * mention's language before English, complaint categories, channel), the values its variables
 * take from the mention and the incident, the prompts the agent must answer, and the language
 * notes the agent must see. The check itself (lint.ts, which loads compromise) runs in the view.
 */
import { matchIncidents } from '../incident/keywords.ts';
import type { IncidentLike, StoredIncident } from '../incident/schema.ts';
import type { StoredMention } from '../schema.ts';
import { suggestTemplates, type Suggestion } from '../templates/suggest.ts';
import type { Channel, Template } from '../templates/schema.ts';
import { askPrompts, fillTemplate, scanVariables, type FillResult, type FillValues } from '../templates/variables.ts';

/** What the replies are drawn from: the active incident (if any) and the approved templates. */
export interface ReplySourceData {
  incident?: ReplyIncident;
  templates: readonly Template[];
}

/** An incident file or a stored one; `crisisMode` only stored ones have. */
export type ReplyIncident = IncidentLike & Partial<Pick<StoredIncident, 'crisisMode' | 'keywords' | 'title'>>;

/** Where a reply to this mention can go. X posts: a reply on X. Amazon reviews cannot be answered
 * in public: a buyer message (when the buyer's order is known) or a response to seller feedback. */
export function channelsFor(mention: Pick<StoredMention, 'platform'>): Channel[] {
  return mention.platform === 'x' ? ['x-reply'] : ['amazon-buyer-message', 'amazon-feedback-response'];
}

/** The mention's language for replies (`und` when the analyser could not tell). */
export function replyLang(mention: Pick<StoredMention, 'analysis'>): string {
  return mention.analysis.lang;
}

export function incidentIdsFor(mention: StoredMention, incident: ReplyIncident | undefined): string[] {
  if (!incident) return [];
  if (incident.crisisMode) return [incident.id];
  return matchIncidents(mention, [{ id: incident.id, status: incident.status, keywords: incident.keywords ?? [] }]).map((m) => m.incidentId);
}

export function suggestionsFor(mention: StoredMention, sources: ReplySourceData, channel: Channel, limit = 10): Suggestion[] {
  const incident = sources.incident;
  return suggestTemplates(
    sources.templates,
    {
      channel,
      lang: replyLang(mention),
      categories: mention.analysis.complaint?.categories,
      incidentIds: incidentIdsFor(mention, incident),
      ...(incident?.crisisMode ? { crisisIncidentId: incident.id } : {}),
    },
    limit,
  );
}

/** Why no template fits, for a clear message: none for this channel at all, or none in the
 * mention's language nor in English. */
export type NoSuggestionReason = 'no-templates' | 'no-channel' | 'no-language';

export function noSuggestionReason(sources: ReplySourceData, channel: Channel): NoSuggestionReason {
  const approved = sources.templates.filter((t) => t.status === 'approved');
  if (approved.length === 0) return 'no-templates';
  if (!approved.some((t) => t.channels.includes(channel) || t.channels.includes('generic'))) return 'no-channel';
  return 'no-language';
}

/** The values a mention gives its template's variables; the agent's entries win. */
export function mentionValues(mention: StoredMention, agent: FillValues = {}): FillValues {
  const pick = (a: string | undefined, b: string | undefined) => (a !== undefined && a.trim() !== '' ? a : b);
  return {
    author: { name: pick(agent.author?.name, mention.authorName), handle: pick(agent.author?.handle, mention.authorHandle) },
    product: { name: agent.product?.name },
    answers: agent.answers ?? {},
  };
}

export interface FilledReply {
  fill: FillResult;
  /** Prompts the agent must answer, each once. */
  prompts: string[];
  /** Mention variables with no value here (`author.name`, `product.name`…): the view asks for them. */
  needs: string[];
}

export function fillReply(template: Template, lang: string, mention: StoredMention, incident: ReplyIncident | undefined, agent: FillValues = {}): FilledReply {
  const text = template.variants[lang] ?? '';
  const fill = fillTemplate(text, { lang, incident, values: mentionValues(mention, agent) });
  const needs = [...new Set(fill.missing.filter((m) => m.kind === 'variable' && m.reason === 'no-value').map((m) => m.name))];
  return { fill, prompts: askPrompts(text), needs };
}

/** Unknown variables in a template's variant: it cannot be used until its author fixes it. */
export function unknownVariables(text: string): string[] {
  return scanVariables(text).flatMap((t) => (t.kind === 'unknown' ? [t.raw] : []));
}
