/**
 * Room for features that build on the inbox (issue 14 leaves it for them): the replies issue's
 * Reply button and `r` shortcut, its incident facet and the incident's priority, the team issue's
 * claimed-by badge and facet. They provide an `InboxExtensions` value above the panel's App (in
 * entrypoints/sidepanel/main.tsx); without one the inbox shows nothing extra and `r` is not listed.
 */
import { createContext, useContext, type ComponentType } from 'react';
import type { FacetSource } from '../lib/inbox/facts.ts';
import type { StoredMention } from '../lib/schema.ts';

export interface InboxExtensions {
  /** Rendered in each row's actions, before "Mark handled" (`ids`: the row's mentions). */
  RowActions?: ComponentType<{ mention: StoredMention; ids: readonly string[] }>;
  /** Rendered in each row's first line (e.g. who claimed it). */
  RowBadges?: ComponentType<{ mention: StoredMention }>;
  /** What `r` does on the focused row. */
  reply?(mention: StoredMention): void;
  /** Extra facets read from each stored row (the incident, who claimed it): they appear in the
   * filter menu with counts like the built-in ones. Read when the panel starts. */
  facetSources?: readonly FacetSource[];
  /** Names of extra facets and of their values. */
  facets?: Record<string, { label: string; valueLabel?(value: string): string }>;
  /** The active incident: its mentions get the priority's incident points (lib/inbox/priority.ts). */
  activeIncident?: { facet: string; value: string };
  /** Leave out open mentions whose facet `facet` names someone other than `except` (the team
   * workspace hides what teammates are on; lib/inbox/query.ts `hideClaimed`). */
  hideClaimed?: { facet: string; except: string; unless?: string };
}

const InboxExtensionsContext = createContext<InboxExtensions>({});

export const InboxExtensionsProvider = InboxExtensionsContext.Provider;

export function useInboxExtensions(): InboxExtensions {
  return useContext(InboxExtensionsContext);
}
