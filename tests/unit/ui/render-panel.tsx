/** Renders the side-panel App over a fake PanelData, as the extension would (minus IndexedDB). */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App } from '../../../entrypoints/sidepanel/App.tsx';
import { createTranslator } from '../../../lib/i18n.ts';
import type { PanelData } from '../../../runtime/panel-data.ts';
import { NOW } from './fixtures.ts';

export function renderPanel(data: PanelData, locale = 'en') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const utils = render(
    <QueryClientProvider client={queryClient}>
      <App data={data} translator={createTranslator(locale, { timeZone: 'UTC' })} now={NOW} />
    </QueryClientProvider>,
  );
  return { ...utils, queryClient };
}

/** happy-dom lays nothing out, so every element is 0 px tall. Give the list's scroll box a
 * viewport height and every measured row a fixed height, so the virtualiser behaves as in a
 * browser: only the rows in view (plus overscan) are rendered. */
export function fakeLayout(viewport = 800, rowHeight = 100): () => void {
  const saved = (['clientHeight', 'offsetHeight'] as const).map(
    (name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const,
  );
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => viewport });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => rowHeight });
  return () => {
    for (const [name, descriptor] of saved) if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
  };
}
