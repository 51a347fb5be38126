/**
 * The side panel: header, crisis mode's pinned clock (while it is on), view tabs (inbox, alerts,
 * incident, and Reply while a reply is open), the views. The inbox stays mounted behind the other tabs, so its filters, selection, undo and
 * scroll survive a look at the alerts; its engine (digest, search index) lives here for the
 * same reason. Data and translator come in as props so tests inject fakes.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { I18nProvider } from '../../components/i18n-context.tsx';
import { InboxExtensionsProvider, useInboxExtensions } from '../../components/inbox-extensions.tsx';
import { PanelNavProvider, type PanelNav } from '../../components/panel-nav.tsx';
import { TabBar, type Tab } from '../../components/tab-bar.tsx';
import type { InboxFocus } from '../../lib/inbox/query.ts';
import type { StoredIncident } from '../../lib/incident/schema.ts';
import type { Translator } from '../../lib/i18n.ts';
import { createAlertsData, type AlertsData } from '../../runtime/alerts-data.ts';
import type { PanelData } from '../../runtime/panel-data.ts';
import { createReplyData, type ReplyData } from '../../runtime/reply-data.ts';
import { createIncidentData, type IncidentData } from '../../runtime/incident-data.ts';
import { createTeamData, type TeamData } from '../../runtime/team-data.ts';
import { PanelDataProvider } from './panel-context.tsx';
import { useAlertsLive } from './views/alerts-live.ts';
import { AlertsView } from './views/alerts-view.tsx';
import { InboxView } from './views/inbox-view.tsx';
import { useInboxEngine } from './views/inbox/use-inbox-engine.ts';
import { OpenReplyProvider, REPLY_FACET_SOURCES, withReplyExtensions } from './views/reply/reply-inbox.tsx';
import { useMentionFocus } from './views/inbox/use-mention-focus.ts';
import { TEAM_FACET_SOURCES, TeamProvider, withTeamExtensions } from './views/team/team-inbox.tsx';
import { useTeam } from './views/team/use-team.ts';
import { usePanelLive } from './views/use-panel-live.ts';
import { useNow } from './views/use-now.ts';
import { CrisisBar } from './views/incident/crisis-bar.tsx';
import { createIncidentFacet, facetSignature, withIncidentExtensions } from './views/incident/incident-inbox.ts';
import { IncidentView } from './views/incident/incident-view.tsx';
import { useIncidents } from './views/incident/use-incidents.ts';

type TabId = 'inbox' | 'alerts' | 'incident' | 'reply';

// Replying (issue 11): loaded on first use; it brings the consistency check (lint.ts, compromise).
const ReplyView = lazy(() => import('./views/reply/reply-view.tsx'));

export interface AppProps {
  data: PanelData;
  translator: Translator;
  /** Fixed clock for tests; the real panel ticks. */
  now?: number;
  /** The Alerts view's data; the real one (IndexedDB + background) when omitted. */
  alerts?: AlertsData;
  /** The team workspace's data (issue 12); the real one (storage + background) when omitted. */
  team?: TeamData;
  /** Replying (issue 11): templates, recording, X insertion, clipboard, translator; the real one
   * when omitted. */
  replies?: ReplyData;
  /** Incidents and templates (issue 11); the real one (IndexedDB + background) when omitted. */
  incidents?: IncidentData;
}

