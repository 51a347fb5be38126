/** Who records a reply: the team agent signed in on this browser, else `me` (lib/replies/record.ts). */
import { SOLO_AGENT } from '@/lib/replies/record';
import { teamSettingsItem } from '@/runtime/team-items';

export async function replyAgent(): Promise<string> {
  const settings = await teamSettingsItem.get();
  return settings.dbUrl && settings.agent ? settings.agent : SOLO_AGENT;
}
