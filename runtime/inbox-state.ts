/**
 * The inbox's stored state (lib/inbox/view-state.ts): the agent's place for the browser session
 * (`session:` storage: survives closing the panel, not a restart) and the sort and density
 * preferences. "Open the panel on this mention" requests are mention-focus.ts.
 */
import { DEFAULT_PLACE, DEFAULT_PREFS, InboxPlaceSchema, InboxPrefsSchema, type InboxPlace, type InboxPrefs } from '../lib/inbox/view-state.ts';
import { defineStoredItem } from './stored-item.ts';

export const inboxPlaceItem = defineStoredItem<InboxPlace>({
  key: 'session:inboxPlace',
  schema: InboxPlaceSchema,
  fallback: DEFAULT_PLACE,
});

export const inboxPrefsItem = defineStoredItem<InboxPrefs>({
  key: 'local:inboxPrefs',
  schema: InboxPrefsSchema,
  fallback: DEFAULT_PREFS,
});
