/**
 * Helpers for selector alternatives (`SelectorAlt[]`, see types.ts), shared by the X and Amazon
 * selector tables.
 *
 * - `joinSelectors(alts)`: one selector list; `querySelector` then takes the first match in
 *   document order, whichever alternative it is.
 * - `firstMatch(root, alts)`: the alternatives in priority order; the first one that matches
 *   anywhere under `root` wins. For fields where a generic fallback (`.a-profile-name`) must only
 *   count when the specific hook is missing.
 */
import type { SelectorAlt } from './types.ts';

export function joinSelectors(alts: readonly SelectorAlt[]): string {
  return alts.map((a) => a.selector).join(', ');
}

export function firstMatch(root: ParentNode, alts: readonly SelectorAlt[]): Element | null {
  for (const alt of alts) {
    const found = root.querySelector(alt.selector);
    if (found) return found;
  }
  return null;
}
