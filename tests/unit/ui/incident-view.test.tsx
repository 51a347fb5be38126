// @vitest-environment happy-dom
// The Incident tab as an agent uses it: the example flow, creating and importing with errors
// shown by path (nothing imported), publishing a version and the templates it made stale, the
// checklist recorded, crisis mode pinned above the tabs, approval blocked by the consistency check,
// in English and Chinese. The background is the real handler over fake-indexeddb.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { App } from '../../../entrypoints/sidepanel/App.tsx';
import { createTranslator } from '../../../lib/i18n.ts';
import { fakePanelData, NOW, xMention } from './fixtures.ts';
import { readIncidents, readTemplates, putIncidents } from '../../../lib/db/incidents.ts';
import { publishStatement } from '../../../lib/incident/publish.ts';
import { fakeIncidentData, readExample } from './incident-fixtures.ts';
import { fakeLayout } from './render-panel.tsx';

let restore: () => void;
beforeEach(() => {
  restore = fakeLayout();
});
afterEach(() => {
  cleanup();
  restore();
});

async function renderIncident(locale = 'en', o: { agent?: string } = {}) {
  const incidents = await fakeIncidentData({ now: NOW, ...o });
  const { data } = fakePanelData([]);
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={qc}>
      <App data={data} incidents={incidents.data} translator={createTranslator(locale, { timeZone: 'UTC' })} now={NOW} />
    </QueryClientProvider>,
  );
  fireEvent.click(screen.getByRole('tab', { name: locale === 'en' ? 'Incident' : '事件' }));
  await screen.findByTestId('incident-view');
  return incidents;
}

/** The example incident and its pack, imported (the last act has finished: buttons are enabled). */
async function startExample() {
  fireEvent.click(screen.getByTestId('incident-example'));
  await screen.findByTestId('incident-detail');
  const n = JSON.parse(readExample('pack.json')).templates.length;
  await waitFor(() => expect(screen.getByTestId('template-list').querySelectorAll('[data-template-id]').length).toBe(n));
  await waitFor(() => expect((screen.getByTestId('crisis-switch') as HTMLButtonElement).disabled).toBe(false));
}

const upload = (testId: string, name: string, text: string) => fireEvent.change(screen.getByTestId(testId), { target: { files: [new File([text], name, { type: 'application/json' })] } });

