/**
 * The reply view's model for one mention: channel (or the Amazon decision), the suggestions, the
 * chosen template, the agent's entries, the text (filled, or as the agent edited it), and the
 * consistency check on that text. Loaded with the reply view only: it pulls in lint.ts, which
 * loads compromise (never the background or content scripts).
 */
import { useMemo, useState } from 'react';
import { decisionChannel, type AmazonDecision } from '../../../../lib/replies/amazon.ts';
import { channelsFor, fillReply, noSuggestionReason, suggestionsFor, type FilledReply, type ReplySourceData } from '../../../../lib/replies/compose.ts';
import type { StoredMention } from '../../../../lib/schema.ts';
import { blocks, lintReply, type Finding } from '../../../../lib/templates/lint.ts';
import type { Channel } from '../../../../lib/templates/schema.ts';
import type { Suggestion } from '../../../../lib/templates/suggest.ts';
import type { FillValues } from '../../../../lib/templates/variables.ts';
import { xLength, type XLength } from '../../../../lib/templates/x-length.ts';

export interface AgentEntries {
  answers: Record<string, string>;
  author: { name?: string; handle?: string };
  product: { name?: string };
}

export interface ReplyModel {
  platform: StoredMention['platform'];
  decision: AmazonDecision;
  setDecision(d: AmazonDecision): void;
  /** The channel the text is written for; undefined for an Amazon decision that sends no text. */
  channel?: Channel;
  suggestions: Suggestion[];
  noSuggestions?: ReturnType<typeof noSuggestionReason>;
  current?: Suggestion;
  select(templateId: string): void;
  filled?: FilledReply;
  entries: AgentEntries;
  setAnswer(prompt: string, value: string): void;
  setNeed(name: string, value: string): void;
  text: string;
  edited: boolean;
  edit(text: string): void;
  resetText(): void;
  findings: Finding[];
  length?: XLength;
  blocked: boolean;
}

const EMPTY: AgentEntries = { answers: {}, author: {}, product: {} };

export function useReplyModel(mention: StoredMention, sources: ReplySourceData): ReplyModel {
  const [decision, setDecision] = useState<AmazonDecision>('contact-customer');
  const [templateId, setTemplateId] = useState<string>();
  const [entries, setEntries] = useState<AgentEntries>(EMPTY);
  const [editedText, setEditedText] = useState<string>();

  const channel: Channel | undefined = mention.platform === 'x' ? channelsFor(mention)[0] : decisionChannel(decision);
  const suggestions = useMemo(() => (channel ? suggestionsFor(mention, sources, channel) : []), [mention, sources, channel]);
  const current = suggestions.find((s) => s.template.id === templateId) ?? suggestions[0];
  const incident = sources.incident;
  const filled = useMemo(() => (current ? fillReply(current.template, current.lang, mention, incident, entries as FillValues) : undefined), [current, mention, incident, entries]);
  const text = editedText ?? filled?.fill.text ?? '';
  const lang = current?.lang ?? mention.analysis.lang;
  // The reply goes out now: "tomorrow" is judged against the next update (relative-days.ts).
  const findings = useMemo(() => (channel && text ? lintReply(text, { lang, channel, incident, mode: 'insert', now: Date.now() }) : []), [text, lang, channel, incident]);
  const length = useMemo(() => (channel === 'x-reply' ? xLength(text) : undefined), [channel, text]);

  return {
    platform: mention.platform,
    decision,
    setDecision: (d) => {
      setDecision(d);
      setTemplateId(undefined);
      setEditedText(undefined);
    },
    channel,
    suggestions,
    noSuggestions: channel && suggestions.length === 0 ? noSuggestionReason(sources, channel) : undefined,
    current,
    select: (id) => {
      setTemplateId(id);
      setEditedText(undefined);
    },
    filled,
    entries,
    setAnswer: (prompt, value) => setEntries((e) => ({ ...e, answers: { ...e.answers, [prompt]: value } })),
    setNeed: (name, value) =>
      setEntries((e) =>
        name === 'author.name'
          ? { ...e, author: { ...e.author, name: value } }
          : name === 'author.handle'
            ? { ...e, author: { ...e.author, handle: value } }
            : name === 'product.name'
              ? { ...e, product: { name: value } }
              : e,
      ),
    text,
    edited: editedText !== undefined,
    edit: setEditedText,
    resetText: () => setEditedText(undefined),
    findings,
    length,
    blocked: text.trim() === '' || blocks(findings),
  };
}
