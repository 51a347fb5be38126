/**
 * The reply as it will go out, with the consistency check's findings marked in it: red for what
 * blocks, amber for warnings, the rule and the fix in the title. Text only (React text nodes), so
 * a template or a customer's name can never become markup.
 */
export interface MarkedFinding {
  start: number;
  end: number;
  severity: 'block' | 'warn';
  /** "Blocks: Admits liability — fix: …", shown on hover and to screen readers. */
  label: string;
  rule: string;
}

export interface TextPiece {
  text: string;
  finding?: MarkedFinding;
}

/** Splits `text` at the findings' spans; zero-length findings (about the whole reply) are listed
 * elsewhere; where spans overlap the earlier (then the blocking) one is marked. */
export function splitFindings(text: string, findings: readonly MarkedFinding[]): TextPiece[] {
  const spans = findings
    .filter((f) => f.end > f.start && f.start >= 0 && f.end <= text.length)
    .sort((a, b) => a.start - b.start || (a.severity === b.severity ? b.end - a.end : a.severity === 'block' ? -1 : 1));
  const out: TextPiece[] = [];
  let at = 0;
  for (const f of spans) {
    if (f.start < at) continue;
    if (f.start > at) out.push({ text: text.slice(at, f.start) });
    out.push({ text: text.slice(f.start, f.end), finding: f });
    at = f.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}

export function ReplyCheckedText({ text, findings, label }: { text: string; findings: readonly MarkedFinding[]; label: string }) {
  return (
    <div className="cd-reply__checked" data-testid="reply-checked" aria-label={label}>
      {splitFindings(text, findings).map((p, i) =>
        p.finding ? (
          <mark key={i} className={`cd-reply__mark cd-reply__mark--${p.finding.severity}`} title={p.finding.label} data-rule={p.finding.rule}>
            {p.text}
            <span className="cd-visually-hidden"> ({p.finding.label})</span>
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </div>
  );
}
