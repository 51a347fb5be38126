/**
 * Room for features that build on the inbox (issue 14 leaves it for them): the replies issue's
 * Reply button and `r` shortcut and its incident facet, the team issue's claimed-by badge. They
 * provide an `InboxExtensions` value above the inbox; without one the inbox shows nothing extra
 * and `r` is not listed.
 */
import { createContext, useContext, type ComponentType } from 'react';
import type { StoredMention } from '../lib/schema.ts';

export interface InboxExtensions {
  /** Rendered in each row's actions, before "Mark handled" (`ids`: the row's mentions). */
  RowActions?: ComponentType<{ mention: StoredMention; ids: readonly string[] }>;
  /** Rendered in each row's first line (e.g. who claimed it). */
  RowBadges?: ComponentType<{ mention: StoredMention }>;
  /** What `r` does on the focused row. */
  reply?(mention: StoredMention): void;
  /** Names of extra facets (lib/inbox/facts.ts FacetSource ids) and of their values. */
  facets?: Record<string, { label: string; valueLabel?(value: string): string }>;
}

const InboxExtensionsContext = createContext<InboxExtensions>({});

export const InboxExtensionsProvider = InboxExtensionsContext.Provider;

export function useInboxExtensions(): InboxExtensions {
  return useContext(InboxExtensionsContext);
}
