/**
 * Crisis mode pinned at the top of the panel, above the tabs, whichever view is open: the crisis
 * incident's clock and checklist progress, a link to it, and the switch to turn it off.
 */
import { CrisisPin } from '../../../../components/crisis-pin.tsx';
import { useI18n } from '../../../../components/i18n-context.tsx';
import { checklistProgress, checklistView } from '../../../../lib/incident/checklist.ts';
import { crisisClock } from '../../../../lib/incident/clock.ts';
import type { IncidentsModel } from './use-incidents.ts';

export function CrisisBar({ model, now, onOpen }: { model: IncidentsModel; now: number; onOpen(id: string): void }) {
  const { t } = useI18n();
  const incident = model.crisis;
  if (!incident) return null;
  return (
    <CrisisPin
      title={incident.title}
      status={t(`incident.status.${incident.status}`)}
      clock={crisisClock(incident, now)}
      checklist={checklistProgress(checklistView(incident, now))}
      now={now}
      busy={model.busy}
      onOpen={() => onOpen(incident.id)}
      onOff={() => void model.act(() => model.data.incident({ type: 'incident/crisis-mode' }))}
    />
  );
}