describe('the Incident tab', () => {
  test('a new user starts from the example: incident, clock overdue, checklist, statement, timeline, templates', async () => {
    const { state } = await renderIncident();
    expect(screen.getByText(/No incident yet/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('incident-example'));
    await screen.findByTestId('incident-detail');
    expect(screen.getByRole('heading', { name: 'VP-20K power banks overheating while charging' })).toBeTruthy();
    // Started in March, now is November: every stage of the clock is overdue, and says so in words.
    const clock = screen.getAllByTestId('crisis-clock')[0]!;
    expect([...clock.querySelectorAll('[data-state]')].map((e) => e.getAttribute('data-state'))).toEqual(['overdue', 'overdue', 'overdue', 'overdue']);
    expect(within(clock).getAllByText('Overdue.')).toHaveLength(4);
    expect(screen.getByTestId('statement-card').textContent).toContain('Some VP-20K power banks');
    expect(within(screen.getByTestId('statement-timeline')).getByText('Version 1')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('template-list').querySelectorAll('[data-template-id]').length).toBe(JSON.parse(readExample('pack.json')).templates.length));
    // The incident's keywords became its alert keyword set.
    expect(state.alertSettings.keywordSets.map((s) => s.id)).toEqual(['incident-vp20k-overheating']);
  });

  test('create: a bad field is shown by its path and nothing is created; fixed, the incident is created with the exact enums', async () => {
    const { data } = await renderIncident();
    fireEvent.click(screen.getByTestId('incident-new'));
    const form = screen.getByTestId('incident-form');
    expect([...within(form).getByLabelText('Type').querySelectorAll('option')].map((o) => o.getAttribute('value'))).toEqual([
      'cybersecurity', 'public-health', 'natural-disaster', 'financial', 'reputation', 'product-safety', 'logistics', 'other',
    ]);
    expect([...within(form).getByLabelText('Status').querySelectorAll('option')].map((o) => o.getAttribute('value'))).toEqual(['investigating', 'identified', 'monitoring', 'resolved']);
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Late parcels in Germany' } });
    fireEvent.change(within(form).getByLabelText('Holding statement'), { target: { value: 'Some parcels are late. We are on it.' } });
    fireEvent.change(within(form).getByLabelText('Public notice (https URL)'), { target: { value: 'http://example.com/notice' } });
    fireEvent.submit(form);
    const errors = await screen.findByTestId('incident-form-errors');
    expect(errors.textContent).toContain('Nothing was imported or changed');
    expect(errors.textContent).toContain('statement.facts.url');
    expect(data.incident).not.toHaveBeenCalled();
    // Every word is still there.
    expect((within(form).getByLabelText('Holding statement') as HTMLTextAreaElement).value).toBe('Some parcels are late. We are on it.');
    fireEvent.change(within(form).getByLabelText('Public notice (https URL)'), { target: { value: 'https://example.com/notice' } });
    fireEvent.change(within(form).getByLabelText('Type'), { target: { value: 'logistics' } });
    fireEvent.submit(form);
    await screen.findByRole('heading', { name: 'Late parcels in Germany' });
    expect(screen.getByTestId('incident-detail').textContent).toContain('Logistics');
    expect(data.incident).toHaveBeenCalledWith(expect.objectContaining({ type: 'incident/save-file', by: 'Ana', file: expect.objectContaining({ id: 'late-parcels-in-germany', type: 'logistics' }) }));
  });

  test.each([
    ['en', 'Title', 'Id (letters, digits, - . _)', 'Holding statement', 'An incident with this id already exists', 'this file is not a newer version of it'],
    ['zh-CN', '标题', 'ID（字母、数字、- . _）', '初步声明', '已有使用此 ID 的事件', '此文件不是它的较新版本'],
  ])('an id that is taken (%s): a new incident or an imported file says so in the agent’s language, and nothing is lost', async (locale, titleLabel, idLabel, textLabel, taken, notNewer) => {
    const { data } = await renderIncident(locale);
    await startExample();
    fireEvent.click(screen.getByTestId('incident-new'));
    const form = screen.getByTestId('incident-form');
    fireEvent.change(within(form).getByLabelText(titleLabel), { target: { value: 'Late parcels' } });
    fireEvent.change(within(form).getByLabelText(idLabel), { target: { value: 'vp20k-overheating' } });
    fireEvent.change(within(form).getByLabelText(textLabel), { target: { value: 'Some parcels are late.' } });
    fireEvent.submit(form);
    const errors = await screen.findByTestId('incident-form-errors');
    expect(within(errors).getByText(new RegExp(taken))).toBeTruthy();
    expect(errors.querySelector('[data-code="id-taken"]')?.textContent).toContain('"VP-20K power banks overheating while charging"');
    // Shown once (in the form), the form keeps every word, the stored incident is as it was.
    expect(screen.queryByTestId('incident-import-issues')).toBeNull();
    expect((within(form).getByLabelText(textLabel) as HTMLTextAreaElement).value).toBe('Some parcels are late.');
    expect((within(form).getByLabelText(titleLabel) as HTMLInputElement).value).toBe('Late parcels');
    expect((await data.load()).incidents.map((i) => [i.id, i.title, i.statement.version])).toEqual([['vp20k-overheating', 'VP-20K power banks overheating while charging', 1]]);
    // Another id: created.
    fireEvent.change(within(form).getByLabelText(idLabel), { target: { value: 'late-parcels' } });
    fireEvent.submit(form);
    await screen.findByRole('heading', { name: 'Late parcels' });
    // An imported file for another incident under a taken id: refused the same way.
    const other = JSON.parse(readExample('incident.json'));
    other.title = 'Another incident';
    other.statement.text = { en: 'Something else.' };
    upload('incident-file', 'other.json', JSON.stringify(other));
    const issues = await screen.findByTestId('incident-import-issues');
    expect(within(issues).getByText(new RegExp(notNewer))).toBeTruthy();
    expect(issues.querySelector('[data-code="id-taken-import"]')).toBeTruthy();
    expect((await data.load()).incidents.find((i) => i.id === 'vp20k-overheating')?.title).toBe('VP-20K power banks overheating while charging');
  });

  test('import: a broken incident file and a pack for another incident are refused with paths, nothing imported', async () => {
    const { data } = await renderIncident();
    upload('incident-file', 'bad.json', '{"id": "x", "title": "", "type": "meteor"}');
    const issues = await screen.findByTestId('incident-import-issues');
    expect(issues.textContent).toContain('Nothing was imported');
    expect(issues.textContent).toContain('type');
    expect(issues.textContent).toContain('title');
    expect(data.incident).not.toHaveBeenCalled();
    upload('incident-file', 'incident.json', readExample('incident.json'));
    await screen.findByTestId('incident-detail');
    const other = JSON.parse(readExample('pack.json'));
    other.templates[0].incident = 'another-incident';
    upload('pack-file', 'other.json', JSON.stringify(other));
    const packIssues = await screen.findByTestId('pack-import-issues');
    expect(packIssues.textContent).toContain('templates[0].incident');
    expect(packIssues.textContent).toContain('another incident');
    expect(data.template).not.toHaveBeenCalled();
    // Hostile text: a bidi override inside a variant.
    const hostile = JSON.parse(readExample('pack.json'));
    hostile.templates[1].variants.en = 'Hi \u202Etxet neddih';
    upload('pack-file', 'hostile.json', JSON.stringify(hostile));
    await waitFor(() => expect(screen.getByTestId('pack-import-issues').textContent).toContain('templates[1].variants.en'));
    expect(data.template).not.toHaveBeenCalled();
  });

  test('publishing a new version is recorded, and the panel says at once which templates went stale', async () => {
    await renderIncident();
    await startExample();
    await waitFor(() => expect(screen.getByTestId('template-list')).toBeTruthy());
    expect(screen.getByTestId('template-list').querySelectorAll('[data-stale="yes"]')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('statement-edit'));
    fireEvent.change(screen.getByTestId('statement-text-en'), { target: { value: 'A faulty batch of charging controllers was found. Affected units are replaced.' } });
    fireEvent.click(screen.getByTestId('publish'));
    const report = await screen.findByTestId('stale-report');
    expect(report.textContent).toContain('Version 2 is published');
    const stale = within(report).getAllByTestId('stale-template');
    expect(stale.length).toBeGreaterThan(0);
    expect(report.textContent).not.toContain('VP-20K: holding reply (X)');
    expect(await within(screen.getByTestId('statement-timeline')).findByText('Version 2')).toBeTruthy();
    expect(screen.getByTestId('statement-timeline').textContent).toContain('published by Ana');
    await waitFor(() => expect(screen.getByTestId('template-list').querySelectorAll('[data-stale="yes"]')).toHaveLength(stale.length));
  });

  test('a version a teammate published (arriving through the team workspace) gets the same stale report, saying who', async () => {
    const { db, state } = await renderIncident();
    await startExample();
    const [stored] = (await readIncidents(db)).items;
    const templates = (await readTemplates(db)).items;
    const published = publishStatement(stored!, { ...stored!.statement, text: { en: 'A faulty batch of charging controllers was found. Affected units are replaced.' } }, { by: 'Bo', now: NOW + 60_000, templates });
    if (!published.ok) throw new Error('publish failed');
    // What the team job does with a teammate's incident: store it and tell the panels.
    await putIncidents(db, [published.incident]);
    state.listeners.forEach((l) => l());
    const report = await screen.findByTestId('stale-report');
    expect(within(report).getByTestId('stale-report-from').textContent).toBe('Bo published a new statement version in the team workspace.');
    expect(report.textContent).toContain('Version 2 is published');
    expect(published.stale.length).toBeGreaterThan(0);
    expect(within(report).getAllByTestId('stale-template').map((e) => e.querySelector('strong')?.textContent)).toEqual(published.stale.map((s) => s.title));
    // Dismissed, it stays dismissed: nothing new arrived.
    fireEvent.click(within(report).getByRole('button', { name: 'Dismiss' }));
    state.listeners.forEach((l) => l());
    await waitFor(() => expect(screen.getByTestId('statement-timeline').textContent).toContain('published by Bo'));
    expect(screen.queryByTestId('stale-report')).toBeNull();
  });

  test('a checklist tick is recorded with who and when; a clock stage is marked done', async () => {
    await renderIncident();
    await startExample();
    fireEvent.click(screen.getByTestId('check-brief-team'));
    await waitFor(() => expect((screen.getByTestId('check-brief-team') as HTMLInputElement).checked).toBe(true));
    expect(screen.getByTestId('incident-checklist').textContent).toContain('Ana, Nov 22, 2025');
    fireEvent.click(within(screen.getAllByTestId('crisis-clock')[0]!).getAllByRole('button', { name: 'Mark done' })[0]!);
    await waitFor(() => expect(screen.getAllByTestId('crisis-clock')[0]!.querySelector('[data-stage="identify"]')!.getAttribute('data-state')).toBe('done'));
  });

  test('crisis mode pins the clock and checklist above the tabs in every view, until switched off', async () => {
    const { state } = await renderIncident();
    await startExample();
    expect(screen.queryByTestId('crisis-pin')).toBeNull();
    fireEvent.click(screen.getByTestId('crisis-switch'));
    const pin = await screen.findByTestId('crisis-pin');
    expect(state.crisis.incidentId).toBe('vp20k-overheating');
    expect(screen.getByTestId('crisis-switch').getAttribute('aria-checked')).toBe('true');
    // Above the tabs.
    expect(pin.compareDocumentPosition(screen.getByRole('tablist')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(pin).getByTestId('crisis-clock')).toBeTruthy();
    expect(within(pin).getByTestId('crisis-pin-checklist').textContent).toMatch(/Checklist \d\/9/);
    fireEvent.click(screen.getByRole('tab', { name: 'Inbox' }));
    expect(screen.getByTestId('crisis-pin')).toBeTruthy();
    fireEvent.click(within(pin).getByRole('button', { name: 'Turn off' }));
    await waitFor(() => expect(screen.queryByTestId('crisis-pin')).toBeNull());
    expect(state.crisis).toEqual({});
  });

  test('approval is refused while the consistency check blocks a variant; a clean one is approved with who and the statement version', async () => {
    await renderIncident();
    await startExample();
    fireEvent.click(screen.getByTestId('template-new'));
    const editor = screen.getByTestId('template-editor');
    fireEvent.change(within(editor).getByLabelText('Title'), { target: { value: 'Too honest' } });
    fireEvent.change(within(editor).getByTestId('variant-en'), { target: { value: 'This is our fault and we will give everyone a full refund by Friday. {{incident.url}}' } });
    fireEvent.click(within(editor).getByTestId('template-save'));
    await waitFor(() => expect(screen.queryByTestId('template-editor')).toBeNull());
    await screen.findByText('Too honest');
    const row = () => screen.getByText('Too honest').closest('li')!;
    expect(row().getAttribute('data-status')).toBe('draft');
    fireEvent.click(within(row()).getByRole('button', { name: 'Approve' }));
    const findings = await within(row()).findByTestId('template-findings', {}, { timeout: 10_000 });
    expect(findings.textContent).toContain('Blocks insertion');
    expect(findings.textContent).toContain('Admits liability');
    expect(row().getAttribute('data-status')).toBe('draft');
    // Rewritten: sympathy, the statement's own words through variables.
    fireEvent.click(within(row()).getByRole('button', { name: 'Edit' }));
    fireEvent.change(within(screen.getByTestId('template-editor')).getByTestId('variant-en'), { target: { value: 'Hi {{author.name}}, we are sorry for the worry. {{incident.summary}} {{incident.url}}' } });
    fireEvent.click(within(screen.getByTestId('template-editor')).getByTestId('template-save'));
    await waitFor(() => expect(screen.queryByTestId('template-editor')).toBeNull());
    await waitFor(() => expect(within(row()).getByTestId('template-text').textContent).toContain('sorry for the worry'));
    fireEvent.click(within(row()).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(row().getAttribute('data-status')).toBe('approved'), { timeout: 10_000 });
    expect(row().textContent).toContain('approved by Ana');
    expect(row().textContent).toContain('statement v1');
  }, 30_000);

  test('Chinese: the tab, the example and a statement without Chinese text say so in Chinese', async () => {
    await renderIncident('zh-CN');
    await startExample();
    expect(screen.getByTestId('statement-card').textContent).toContain('声明，第 1 版');
    expect(screen.getByTestId('incident-checklist').textContent).toContain('检查清单');
    expect(screen.queryByTestId('statement-no-own-lang')).toBeNull();
    fireEvent.click(screen.getByTestId('incident-new'));
    const form = screen.getByTestId('incident-form');
    fireEvent.change(within(form).getByLabelText('标题'), { target: { value: 'Parcel delays' } });
    fireEvent.change(within(form).getByLabelText('语言'), { target: { value: 'en' } });
    fireEvent.change(within(form).getByLabelText('初步声明'), { target: { value: 'Some parcels are late.' } });
    fireEvent.submit(form);
    await screen.findByRole('heading', { name: 'Parcel delays' });
    expect(screen.getByTestId('statement-no-own-lang').textContent).toContain('声明没有中文文本');
  });

  test('mentions matching the incident keywords show the incident in the inbox: a facet with its title, and they come first', async () => {
    const incidents = await fakeIncidentData({ now: NOW });
    await incidents.data.incident({ type: 'incident/save-file', file: JSON.parse(readExample('incident.json')), by: 'Ana' });
    const { data } = fakePanelData([
      xMention({ id: 'x:1', text: 'The blender jar cracked on the first use, want a refund', sortAt: '2025-11-22T11:00:00.000Z' }),
      xMention({ id: 'x:2', text: 'My VP-20K got really hot while charging', sortAt: '2025-11-22T11:59:00.000Z' }),
    ]);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <App data={data} incidents={incidents.data} translator={createTranslator('en', { timeZone: 'UTC' })} now={NOW} />
      </QueryClientProvider>,
    );
    const ids = () => screen.queryAllByTestId('mention-row').map((r) => r.getAttribute('data-mention-id'));
    // The only unresolved incident is the active one: its mention gets the incident points.
    await waitFor(() => expect(ids()).toEqual(['x:2', 'x:1']));
    fireEvent.click(screen.getByTestId('filters-toggle'));
    const sheet = screen.getByTestId('filter-sheet');
    await waitFor(() => expect(within(sheet).getByTestId('facet-incident-vp20k-overheating')).toBeTruthy());
    expect(within(sheet).getByText('Incident')).toBeTruthy();
    fireEvent.click(within(sheet).getByTestId('facet-incident-vp20k-overheating'));
    await waitFor(() => expect(ids()).toEqual(['x:2']));
    expect(within(screen.getByTestId('filter-chips')).getByText(/VP-20K power banks overheating/)).toBeTruthy();
  });
});
