/** The suggested templates as a radio group: title, why it is suggested, the variant's language. */
export interface SuggestionItem {
  id: string;
  title: string;
  /** "in German", "in English" */
  lang: string;
  fallback: boolean;
  reasons: string[];
}

export function ReplySuggestions(props: { title: string; items: readonly SuggestionItem[]; selected: string | undefined; onSelect(id: string): void }) {
  return (
    <fieldset className="cd-reply__suggestions" data-testid="reply-suggestions">
      <legend className="cd-reply__h">{props.title}</legend>
      {props.items.map((s) => (
        <label key={s.id} className="cd-reply__suggestion" data-template-id={s.id}>
          <input type="radio" name="cd-reply-template" value={s.id} checked={props.selected === s.id} onChange={() => props.onSelect(s.id)} />
          <span className="cd-reply__suggestion-title">{s.title}</span>{' '}
          <span className={`cd-chip cd-chip--quiet${s.fallback ? ' cd-reply__fallback-chip' : ''}`}>{s.lang}</span>
          {s.reasons.map((r) => (
            <span key={r} className="cd-chip cd-chip--quiet">
              {r}
            </span>
          ))}
        </label>
      ))}
    </fieldset>
  );
}
