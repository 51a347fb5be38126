/**
 * "Open the panel on this mention": a click on an in-page badge (the background stores the
 * request and opens the panel, inbox-messages.ts) or a `#mention=` link. Read once at start, then
 * followed while the panel is open.
 */
import { useEffect, useRef } from 'react';
import type { PanelData } from '../../../../runtime/panel-data.ts';

export function useMentionFocus(data: PanelData, onFocus: (id: string, intent?: 'reply') => void): void {
  const focus = useRef(onFocus);
  useEffect(() => {
    focus.current = onFocus;
  });
  useEffect(() => {
    let live = true;
    data
      .takeMentionFocus()
      .then((request) => {
        const r = typeof request === 'string' ? { id: request } : request;
        if (live && r) focus.current(r.id, r.intent);
      })
      .catch(() => undefined);
    const unsubscribe = data.subscribe({
      mentionsChanged: () => undefined,
      healthChanged: () => undefined,
      settingsChanged: () => undefined,
      pipelineStatusChanged: () => undefined,
      mentionFocus: (id, intent) => focus.current(id, intent),
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [data]);
}
