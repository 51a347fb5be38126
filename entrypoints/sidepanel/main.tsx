/**
 * Side-panel entry: pick the UI language, create the data layer and query client, render.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../assets/panel.css';
import { createTranslator } from '../../lib/i18n.ts';
import { uiLanguage } from '../../runtime/ui-language.ts';
import { createPanelData } from '../../runtime/panel-data.ts';
import { App } from './App.tsx';

function start(): void {
  const translator = createTranslator(uiLanguage());
  document.documentElement.lang = translator.locale;
  document.title = translator.t('app.name');
  const queryClient = new QueryClient({
    defaultOptions: {
      // A local database either answers or is broken: one retry, then show the error.
      queries: { retry: 1 },
      mutations: { retry: 0 },
    },
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from sidepanel/index.html');
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App data={createPanelData()} translator={translator} />
      </QueryClientProvider>
    </StrictMode>,
  );
}

start();
