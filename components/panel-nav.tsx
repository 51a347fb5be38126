/**
 * Panel-level navigation any view can call: "open the inbox on these mentions" (an alert's
 * scopes and span, one mention; lib/inbox/query.ts InboxFocus). App provides it; rendered on its
 * own (a component test) it does nothing.
 */
import { createContext, useContext } from 'react';
import type { InboxFocus } from '../lib/inbox/query.ts';

export interface PanelNav {
  /** Switch to the inbox filtered to `focus`, or back to the whole inbox with `undefined`. */
  openInbox(focus: InboxFocus | undefined): void;
}

const PanelNavContext = createContext<PanelNav>({ openInbox: () => undefined });

export const PanelNavProvider = PanelNavContext.Provider;

export function usePanelNav(): PanelNav {
  return useContext(PanelNavContext);
}
