/** What to do with an Amazon review, which cannot be answered in public (lib/replies/amazon.ts). */
import type { AmazonDecision } from '../lib/replies/amazon.ts';

export interface DecisionOption {
  id: AmazonDecision;
  label: string;
  help: string;
}

export function AmazonDecisionPicker(props: { title: string; explain: string; options: readonly DecisionOption[]; value: AmazonDecision; onChange(d: AmazonDecision): void }) {
  return (
    <fieldset className="cd-reply__amazon" data-testid="amazon-decision">
      <legend className="cd-reply__h">{props.title}</legend>
      <p>{props.explain}</p>
      {props.options.map((o) => (
        <label key={o.id} className="cd-reply__suggestion">
          <input type="radio" name="cd-amazon-decision" value={o.id} checked={props.value === o.id} onChange={() => props.onChange(o.id)} />
          <span>{o.label}</span>
          <div className="cd-reply__hint">{o.help}</div>
        </label>
      ))}
    </fieldset>
  );
}
