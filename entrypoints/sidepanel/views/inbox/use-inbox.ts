/**
 * The inbox's view model: the query's result over the engine's digest, the frozen list the agent
 * reads (lib/inbox/frozen-list.ts) and its "N new", the selection, the focused row, and status
 * actions with optimistic display and undo. Components get plain values and callbacks.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { InboxEngine } from '../../../../lib/inbox/engine.ts';
import { previewResult } from '../../../../lib/inbox/first-screen.ts';
import { reconcile, restoreItems, withoutIds } from '../../../../lib/inbox/frozen-list.ts';
import type { ListItem, QueryResult } from '../../../../lib/inbox/query.ts';
import { UndoLog, type UndoEntry } from '../../../../lib/inbox/undo.ts';
import { MAX_BULK, type MentionStatus } from '../../../../lib/schema.ts';
import type { PanelData } from '../../../../runtime/panel-data.ts';
import { useEngineVersion } from './use-inbox-engine.ts';
import type { InboxPlaceModel } from './use-inbox-place.ts';

interface Frozen {
  /** The query (and focus) the list was frozen for: a different one starts a new list. */
  key: string;
  items: ListItem[];
  /** Frozen from the saved first screen: the digest's list replaces it as soon as it is there. */
  preview?: boolean;
  /** Frozen before this session's read of the store finished (from the saved copy): if the agent
   * has not started working yet when the read lands, the fresh list replaces it without a "N new". */
  provisional?: boolean;
}

type Removed = ReturnType<typeof withoutIds>['removed'];

export interface InboxModel {
  engine: InboxEngine;
  result?: QueryResult;
  /** What the list shows, in order. */
  items: ListItem[];
  newCount: number;
  showNew(): void;
  /** The focus (an alert's mentions) is still being resolved. */
  focusPending: boolean;
  selection: ReadonlySet<string>;
  toggleSelected(ids: readonly string[]): void;
  selectAll(ids: readonly string[]): void;
  clearSelection(): void;
  capped: boolean;
  focusedKey?: string;
  setFocusedKey(key: string | undefined): void;
  /** The agent scrolled (or otherwise started working): arrivals wait behind "N new" from now on. */
  markInteracted(): void;
  pendingIds: ReadonlySet<string>;
  setStatus(ids: readonly string[], status: MentionStatus): void;
  undoEntry?: UndoEntry;
  undo(): void;
  dismissUndo(): void;
  /** An announcement for screen readers ("Undone."). */
  notice?: string;
  statusError?: unknown;
  clearStatusError(): void;
}

