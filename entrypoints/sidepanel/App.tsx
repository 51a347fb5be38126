/**
 * The side panel: header, view tabs (only the inbox today; alerts, templates and incidents are
 * planned), the active view. Data and translator come in as props so tests inject fakes.
 */
import { useState } from 'react';
import { I18nProvider } from '../../components/i18n-context.tsx';
import { TabBar, type Tab } from '../../components/tab-bar.tsx';
import type { Translator } from '../../lib/i18n.ts';
import type { PanelData } from '../../runtime/panel-data.ts';
import { PanelDataProvider } from './panel-context.tsx';
import { InboxView } from './views/inbox-view.tsx';
import { useLiveUpdates } from './views/use-live-updates.ts';
import { useNow } from './views/use-now.ts';

type TabId = 'inbox';

export interface AppProps {
  data: PanelData;
  translator: Translator;
  /** Fixed clock for tests; the real panel ticks. */
  now?: number;
}

export function App({ data, translator, now: fixedNow }: AppProps) {
  const { t } = translator;
  const tickingNow = useNow(fixedNow);
  const now = fixedNow ?? tickingNow;
  const [tab, setTab] = useState<TabId>('inbox');
  useLiveUpdates(data);
  const tabs: Tab<TabId>[] = [{ id: 'inbox', label: t('tabs.inbox') }];

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
          {tab === 'inbox' && <InboxView now={now} />}
        </div>
      </PanelDataProvider>
    </I18nProvider>
  );
}
