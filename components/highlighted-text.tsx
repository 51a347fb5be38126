/**
 * Mention text with the analyser's evidence spans marked. Everything is rendered as React text
 * nodes (never HTML), so markup inside a post shows as the characters the author typed.
 */
import { ComplaintCategorySchema, type Evidence } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';

export interface TextSegment {
  text: string;
  evidence?: Evidence;
}

/** Splits `text` at the evidence spans that really point into it (offsets can belong to a
 * different version of the text after re-analysis: those spans are ignored, not misplaced).
 * Overlapping spans keep the earlier one. */
export function splitEvidence(text: string, evidence: readonly Evidence[] = []): TextSegment[] {
  const spans = evidence
    .filter((e) => e.end > e.start && e.end <= text.length && text.slice(e.start, e.end) === e.text)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: span.text, evidence: span });
    at = span.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
  return segments;
}

const EVIDENCE_KINDS = ['negative-word', 'phrase', 'negation', 'emoji', 'emoticon'] as const;

/** What a highlight means, in the UI language: never the analyser's internal names. */
export function useEvidenceTitle(): (e: Evidence) => string {
  const { t } = useI18n();
  return (e) => {
    const category = ComplaintCategorySchema.safeParse(e.category);
    if (category.success) return t(e.kind === 'topic' ? 'row.evidence.topic' : 'row.evidence.complaint', { category: t(`complaint.${category.data}`) });
    const kind = EVIDENCE_KINDS.find((k) => k === e.kind);
    return kind ? t(`row.evidence.${kind}`) : t('row.evidence.other');
  };
}

export function HighlightedText({ text, evidence }: { text: string; evidence?: readonly Evidence[] }) {
  const title = useEvidenceTitle();
  return (
    <>
      {splitEvidence(text, evidence).map((segment, i) =>
        segment.evidence ? (
          <mark key={i} className="cd-evidence" title={title(segment.evidence)}>
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}
