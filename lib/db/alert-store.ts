/**
 * The alert engine's AlertStore (lib/alerts/store.ts) over the `crisis-desk` IndexedDB database:
 * each operation opens the database through `getDb` (the background reopens it after a version
 * change) and calls the reader or writer of alerts.ts / mentions.ts that does the parsing.
 */
import type { AlertStore } from '../alerts/store.ts';
import { getAlert, listAlerts, loadScopeStates, mentionsPostedBetween, pendingMentionIds, pruneAlertData, writeAlertData } from './alerts.ts';
import { getMentions } from './mentions.ts';
import type { CrisisDb } from './open.ts';

export function idbAlertStore(getDb: () => Promise<CrisisDb>): AlertStore {
  return {
    loadScopeStates: async () => loadScopeStates(await getDb()),
    pendingMentionIds: async (limit) => pendingMentionIds(await getDb(), limit),
    getMentions: async (ids) => getMentions(await getDb(), ids),
    listAlerts: async () => listAlerts(await getDb()),
    getAlert: async (id) => getAlert(await getDb(), id),
    mentionsPostedBetween: async (from, to, limit) => mentionsPostedBetween(await getDb(), from, to, limit),
    writeAlertData: async (w) => writeAlertData(await getDb(), w),
    pruneAlertData: async (now) => pruneAlertData(await getDb(), now),
  };
}
