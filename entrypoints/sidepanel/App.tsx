/**
 * The side panel: header, view tabs (inbox and alerts; templates and incidents are planned), the
 * active view. Data and translator come in as props so tests inject fakes.
 */
import { useState } from 'react';
import { I18nProvider } from '../../components/i18n-context.tsx';
import { TabBar, type Tab } from '../../components/tab-bar.tsx';
import type { Translator } from '../../lib/i18n.ts';
import { createAlertsData, type AlertsData } from '../../runtime/alerts-data.ts';
import type { PanelData } from '../../runtime/panel-data.ts';
import { createTeamData, type TeamData } from '../../runtime/team-data.ts';
import { PanelDataProvider } from './panel-context.tsx';
import { useAlertsLive } from './views/alerts-live.ts';
import { AlertsView } from './views/alerts-view.tsx';
import { InboxView } from './views/inbox-view.tsx';
import { useLiveUpdates } from './views/use-live-updates.ts';
import { useNow } from './views/use-now.ts';

type TabId = 'inbox' | 'alerts';

export interface AppProps {
  data: PanelData;
  translator: Translator;
  /** Fixed clock for tests; the real panel ticks. */
  now?: number;
  /** The Alerts view's data; the real one (IndexedDB + background) when omitted. */
  alerts?: AlertsData;
  /** The team workspace's data (issue 12); the real one (storage + background) when omitted. */
  team?: TeamData;
}

export function App({ data, translator, now: fixedNow, alerts: alertsProp, team: teamProp }: AppProps) {
  const { t } = translator;
  const tickingNow = useNow(fixedNow);
  const now = fixedNow ?? tickingNow;
  const [tab, setTab] = useState<TabId>('inbox');
  const [alertsData] = useState(() => alertsProp ?? createAlertsData());
  const [teamData] = useState(() => teamProp ?? createTeamData());
  const [alertId, setAlertId] = useState<string>();
  useLiveUpdates(data);
  // A notification click (or an #alert= link) opens the Alerts tab on that alert.
  useAlertsLive(alertsData, (id) => {
    setAlertId(id);
    setTab('alerts');
  });
  const tabs: Tab<TabId>[] = [
    { id: 'inbox', label: t('tabs.inbox') },
    { id: 'alerts', label: t('tabs.alerts') },
  ];

  return (
    <I18nProvider translator={translator}>
      <PanelDataProvider data={data}>
        <div className="cd-app">
          <header className="cd-header">
            <h1 className="cd-header__title">{t('app.name')}</h1>
            <button type="button" className="cd-button cd-button--quiet" onClick={data.openSettings}>
              {t('app.openSettings')}
            </button>
          </header>
          <TabBar<TabId> tabs={tabs} active={tab} onSelect={setTab} />
          {tab === 'inbox' && <InboxView now={now} team={teamData} />}
          {tab === 'alerts' && <AlertsView data={alertsData} now={now} selectedId={alertId} onSelect={setAlertId} />}
        </div>
      </PanelDataProvider>
    </I18nProvider>
  );
}