export function useInbox(
  engine: InboxEngine,
  data: PanelData,
  place: InboxPlaceModel,
  now: number,
  targetMs: number,
  undoneText: string,
  incident?: { facet: string; value: string },
  hideClaimed?: { facet: string; except: string; unless?: string },
): InboxModel {
  useEngineVersion(engine);
  const dataVersion = engine.dataVersion;
  const { query } = place;

  // ---- The focus (an alert's mentions, or one mention) as a set of ids ----
  const focusKey = query.focus ? JSON.stringify(query.focus) : '';
  const [focusIds, setFocusIds] = useState<{ key: string; ids: Set<string> }>();
  useEffect(() => {
    const focus = query.focus;
    if (!focus) return;
    if (focus.kind === 'mention') {
      setFocusIds({ key: focusKey, ids: new Set([focus.id]) });
      return;
    }
    let live = true;
    data
      .scopesFocusIds(focus)
      .then((ids) => live && setFocusIds({ key: focusKey, ids: new Set(ids) }))
      .catch(() => live && setFocusIds({ key: focusKey, ids: new Set() }));
    return () => {
      live = false;
    };
    // focusKey stands for query.focus (a new object on every render).
  }, [data, focusKey]);
  const focusPending = Boolean(query.focus) && focusIds?.key !== focusKey;

  // ---- The fresh result, and the frozen list on screen ----
  const { usable } = engine.state;
  const preview = engine.preview;
  const hideFacet = hideClaimed?.facet;
  const hideExcept = hideClaimed?.except;
  const hideUnless = hideClaimed?.unless;
  // Hiding what teammates are on (or showing it again) is a new list, like a new filter.
  // Issue 11 hook: a new active incident (crisis mode switched) re-ranks the list, like a new filter.
  const incidentKey = incident ? [incident.facet, incident.value] : undefined;
  const queryKey = JSON.stringify({ ...query, focus: focusKey, hide: hideFacet !== undefined ? [hideFacet, hideExcept, hideUnless] : undefined, incident: incidentKey });
  const result = useMemo(() => {
    if (usable && !focusPending) {
      return engine.query(query, {
        now,
        targetMs,
        focusIds: query.focus ? focusIds?.ids : undefined,
        incident,
        hideClaimed: hideFacet !== undefined ? { facet: hideFacet, except: hideExcept ?? '', unless: hideUnless } : undefined,
      });
    }
    // The saved first screen of this very query, until the digest is loaded.
    if (preview && preview.queryKey === queryKey) return previewResult(preview);
    return undefined;
    // `dataVersion` stands for the engine's contents.
  }, [engine, dataVersion, usable, focusPending, query, now, targetMs, focusIds, preview, queryKey, incident, hideFacet, hideExcept, hideUnless]);
  const [frozen, setFrozen] = useState<Frozen>();
  const complete = engine.state.complete;
  /** The agent moved, selected, scrolled or acted: the list is theirs now. */
  const [interacted, setInteracted] = useState(false);
  const markInteracted = useCallback(() => setInteracted(true), []);
  // A new query is a new list (React's "adjust state while rendering" pattern: no stale frame);
  // the digest's list replaces a preview, and the fresh read replaces a list from the saved copy
  // the agent has not touched yet, silently.
  if (
    result &&
    (frozen === undefined ||
      frozen.key !== queryKey ||
      (frozen.preview && !result.preview) ||
      (frozen.provisional && complete && !result.preview && !interacted))
  ) {
    setFrozen({ key: queryKey, items: result.items, preview: result.preview, provisional: !complete });
  }
  useEffect(() => {
    if (result && !result.preview) engine.noteScreen(queryKey, { ...result, items: frozen?.key === queryKey ? frozen.items : result.items });
  }, [engine, result, queryKey, frozen]);
  const shown = useMemo(() => {
    if (!result || !frozen || frozen.key !== queryKey) return { items: [] as ListItem[], newIds: [] as string[] };
    return reconcile(frozen.items, result.items, (id) => engine.digest.has(id));
  }, [result, frozen, queryKey, engine]);
  // Nothing on screen to move: arrivals come straight in.
  if (result && frozen && frozen.key === queryKey && frozen.items.length === 0 && shown.newIds.length > 0) {
    setFrozen({ key: queryKey, items: result.items });
  }
  const showNew = useCallback(() => {
    if (result) setFrozen({ key: queryKey, items: result.items, provisional: !complete });
  }, [result, queryKey, complete]);

  // ---- Selection and focus ----
  const [selection, setSelection] = useState<ReadonlySet<string>>(() => new Set());
  const [capped, setCapped] = useState(false);
  const [selectionKey, setSelectionKey] = useState(queryKey);
  if (selectionKey !== queryKey) {
    setSelectionKey(queryKey);
    setSelection(new Set());
    setCapped(false);
  }
  const toggleSelected = useCallback((ids: readonly string[]) => {
    setInteracted(true);
    setSelection((prev) => {
      const next = new Set(prev);
      const all = ids.every((id) => next.has(id));
      for (const id of ids) {
        if (all) next.delete(id);
        else next.add(id);
      }
      return next;
    });
  }, []);
  const selectAll = useCallback((ids: readonly string[]) => {
    setCapped(ids.length > MAX_BULK);
    setSelection(new Set(ids.slice(0, MAX_BULK)));
  }, []);
  const clearSelection = useCallback(() => {
    setSelection(new Set());
    setCapped(false);
  }, []);
  const [focusedKey, setFocusedKeyState] = useState<string | undefined>(place.initialFocused);
  const { saveFocused } = place;
  const setFocusedKey = useCallback(
    (key: string | undefined) => {
      setInteracted(true);
      setFocusedKeyState(key);
      saveFocused(key);
    },
    [saveFocused],
  );

  // ---- Status actions, optimistic, with undo ----
  const undoLog = useRef(new UndoLog());
  const removedBySeq = useRef(new Map<number, Removed>());
  const [undoEntry, setUndoEntry] = useState<UndoEntry>();
  const [pendingIds, setPendingIds] = useState<ReadonlySet<string>>(() => new Set());
  const [statusError, setStatusError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const itemsRef = useRef(shown.items);
  itemsRef.current = shown.items;

  const setPending = (ids: readonly string[], on: boolean) =>
    setPendingIds((prev) => {
      const next = new Set(prev);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  const setStatus = useCallback(
    (ids: readonly string[], status: MentionStatus) => {
      const before = new Map<string, MentionStatus>();
      for (const id of ids) {
        const s = engine.digest.facts(id)?.status;
        if (s !== undefined && s !== status) before.set(id, s);
      }
      const changing = [...before.keys()];
      if (changing.length === 0) return;
      setInteracted(true);
      setStatusError(undefined);
      setNotice(undefined);
      // Show it at once; rows that no longer match leave the list and the focus moves on.
      engine.setLocalStatus(changing, status);
      let removed: Removed = [];
      if (query.status !== 'all' && query.status !== status) {
        const items = itemsRef.current;
        const gone = new Set(changing);
        const index = items.findIndex((item) => item.key === focusedKey);
        const out = withoutIds(items, gone);
        removed = out.removed;
        setFrozen({ key: queryKey, items: out.items });
        if (index >= 0 && out.removed.some((r) => r.index === index)) {
          const next = out.items[Math.min(index, out.items.length - 1)];
          setFocusedKey(next?.key);
        }
      } else {
        const items = itemsRef.current;
        const index = items.findIndex((item) => item.key === focusedKey);
        if (index >= 0 && items[index]!.ids.some((id) => before.has(id)) && index + 1 < items.length) setFocusedKey(items[index + 1]!.key);
      }
      setSelection((prev) => (changing.some((id) => prev.has(id)) ? new Set([...prev].filter((id) => !before.has(id))) : prev));
      setPending(changing, true);
      data
        .setStatuses(changing, status)
        .then((previous) => {
          const entry = undoLog.current.push(status, previous, Date.now());
          removedBySeq.current.set(entry.seq, removed);
          setUndoEntry(entry);
        })
        .catch((error: unknown) => {
          // Put back what the store still has: the rows' old status and their place in the list.
          for (const [id, s] of before) engine.setLocalStatus([id], s);
          if (removed.length) setFrozen((f) => (f && f.key === queryKey ? { ...f, items: restoreItems(f.items, removed) } : f));
          setStatusError(error);
        })
        .finally(() => setPending(changing, false));
    },
    [engine, data, query.status, queryKey, focusedKey, setFocusedKey],
  );

  const undo = useCallback(() => {
    const entry = undoLog.current.take(Date.now());
    setUndoEntry(undefined);
    if (!entry) return;
    const removed = removedBySeq.current.get(entry.seq) ?? [];
    removedBySeq.current.delete(entry.seq);
    for (const b of entry.before) engine.setLocalStatus([b.id], b.status);
    if (removed.length) {
      setFrozen((f) => (f && f.key === queryKey ? { ...f, items: restoreItems(f.items, removed) } : f));
      setFocusedKey(removed[0]!.item.key);
    }
    const ids = entry.before.map((b) => b.id);
    setPending(ids, true);
    data
      .restoreStatuses(entry.before)
      .then(() => setNotice(undoneText))
      .catch((error: unknown) => {
        for (const id of ids) engine.setLocalStatus([id], entry.status);
        setStatusError(error);
      })
      .finally(() => setPending(ids, false));
  }, [engine, data, queryKey, setFocusedKey, undoneText]);

  const dismissUndo = useCallback(() => setUndoEntry(undefined), []);
  const clearStatusError = useCallback(() => setStatusError(undefined), []);

  return {
    engine,
    result,
    items: shown.items,
    newCount: shown.newIds.length,
    showNew,
    focusPending,
    selection,
    toggleSelected,
    selectAll,
    clearSelection,
    capped,
    focusedKey,
    setFocusedKey,
    markInteracted,
    pendingIds,
    setStatus,
    undoEntry,
    undo,
    dismissUndo,
    notice,
    statusError,
    clearStatusError,
  };
}
