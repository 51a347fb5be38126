/**
 * Who records a reply: the team agent signed in on this browser, else the name the agent gave in
 * the Incident tab (the one publishing and ticking are recorded under), else `me`
 * (lib/replies/record.ts).
 */
import { SOLO_AGENT } from '@/lib/replies/record';
import { agentNameItem } from '@/runtime/incident-items';
import { teamSettingsItem } from '@/runtime/team-items';

export async function replyAgent(): Promise<string> {
  const settings = await teamSettingsItem.get();
  if (settings.dbUrl && settings.agent) return settings.agent;
  const named = (await agentNameItem.get()).trim();
  return named || SOLO_AGENT;
}
