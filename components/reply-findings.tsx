/** The consistency check's findings as a list: severity, rule, what is wrong, how to fix it. */
export interface FindingItem {
  key: string;
  severity: 'block' | 'warn';
  severityLabel: string;
  rule: string;
  ruleLabel: string;
  message: string;
  hint: string;
}

export function ReplyFindings({ title, items, empty }: { title: string; items: readonly FindingItem[]; empty: string }) {
  return (
    <section className="cd-reply__findings" aria-label={title} data-testid="reply-findings">
      <h3 className="cd-reply__h">{title}</h3>
      {items.length === 0 ? (
        <p className="cd-reply__ok">{empty}</p>
      ) : (
        <ul>
          {items.map((f) => (
            <li key={f.key} className={`cd-reply__finding cd-reply__finding--${f.severity}`} data-rule={f.rule} data-severity={f.severity}>
              <span className="cd-chip" data-severity={f.severity === 'block' ? 'critical' : 'medium'}>
                {f.severityLabel}
              </span>{' '}
              <strong>{f.ruleLabel}</strong>: {f.message}
              <div className="cd-reply__hint">{f.hint}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
