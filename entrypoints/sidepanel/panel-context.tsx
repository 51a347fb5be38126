/**
 * The PanelData the views read through: the real one in the extension, a fake in tests.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { PanelData } from '../../runtime/panel-data.ts';

const PanelDataContext = createContext<PanelData | undefined>(undefined);

export function PanelDataProvider({ data, children }: { data: PanelData; children: ReactNode }) {
  return <PanelDataContext.Provider value={data}>{children}</PanelDataContext.Provider>;
}

export function usePanelData(): PanelData {
  const data = useContext(PanelDataContext);
  if (!data) throw new Error('usePanelData outside PanelDataProvider');
  return data;
}
