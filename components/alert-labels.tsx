/** Small shared pieces of the alert components: severity chip, scope name, status text. */
import { scopeLabel } from '../lib/alerts/labels.ts';
import type { Alert } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';

const SEVERITY_COLOR: Record<Alert['severity'], string> = { low: '#8d6e00', medium: '#e65100', high: '#b71c1c' };

export function SeverityChip({ severity }: { severity: Alert['severity'] }) {
  const { t } = useI18n();
  return (
    <span className="cd-chip" data-severity={severity} style={{ background: SEVERITY_COLOR[severity], color: '#fff' }}>
      {t(`alerts.severity.${severity}`)}
    </span>
  );
}

export function useScopeLabel(): (scope: Alert['scope']) => string {
  const { t } = useI18n();
  return (scope) => scopeLabel(scope, t);
}
