/** Small shared pieces of the alert components: severity chip, scope name, status text. */
import { createContext, useContext, type ReactNode } from 'react';
import { scopeLabel } from '../lib/alerts/labels.ts';
import type { Alert, KeywordSet } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';

/** Colours come from panel.css (`.cd-chip[data-severity]`, AA contrast in both themes). */
export function SeverityChip({ severity }: { severity: Alert['severity'] }) {
  const { t } = useI18n();
  return (
    <span className="cd-chip" data-severity={severity}>
      {t(`alerts.severity.${severity}`)}
    </span>
  );
}

type KeywordSetNames = readonly Pick<KeywordSet, 'id' | 'name'>[];

/** The keyword sets that name `keywords:<id>` scopes; undefined until the settings are loaded
 * (scopes are then named by their ids rather than called deleted). */
const KeywordSetsContext = createContext<KeywordSetNames | undefined>(undefined);

export function KeywordSetNamesProvider({ sets, children }: { sets: KeywordSetNames | undefined; children: ReactNode }) {
  return <KeywordSetsContext.Provider value={sets}>{children}</KeywordSetsContext.Provider>;
}

export function useScopeLabel(): (scope: Alert['scope']) => string {
  const { t } = useI18n();
  const sets = useContext(KeywordSetsContext);
  return (scope) => scopeLabel(scope, t, sets);
}
