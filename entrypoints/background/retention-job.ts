/**
 * The retention job (hourly): removes mentions whose last activity is older than the team's
 * retention, leaving tombstones of decided ones (lib/db/prune.ts). A call removes at most
 * PRUNE_DEFAULTS' worth; the next hour goes on. The re-check runs after it (stored mentions may
 * need their flags redone; it is a no-op when nothing changed).
 */
import { pruneMentions } from '@/lib/db/mentions';
import type { Job } from '@/lib/jobs';
import type { BackgroundDeps } from './handle-message';

export const RETENTION_ALARM = 'crisis-desk-retention';

export function retentionJob(deps: BackgroundDeps, afterwards: () => void): Job<number> {
  return {
    name: 'retention',
    alarm: { name: RETENTION_ALARM, periodInMinutes: 60, delayInMinutes: 1 },
    exclusive: true,
    async run() {
      try {
        const [db, settings] = await Promise.all([deps.getDb(), deps.loadSettings()]);
        const removed = await pruneMentions(db, { retentionDays: settings.retentionDays }, deps.now());
        if (removed) deps.log(`retention removed ${removed} old mention(s)`);
        return removed;
      } finally {
        afterwards();
      }
    },
  };
}
