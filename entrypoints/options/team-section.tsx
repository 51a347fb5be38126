/**
 * The options page's team workspace section: loads the team settings and the replication's
 * state, follows their changes, and hands the form its actions (TeamData: permission, then a
 * `team/*` message to the background).
 */
import { useEffect, useState } from 'react';
import { TeamSettingsForm } from '../../components/team-settings.tsx';
import type { TeamData, TeamView } from '../../runtime/team-data.ts';

/** "Last synced 2 min ago" stays right without a reload. */
const TICK_MS = 15_000;

export function TeamSection({ team }: { team: TeamData }) {
  const [view, setView] = useState<TeamView>();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let live = true;
    const load = () => void team.load().then((v) => live && setView(v));
    load();
    const stop = team.subscribe(load);
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => {
      live = false;
      stop();
      clearInterval(timer);
    };
  }, [team]);
  if (!view) return null;
  return (
    <TeamSettingsForm
      // Signing in or out swaps the form for the status (and back) with fresh fields.
      key={`${view.settings.dbUrl ?? ''}|${view.settings.agent ?? ''}`}
      settings={view.settings}
      sync={view.sync}
      now={now}
      onSignIn={(dbUrl, name, password) => team.signIn(dbUrl, name, password)}
      onSignOut={(leave) => team.signOut(leave)}
      onSyncNow={() => team.syncNow()}
    />
  );
}
