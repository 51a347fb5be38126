/**
 * The view switcher. Only the inbox exists today; alerts, templates and incidents join later.
 */
import { useI18n } from './i18n-context.tsx';

export interface Tab<Id extends string> {
  id: Id;
  label: string;
}

export function TabBar<Id extends string>({ tabs, active, onSelect }: { tabs: readonly Tab<Id>[]; active: Id; onSelect(id: Id): void }) {
  const { t } = useI18n();
  return (
    <nav className="cd-tabs" role="tablist" aria-label={t('tabs.label')}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`cd-tab-${tab.id}`}
          aria-selected={tab.id === active}
          aria-controls={`cd-tabpanel-${tab.id}`}
          className="cd-tabs__tab"
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </nav>
  );
}
