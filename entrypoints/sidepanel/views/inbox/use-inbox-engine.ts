/**
 * One inbox engine (lib/inbox/engine.ts) per panel, created by App so it outlives the inbox tab:
 * switching to Alerts and back keeps the digest, the search index and the cached rows. The
 * background's `mentions/changed` broadcasts are coalesced (a timeline scrolled fast sends a
 * batch every idle callback) and read into it; the digest is saved when the panel is hidden.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { InboxEngine, type InboxSource } from '../../../../lib/inbox/engine.ts';
import type { FacetSource } from '../../../../lib/inbox/facts.ts';
import type { PanelData } from '../../../../runtime/panel-data.ts';

/** Long enough to merge a burst of batches, short enough to feel live. */
export const COALESCE_MS = 250;

export function inboxSource(data: PanelData, facetSources?: readonly FacetSource[]): InboxSource {
  return {
    facetSources,
    loadSnapshot: () => data.loadDigestSnapshot(),
    saveSnapshot: (s) => data.saveDigestSnapshot(s),
    loadFirstScreen: () => data.loadFirstScreen(),
    saveFirstScreen: (s) => data.saveFirstScreen(s),
    countFlagged: () => data.countFlagged(),
    readChunk: (after, limit) => data.readFlagged(after, limit),
    getMentions: (ids) => data.getMentions(ids),
    // A macrotask: lets the browser paint and run key handlers between chunks.
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    // After the first paint, but not later than half a second.
    settle: () =>
      new Promise((resolve) => {
        if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
        else setTimeout(resolve, 0);
      }),
    later: (fn, ms) => {
      const id = setTimeout(fn, ms);
      return () => clearTimeout(id);
    },
    now: () => Date.now(),
  };
}

export function useInboxEngine(data: PanelData, facetSources?: readonly FacetSource[]): InboxEngine {
  const [engine] = useState(() => new InboxEngine(inboxSource(data, facetSources)));
  useEffect(() => {
    void engine.start();
    let pending = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      const ids = [...pending];
      pending = new Set();
      void engine.applyChanged(ids);
    };
    const unsubscribe = data.subscribe({
      mentionsChanged: (ids) => {
        for (const id of ids) pending.add(id);
        timer ??= setTimeout(flush, COALESCE_MS);
      },
      healthChanged: () => undefined,
      settingsChanged: () => undefined,
      pipelineStatusChanged: () => undefined,
    });
    const save = () => {
      if (document.visibilityState === 'hidden') void engine.saveNow();
    };
    document.addEventListener('visibilitychange', save);
    window.addEventListener('pagehide', save);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      document.removeEventListener('visibilitychange', save);
      window.removeEventListener('pagehide', save);
      engine.stop();
    };
  }, [data, engine]);
  return engine;
}

/** Re-render on every engine change; returns the engine's version. */
export function useEngineVersion(engine: InboxEngine): number {
  return useSyncExternalStore(
    (cb) => engine.subscribe(cb),
    () => engine.version,
  );
}
