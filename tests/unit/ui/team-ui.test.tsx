// @vitest-environment happy-dom
/** The team workspace's UI: the options form, the inbox's rows and bar, over fakes. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { I18nProvider } from '../../../components/i18n-context.tsx';
import { TeamSettingsForm } from '../../../components/team-settings.tsx';
import { App } from '../../../entrypoints/sidepanel/App.tsx';
import { createTranslator } from '../../../lib/i18n.ts';
import { MessageError } from '../../../lib/messaging.ts';
import type { TeamSettings, TeamSyncStatus } from '../../../lib/schema.ts';
import type { TeamData, TeamView } from '../../../runtime/team-data.ts';
import { NOW, fakePanelData, xMention } from './fixtures.ts';
import { fakeLayout } from './render-panel.tsx';

let restore: () => void;
beforeEach(() => {
  restore = fakeLayout();
});
afterEach(() => {
  cleanup();
  restore();
});

const MIN = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

function fakeTeam(view: TeamView): TeamData & { [K in 'claim' | 'release' | 'setStatus' | 'signIn']: ReturnType<typeof vi.fn> } {
  return {
    load: vi.fn(async () => view),
    signIn: vi.fn(async () => 'ana'),
    signOut: vi.fn(async () => undefined),
    syncNow: vi.fn(async () => undefined),
    claim: vi.fn(async () => undefined),
    release: vi.fn(async () => undefined),
    setStatus: vi.fn(async () => undefined),
    loadSummary: vi.fn(async () => ({
      overall: { answered: 2, medianMinutes: 12, p90Minutes: 45, withinTarget: 1 },
      perAgent: [{ agent: 'ana', answered: 2, medianMinutes: 12, p90Minutes: 45, withinTarget: 1 }],
      unanswered: 3,
      overdue: 1,
      targetMinutes: 60,
    })),
    subscribe: vi.fn(() => () => undefined),
  };
}

const signedIn: TeamSettings = { schemaVersion: 1, dbUrl: 'https://couch.example.com/acme-care', agent: 'ana' };
const live: TeamSyncStatus = { state: 'live', lastSyncAt: iso(NOW - 2 * MIN), refused: [] };

function renderPanel(team: TeamData, mentions = defaultMentions(), locale = 'en') {
  const { data } = fakePanelData(mentions);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <App data={data} translator={createTranslator(locale, { timeZone: 'UTC' })} now={NOW} team={team} />
    </QueryClientProvider>,
  );
}

// Distinct texts: identical ones would be one brigade row (issue 14).
function defaultMentions() {
  return [
    xMention({ id: 'x:1', text: 'The blender jar cracked on the first use', sortAt: iso(NOW - 10 * MIN) }),
    xMention({ id: 'x:2', text: 'Charger got hot and smoked on my desk', sortAt: iso(NOW - 20 * MIN), team: { claimedBy: 'ben', claimedAt: iso(NOW - 5 * MIN) } }),
    xMention({ id: 'x:3', text: 'My parcel has been stuck in customs for three weeks', sortAt: iso(NOW - 30 * MIN), team: { claimedBy: 'ana', claimedAt: iso(NOW - 4 * MIN) } }),
    xMention({ id: 'x:4', text: 'The app keeps logging me out after the update', sortAt: iso(NOW - 40 * MIN), team: { claimedBy: 'ben', claimedAt: iso(NOW - 6 * MIN), lostClaimAt: iso(NOW - 6 * MIN + 1_000) } }),
    xMention({ id: 'x:5', text: 'Support never answered my refund request', sortAt: iso(NOW - 50 * MIN), team: { status: 'escalated', statusBy: 'cai', statusAt: iso(NOW - 3 * MIN) } }),
  ];
}

const rowIds = () => screen.queryAllByTestId('mention-row').map((r) => r.getAttribute('data-mention-id'));
const row = (id: string) => screen.getAllByTestId('mention-row').find((r) => r.getAttribute('data-mention-id') === id)!;

describe('the inbox with a team workspace', () => {
  test('what teammates are on is hidden (a switch brings it back); mine and unclaimed show', async () => {
    renderPanel(fakeTeam({ settings: signedIn, sync: live }));
    // x:4 is ben's, but ana lost a claim on it: it stays in her list with who has it (nothing is
    // silently dropped); x:2 is only ben's and is hidden.
    // The inbox's default sort: priority, then longest waiting (these carry the same points).
    await waitFor(() => expect(rowIds()).toEqual(['x:5', 'x:4', 'x:3', 'x:1']));
    expect(screen.getByTestId('team-hidden-count').textContent).toContain('1 mention a teammate is on is hidden');
    fireEvent.click(screen.getByTestId('team-show-teammates'));
    await waitFor(() => expect(rowIds()).toEqual(['x:5', 'x:4', 'x:3', 'x:2', 'x:1']));
    expect(within(row('x:2')).getByTestId('team-claimed-by').textContent).toBe('ben is on it');
    expect(within(row('x:3')).getByTestId('team-claimed-by').textContent).toBe('You are on it');
    expect(within(row('x:4')).getByTestId('team-lost-claim').textContent).toBe('Your claim (6 min. ago) came second: ben has it.');
    expect(within(row('x:5')).getByTestId('team-status-by').textContent).toBe('Escalated by cai 3 min. ago');
  });

  test('claim, let go, replied and escalate go to the background', async () => {
    const team = fakeTeam({ settings: signedIn, sync: live });
    renderPanel(team);
    await waitFor(() => expect(rowIds()).toContain('x:1'));
    fireEvent.click(within(row('x:1')).getByTestId('team-claim'));
    fireEvent.click(within(row('x:3')).getByTestId('team-release'));
    fireEvent.click(within(row('x:5')).getByTestId('team-replied'));
    expect(within(row('x:5')).queryByTestId('team-escalate')).toBeNull(); // already escalated
    // While a row's action is on its way, its buttons wait.
    expect((within(row('x:1')).getByTestId('team-replied') as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect((within(row('x:1')).getByTestId('team-escalate') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(within(row('x:1')).getByTestId('team-escalate'));
    await waitFor(() => expect(team.setStatus).toHaveBeenCalledTimes(2));
    expect(team.claim).toHaveBeenCalledWith('x:1');
    expect(team.release).toHaveBeenCalledWith('x:3');
    expect(team.setStatus.mock.calls).toEqual([
      ['x:5', 'replied'],
      ['x:1', 'escalated'],
    ]);
  });

  test('a failed action says so', async () => {
    const team = fakeTeam({ settings: signedIn, sync: live });
    team.claim.mockRejectedValueOnce(new MessageError('rejected', 'no team workspace is set up and signed in', 'no-workspace'));
    renderPanel(team);
    await waitFor(() => expect(rowIds()).toContain('x:1'));
    fireEvent.click(within(row('x:1')).getByTestId('team-claim'));
    expect((await screen.findByText(/The team could not be told/)).textContent).toContain('no team workspace');
  });

  test('the bar: trouble in words, the response figures against the target', async () => {
    renderPanel(fakeTeam({ settings: signedIn, sync: { state: 'offline', lastError: { code: 'unreachable', message: 'Failed to fetch', at: iso(NOW - MIN) }, refused: [] } }));
    expect((await screen.findByTestId('team-trouble')).textContent).toContain('The server does not answer');
    expect((await screen.findByTestId('team-overdue')).textContent).toBe(' · 1 waiting past the 60-minute target');
    expect(screen.getByTestId('team-summary').textContent).toContain('First response: median 12 min, 90th percentile 45 min; 100% within 60 min');
    expect(screen.getByTestId('team-per-agent').textContent).toContain('ana: 2 first responses, median 12 min');
  });

  test('solo: nothing of the team shows, nothing is hidden', async () => {
    renderPanel(fakeTeam({ settings: { schemaVersion: 1 }, sync: { state: 'off', refused: [] } }));
    await waitFor(() => expect(rowIds()).toEqual(['x:5', 'x:4', 'x:3', 'x:2', 'x:1']));
    expect(screen.queryByTestId('team-bar')).toBeNull();
    expect(screen.queryByTestId('team-row')).toBeNull();
  });

  test('in Chinese', async () => {
    renderPanel(fakeTeam({ settings: signedIn, sync: live }), defaultMentions(), 'zh-CN');
    await waitFor(() => expect(rowIds()).toContain('x:5'));
    expect(within(row('x:5')).getByTestId('team-status-by').textContent).toBe('cai 3分钟前已升级');
    expect(within(row('x:1')).getByTestId('team-claim').textContent).toBe('我来处理');
  });
});

describe('the options form', () => {
  const renderForm = (props: Partial<Parameters<typeof TeamSettingsForm>[0]> = {}, locale = 'en') => {
    const onSignIn = vi.fn(async () => undefined);
    render(
      <I18nProvider translator={createTranslator(locale, { timeZone: 'UTC' })}>
        <TeamSettingsForm settings={{ schemaVersion: 1 }} sync={{ state: 'off', refused: [] }} now={NOW} onSignIn={onSignIn} onSignOut={vi.fn()} onSyncNow={vi.fn()} {...props} />
      </I18nProvider>,
    );
    return { onSignIn: (props.onSignIn as typeof onSignIn | undefined) ?? onSignIn };
  };
  const fill = (url: string, name: string, password: string) => {
    fireEvent.change(within(screen.getByTestId('team-db-url')).getByRole('textbox'), { target: { value: url } });
    fireEvent.change(within(screen.getByTestId('team-name')).getByRole('textbox'), { target: { value: name } });
    fireEvent.change(screen.getByTestId('team-password').querySelector('input')!, { target: { value: password } });
    fireEvent.click(screen.getByTestId('team-sign-in-button'));
  };

  test.each([
    ['http on a network', 'http://couch.example.com/team', 'Use https (plain http only for 127.0.0.1 or localhost).'],
    ['a password in the URL', 'https://ana:pw@couch.example.com/team', 'Leave the user name and password out of the URL: enter them below.'],
    ['no database', 'https://couch.example.com/', 'Add the database name at the end, for example …/acme-care.'],
  ])('a bad URL is refused before anything is sent: %s', (_name, url, message) => {
    const { onSignIn } = renderForm();
    fill(url, 'ana', 'secret');
    expect(within(screen.getByTestId('team-db-url')).getByRole('alert').textContent).toBe(message);
    expect(onSignIn).not.toHaveBeenCalled();
  });

  test.each([
    ['wrong-password', 'Wrong user name or password.'],
    ['unreachable', 'The server does not answer: it is down, this computer is offline, or the address is wrong.'],
    ['not-member', 'This user may not use that database. Ask your CouchDB admin to add you to its members.'],
    ['db-missing', 'The team database does not exist'],
    ['no-permission', 'Crisis Desk may not reach that server yet'],
  ])('sign-in failure %s is said in words, and the password is gone from the form', async (code, words) => {
    const onSignIn = vi.fn(async () => {
      throw new MessageError('rejected', `server said ${code}`, code);
    });
    renderForm({ onSignIn });
    fill('https://couch.example.com/acme-care', 'ana', 'secret');
    const alert = await screen.findByTestId('team-error');
    expect(alert.textContent).toContain(words);
    expect(alert.textContent).toContain(`Details: server said ${code}`);
    expect(alert.textContent).not.toContain('secret');
    expect((screen.getByTestId('team-password').querySelector('input') as HTMLInputElement).value).toBe('');
    expect(onSignIn).toHaveBeenCalledWith('https://couch.example.com/acme-care', 'ana', 'secret');
  });

  test('signed in: who, where, the state and the documents kept here; no password field', () => {
    renderForm({
      settings: signedIn,
      sync: { ...live, refused: [{ id: 'incident:huge', bytes: 52_428_900, by: 'server', at: iso(NOW - MIN) }] },
    });
    expect(screen.getByTestId('team-signed-in').textContent).toBe('Signed in as ana to couch.example.com/acme-care');
    expect(screen.getByTestId('team-state').textContent).toContain('Up to date · Last synced 2 min. ago');
    expect(screen.getByTestId('team-refused').textContent).toContain('incident:huge (52.4 MB): the server refused it');
    expect(screen.queryByTestId('team-password')).toBeNull();
  });

  test('in Chinese', () => {
    renderForm({ settings: signedIn, sync: { state: 'signed-out', lastError: { code: 'session-expired', message: 'unauthorized', at: iso(NOW) }, refused: [] } }, 'zh-CN');
    expect(screen.getByTestId('team-state').textContent).toContain('已退出登录');
    expect(screen.getByTestId('team-sync-error').textContent).toContain('你在服务器上的会话已结束');
  });
});
