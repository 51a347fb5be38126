/**
 * Keeps the Alerts view in step with the background (`alerts/changed`, settings changes) and
 * turns "open the panel on this alert" requests (notification click, `#alert=` link) into a
 * selection. Mounted by App so a focus request switches tabs even when another view is showing.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { AlertsData } from '../../../runtime/alerts-data.ts';
import { alertKeys } from './alerts-queries.ts';

export function useAlertsLive(data: AlertsData, onFocus: (id: string) => void): void {
  const queryClient = useQueryClient();
  const focus = useRef(onFocus);
  useEffect(() => {
    focus.current = onFocus;
  });
  useEffect(() => {
    let live = true;
    data
      .takeFocus()
      .then((id) => {
        if (live && id) focus.current(id);
      })
      .catch(() => undefined);
    const unsubscribe = data.subscribe({
      alertsChanged: () => void queryClient.invalidateQueries({ queryKey: alertKeys.all }),
      settingsChanged: () => void queryClient.invalidateQueries({ queryKey: alertKeys.settings }),
      focus: (id) => focus.current(id),
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [data, queryClient]);
}
