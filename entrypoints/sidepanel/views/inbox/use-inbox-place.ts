/**
 * The agent's place in the inbox (lib/inbox/view-state.ts): the query (filters, search, focus),
 * the scroll anchor and the focused row for the session; sort and density as preferences. Loaded
 * once, saved shortly after each change so closing the panel loses nothing.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_QUERY, type InboxQuery } from '../../../../lib/inbox/query.ts';
import { DEFAULT_PLACE, DEFAULT_PREFS, type Density, type InboxPlace, type InboxPrefs } from '../../../../lib/inbox/view-state.ts';
import type { PanelData } from '../../../../runtime/panel-data.ts';

const SAVE_MS = 300;

export interface InboxPlaceModel {
  loaded: boolean;
  query: InboxQuery;
  setQuery(next: InboxQuery | ((q: InboxQuery) => InboxQuery)): void;
  density: Density;
  setDensity(d: Density): void;
  /** Where the list was when the panel was last open (read once, at load). */
  initialScroll?: InboxPlace['scroll'];
  initialFocused?: string;
  saveScroll(scroll: InboxPlace['scroll']): void;
  saveFocused(key: string | undefined): void;
}

function debounced<T>(save: (v: T) => Promise<void>) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: T | undefined;
  const flush = () => {
    timer = undefined;
    if (latest !== undefined) void save(latest).catch(() => undefined);
  };
  return {
    push(v: T) {
      latest = v;
      clearTimeout(timer);
      timer = setTimeout(flush, SAVE_MS);
    },
    flush() {
      if (timer !== undefined) {
        clearTimeout(timer);
        flush();
      }
    },
  };
}

export function useInboxPlace(data: PanelData): InboxPlaceModel {
  const [place, setPlace] = useState<InboxPlace>(DEFAULT_PLACE);
  const [prefs, setPrefs] = useState<InboxPrefs>(DEFAULT_PREFS);
  const [loaded, setLoaded] = useState(false);
  const initial = useRef<Pick<InboxPlace, 'scroll' | 'focused'>>({});
  const savers = useMemo(() => ({ place: debounced<InboxPlace>(data.savePlace), prefs: debounced<InboxPrefs>(data.savePrefs) }), [data]);

  useEffect(() => {
    let live = true;
    void Promise.all([data.loadPlace().catch(() => DEFAULT_PLACE), data.loadPrefs().catch(() => DEFAULT_PREFS)]).then(([p, q]) => {
      if (!live) return;
      initial.current = { scroll: p.scroll, focused: p.focused };
      setPlace(p);
      setPrefs(q);
      setLoaded(true);
    });
    const flush = () => {
      savers.place.flush();
      savers.prefs.flush();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      live = false;
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [data, savers]);

  const updatePlace = useCallback(
    (change: (p: InboxPlace) => InboxPlace) =>
      setPlace((p) => {
        const next = change(p);
        savers.place.push(next);
        return next;
      }),
    [savers],
  );
  const updatePrefs = useCallback(
    (change: (p: InboxPrefs) => InboxPrefs) =>
      setPrefs((p) => {
        const next = change(p);
        savers.prefs.push(next);
        return next;
      }),
    [savers],
  );

  const query = useMemo<InboxQuery>(() => ({ ...DEFAULT_QUERY, ...place.query, sort: prefs.sort }), [place.query, prefs.sort]);
  const setQuery = useCallback(
    (next: InboxQuery | ((q: InboxQuery) => InboxQuery)) => {
      const { sort, ...rest } = typeof next === 'function' ? next(query) : next;
      updatePlace((p) => ({ ...p, query: rest }));
      if (sort !== prefs.sort) updatePrefs((p) => ({ ...p, sort }));
    },
    [query, prefs.sort, updatePlace, updatePrefs],
  );

  return {
    loaded,
    query,
    setQuery,
    density: prefs.density,
    setDensity: useCallback((density: Density) => updatePrefs((p) => ({ ...p, density })), [updatePrefs]),
    initialScroll: initial.current.scroll,
    initialFocused: initial.current.focused,
    saveScroll: useCallback((scroll) => updatePlace((p) => ({ ...p, scroll })), [updatePlace]),
    saveFocused: useCallback((focused) => updatePlace((p) => (p.focused === focused ? p : { ...p, focused })), [updatePlace]),
  };
}
