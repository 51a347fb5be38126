/**
 * What the views share: the PanelData they read through (the real one in the extension, a fake
 * in tests) and the inbox engine, which App creates so it outlives the inbox tab. Navigation
 * between views is components/panel-nav.tsx.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { InboxEngine } from '../../lib/inbox/engine.ts';
import type { PanelData } from '../../runtime/panel-data.ts';

const PanelDataContext = createContext<PanelData | undefined>(undefined);
const EngineContext = createContext<InboxEngine | undefined>(undefined);

export function PanelDataProvider({ data, engine, children }: { data: PanelData; engine?: InboxEngine; children: ReactNode }) {
  return (
    <PanelDataContext.Provider value={data}>
      <EngineContext.Provider value={engine}>{children}</EngineContext.Provider>
    </PanelDataContext.Provider>
  );
}

export function usePanelData(): PanelData {
  const data = useContext(PanelDataContext);
  if (!data) throw new Error('usePanelData outside PanelDataProvider');
  return data;
}

export function useInboxEngineContext(): InboxEngine {
  const engine = useContext(EngineContext);
  if (!engine) throw new Error('useInboxEngineContext outside PanelDataProvider with an engine');
  return engine;
}