export function App({ data, translator, now: fixedNow, alerts: alertsProp, team: teamProp, replies: repliesProp, incidents: incidentsProp }: AppProps) {
  const { t } = translator;
  const tickingNow = useNow(fixedNow);
  const now = fixedNow ?? tickingNow;
  const [tab, setTab] = useState<TabId>('inbox');
  const [alertsData] = useState(() => alertsProp ?? createAlertsData());
  const [alertId, setAlertId] = useState<string>();
  const [inboxRequest, setInboxRequest] = useState<{ seq: number; focus: InboxFocus | undefined }>();
  const [teamData] = useState(() => teamProp ?? createTeamData());
  const [replyData] = useState(() => repliesProp ?? createReplyData());
  const [replyTo, setReplyTo] = useState<string>();
  const openReply = useCallback((id: string) => {
    setReplyTo(id);
    setTab('reply');
  }, []);
  const outerExtensions = useInboxExtensions();
  // Incidents (issue 11): the incident facet reads the incidents' keywords (incident-inbox.ts).
  const [incidentData] = useState(() => incidentsProp ?? createIncidentData());
  const [incidentFacet] = useState(createIncidentFacet);
  const [incidentId, setIncidentId] = useState<string>();
  const incidents = useIncidents(incidentData);
  const outerSources = outerExtensions.facetSources ?? [];
  // An outer `incident` source (a test's, another feature's) is kept instead of ours.
  const ownIncident = outerSources.some((s) => s.id === incidentFacet.source.id) ? [] : [incidentFacet.source];
  const engine = useInboxEngine(data, [...outerSources, ...REPLY_FACET_SOURCES, ...TEAM_FACET_SOURCES, ...ownIncident]);
  // The incidents whose keywords the inbox's rows were last indexed with: the facet's titles and
  // the active incident follow them, so the list is re-ranked once the rows carry the facet.
  const [indexed, setIndexed] = useState<{ sig: string; list: readonly StoredIncident[] }>({ sig: facetSignature([]), list: [] });
  const incidentList = incidents.snapshot?.incidents;
  useEffect(() => {
    const list = incidentList ?? [];
    if (incidentFacet.setIncidents(list)) void engine.retry().then(() => setIndexed({ sig: facetSignature(list), list }));
  }, [incidentFacet, incidentList, engine]);
  const facetList = incidentList && facetSignature(incidentList) === indexed.sig ? incidentList : indexed.list;
  // Team workspace (issue 12): claimed-by and statuses on rows, teammates' mentions hidden.
  const team = useTeam(teamData, data);
  // Replying (issue 11) first, then the team's, then the incidents': each composes with what it is given.
  const crisisIncidentId = incidents.snapshot?.crisis.incidentId;
  const extensions = useMemo(() => {
    const replyLabels = { facet: t('reply.facet'), none: t('reply.facet.none'), decided: t('reply.facet.decided'), noTemplate: t('reply.facet.noTemplate') };
    const withTeam = withTeamExtensions(withReplyExtensions(outerExtensions, openReply, replyLabels), team, t('team.facet.claimedBy'));
    return withIncidentExtensions(withTeam, facetList, crisisIncidentId, t('incidentView.facet'));
  }, [outerExtensions, team, t, openReply, facetList, crisisIncidentId]);
  usePanelLive(data);
  // A notification click (or an #alert= link) opens the Alerts tab on that alert.
  useAlertsLive(alertsData, (id) => {
    setAlertId(id);
    setTab('alerts');
  });
  const openInbox = useCallback((focus: InboxFocus | undefined) => {
    setInboxRequest((r) => ({ seq: (r?.seq ?? 0) + 1, focus }));
    setTab('inbox');
  }, []);
  // A click on an in-page badge opens the inbox on that mention.
  // The badge's Reply button (issue 11) opens the reply view on it.
  useMentionFocus(data, (id, intent) => (intent === 'reply' ? openReply(id) : openInbox({ kind: 'mention', id })));
  const nav = useMemo<PanelNav>(() => ({ openInbox }), [openInbox]);
  const tabs: Tab<TabId>[] = [
    { id: 'inbox', label: t('tabs.inbox') },
    { id: 'alerts', label: t('tabs.alerts') },
    { id: 'incident', label: t('tabs.incident') },
    ...(replyTo ? [{ id: 'reply' as const, label: t('tabs.reply') }] : []),
  ];

  return (
    <I18nProvider translator={translator}>
      <PanelDataProvider data={data} engine={engine}>
        <InboxExtensionsProvider value={extensions}>
          <TeamProvider team={team} now={now}>
            <OpenReplyProvider open={openReply}>
              <PanelNavProvider value={nav}>
                <div className="cd-app">
                  <header className="cd-header">
                    <h1 className="cd-header__title">{t('app.name')}</h1>
                    <button type="button" className="cd-button cd-button--quiet" onClick={data.openSettings}>
                      {t('app.openSettings')}
                    </button>
                  </header>
                  <CrisisBar
                    model={incidents}
                    now={now}
                    onOpen={(id) => {
                      setIncidentId(id);
                      setTab('incident');
                    }}
                  />
                  <TabBar<TabId> tabs={tabs} active={tab} onSelect={setTab} />
                  <InboxView now={now} active={tab === 'inbox'} request={inboxRequest} />
                  {tab === 'alerts' && <AlertsView data={alertsData} now={now} selectedId={alertId} onSelect={setAlertId} />}
                  {tab === 'incident' && <IncidentView model={incidents} now={now} selectedId={incidentId} onSelect={setIncidentId} />}
                  {tab === 'reply' && replyTo && (
                    <Suspense
                      fallback={
                        <section id="cd-tabpanel-reply" role="tabpanel" aria-labelledby="cd-tab-reply" className="cd-reply">
                          <p role="status">{t('reply.loading')}</p>
                        </section>
                      }
                    >
                      <ReplyView mentionId={replyTo} data={replyData} onBack={() => setTab('inbox')} />
                    </Suspense>
                  )}
                </div>
              </PanelNavProvider>
            </OpenReplyProvider>
          </TeamProvider>
        </InboxExtensionsProvider>
      </PanelDataProvider>
    </I18nProvider>
  );
}
