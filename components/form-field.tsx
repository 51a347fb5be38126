/**
 * The incident and template editors' form pieces: a labelled field whose input has the id
 * `${uid}-${id}`, and the toggle of a value in a set of ticked checkboxes.
 */
import type { ReactNode } from 'react';

/** `field(id, label, input)` for a form whose inputs are named `${uid}-${id}` (useId()). Keyed by
 * its id, so fields made in a list need no key of their own. */
export function fieldMaker(uid: string) {
  return (id: string, label: string, input: ReactNode) => (
    <label key={id} className="cd-field" htmlFor={`${uid}-${id}`}>
      <span className="cd-field__label">{label}</span>
      {input}
    </label>
  );
}

/** The set with `value` ticked (`on`) or unticked: a new Set, for React state. */
export function toggled<T>(set: ReadonlySet<T>, value: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}
