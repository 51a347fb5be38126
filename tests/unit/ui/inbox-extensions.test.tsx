// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { InboxExtensionsProvider, type InboxExtensions } from '../../../components/inbox-extensions.tsx';
import { App } from '../../../entrypoints/sidepanel/App.tsx';
import { createTranslator } from '../../../lib/i18n.ts';
import { fakePanelData, NOW, xMention } from './fixtures.ts';
import { fakeLayout } from './render-panel.tsx';

let restore: () => void;
beforeEach(() => {
  restore = fakeLayout();
});
afterEach(() => {
  cleanup();
  restore();
});

describe('room left for the replies and team features (InboxExtensions)', () => {
  test('a Reply button in each row, `r` on the focused row, an incident facet with counts, and the incident lifts its mentions', async () => {
    const reply = vi.fn();
    const ext: InboxExtensions = {
      RowActions: ({ mention }) => <button type="button">Reply to {mention.authorHandle}</button>,
      RowBadges: ({ mention }) => (mention.id === 'x:2' ? <span data-testid="claimed">Claimed by Mei</span> : null),
      reply,
      facetSources: [{ id: 'incident', valueOf: (row) => (row.id === 'x:2' ? 'inc-7' : undefined) }],
      facets: { incident: { label: 'Incident', valueLabel: (v) => (v === 'inc-7' ? 'Charger fires' : v) } },
      activeIncident: { facet: 'incident', value: 'inc-7' },
    };
    const { data } = fakePanelData([
      xMention({ id: 'x:1', text: 'The blender jar cracked on the first use, want a refund', sortAt: '2025-11-22T11:00:00.000Z' }),
      xMention({ id: 'x:2', authorHandle: 'mei', text: 'Charger got hot and smoked on my desk', sortAt: '2025-11-22T11:59:00.000Z' }),
    ]);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <InboxExtensionsProvider value={ext}>
          <App data={data} translator={createTranslator('en', { timeZone: 'UTC' })} now={NOW} />
        </InboxExtensionsProvider>
      </QueryClientProvider>,
    );
    const ids = () => screen.queryAllByTestId('mention-row').map((r) => r.getAttribute('data-mention-id'));
    // The waiting older post would lead; the incident's 30 points put x:2 first.
    await waitFor(() => expect(ids()).toEqual(['x:2', 'x:1']));
    // The outer feature's buttons (by their text; the panel's own Reply buttons are named "Reply to @…").
    expect(screen.getAllByText(/^Reply to/)).toHaveLength(2);
    expect(screen.getByTestId('claimed').textContent).toBe('Claimed by Mei');
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'r' });
    expect(reply).toHaveBeenCalledWith(expect.objectContaining({ id: 'x:2' }));
    fireEvent.click(screen.getByTestId('filters-toggle'));
    const sheet = screen.getByTestId('filter-sheet');
    expect(within(sheet).getByText('Incident')).toBeTruthy();
    fireEvent.click(within(sheet).getByTestId('facet-incident-inc-7'));
    await waitFor(() => expect(ids()).toEqual(['x:2']));
    expect(within(screen.getByTestId('filter-chips')).getByText('Charger fires')).toBeTruthy();
    fireEvent.keyDown(document.body, { key: '?' });
    await waitFor(() => expect(screen.getByTestId('shortcuts').textContent).toContain('Reply'));
  });
});
