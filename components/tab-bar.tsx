/**
 * The view switcher (WAI-ARIA tabs, automatic activation): one tab stop, arrow keys move between
 * tabs, Home and End jump to the ends. Templates and incidents join the inbox and alerts later.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useI18n } from './i18n-context.tsx';

export interface Tab<Id extends string> {
  id: Id;
  label: string;
}

export function TabBar<Id extends string>({ tabs, active, onSelect }: { tabs: readonly Tab<Id>[]; active: Id; onSelect(id: Id): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((tab) => tab.id === active);
    const next =
      e.key === 'ArrowRight' ? (at + 1) % tabs.length : e.key === 'ArrowLeft' ? (at - 1 + tabs.length) % tabs.length : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    const id = tabs[next]!.id;
    onSelect(id);
    ref.current?.querySelector<HTMLElement>(`#cd-tab-${id}`)?.focus();
  };
  return (
    <div className="cd-tabs" role="tablist" aria-label={t('tabs.label')} ref={ref} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`cd-tab-${tab.id}`}
          aria-selected={tab.id === active}
          aria-controls={`cd-tabpanel-${tab.id}`}
          tabIndex={tab.id === active ? 0 : -1}
          className="cd-tabs__tab"
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
