// @vitest-environment happy-dom
// The options page's "Backup and hand-over" section over a fake BackupData built on the real
// parse and merge: download, the preview before anything is imported (counts, skipped records with
// their path, settings that differ and the choice to take them), the result, and refusals in
// English and Chinese.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { OptionsApp } from '../../../entrypoints/options/App.tsx';
import { BACKUP_FORMAT } from '../../../lib/backup/format.ts';
import { mergeBackup, withRejected } from '../../../lib/backup/merge.ts';
import { parseBackup } from '../../../lib/backup/parse.ts';
import { createTranslator } from '../../../lib/i18n.ts';
import { DEFAULT_SETTINGS } from '../../../lib/schema.ts';
import type { BackupData, BackupFile } from '../../../runtime/backup-data.ts';
import { at, defaultSettings, emptyLocal, row } from '../backup/fixtures.ts';

afterEach(cleanup);

const FILE_TEXT = JSON.stringify({
  format: BACKUP_FORMAT,
  createdAt: at(100),
  app: { name: 'crisis-desk', version: '0.1.0' },
  dbVersion: 7,
  mentions: [row(1), row(2, { status: 'handled', statusChangedAt: at(50), activityAt: at(50) }), { ...row(3), analysis: { ...row(3).analysis, lang: 'english' } }],
  settings: { 'local:settings': { ...DEFAULT_SETTINGS, brands: ['VoltPro'] } },
});

function fakeData(over: Partial<BackupData> = {}) {
  const local = { ...emptyLocal(), mentions: [row(2)], settings: defaultSettings() };
  const file: BackupFile = { blob: new Blob(['{}']), name: 'crisis-desk-backup-2025-06-01.json', counts: { mentions: 2, decided: 0, incidents: 0, templates: 0, reviews: 0, settings: 3 }, skipped: { mentions: 1, decided: 0, incidents: 0, templates: 0, reviews: 0 } };
  const data: BackupData = {
    exportFile: vi.fn(async () => file),
    save: vi.fn(),
    read: (name, text) => ({ ...parseBackup(text), name }),
    preview: vi.fn(async (f, takeSettings) => withRejected(mergeBackup(local, f.backup, { takeSettings, now: new Date(at(200)) }).summary, f.rejected)),
    apply: vi.fn(async (f, takeSettings, onProgress) => {
      onProgress?.({ done: 0, total: 2 });
      return withRejected(mergeBackup(local, f.backup, { takeSettings, now: new Date(at(200)) }).summary, f.rejected);
    }),
    ...over,
  };
  return data;
}

async function renderBackup(data: BackupData, locale = 'en') {
  render(<OptionsApp translator={createTranslator(locale, { timeZone: 'UTC' })} load={async () => ({ value: DEFAULT_SETTINGS, problems: [] })} save={async (s) => s} backup={data} />);
  return screen.findByTestId('backup-section');
}

function choose(section: HTMLElement, text: string, name = 'crisis-desk-backup-2025-06-01.json', size?: number) {
  const file = new File([text], name, { type: 'application/json' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  fireEvent.change(within(section).getByTestId('backup-import'), { target: { files: [file] } });
}

describe('Backup and hand-over', () => {
  test('download: the file is offered and the section says what it holds and left out', async () => {
    const data = fakeData();
    const section = await renderBackup(data);
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe('Backup and hand-over');
    fireEvent.click(within(section).getByTestId('backup-download'));
    await waitFor(() => expect(within(section).getByTestId('backup-export-result').textContent).toMatch(/Saved crisis-desk-backup-2025-06-01\.json\./));
    expect(data.save).toHaveBeenCalledTimes(1);
    expect(within(section).getByTestId('backup-export-result').textContent).toMatch(/1 record here could not be read/);
  });

  test('import: a preview first, the settings left alone unless chosen, then the result', async () => {
    const data = fakeData();
    const section = await renderBackup(data);
    choose(section, FILE_TEXT);
    const preview = await within(section).findByTestId('backup-preview');
    const mentions = within(preview).getByText('Mentions').closest('tr')!;
    expect(within(mentions).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '1', '0', '0', '1']);
    expect(within(preview).getByTestId('backup-rejected').textContent).toMatch(/mentions\[2\]\.analysis\.lang.*damaged in the file/);
    expect(within(preview).getByTestId('backup-settings-differ').textContent).toMatch(/watch list, languages and retention/);
    expect(data.apply).not.toHaveBeenCalled();

    fireEvent.click(within(preview).getByTestId('backup-take-settings'));
    await waitFor(() => expect(data.preview).toHaveBeenLastCalledWith(expect.anything(), true));
    await waitFor(() => expect((within(section).getByTestId('backup-take-settings') as HTMLInputElement).checked).toBe(true));
    fireEvent.click(within(section).getByTestId('backup-apply'));
    const done = await within(section).findByTestId('backup-applied');
    expect(data.apply).toHaveBeenCalledWith(expect.objectContaining({ name: 'crisis-desk-backup-2025-06-01.json' }), true, expect.any(Function));
    expect(done.textContent).toMatch(/Imported crisis-desk-backup-2025-06-01\.json/);
    expect(within(done.querySelector('tr[data-kind="settings"]') as HTMLElement).getAllByRole('cell')[1]!.textContent).toBe('1');
  });

  test('cancel leaves everything as it was', async () => {
    const data = fakeData();
    const section = await renderBackup(data);
    choose(section, FILE_TEXT);
    fireEvent.click(await within(section).findByTestId('backup-cancel'));
    expect(within(section).queryByTestId('backup-preview')).toBeNull();
    expect(data.apply).not.toHaveBeenCalled();
  });

  test.each([
    { name: 'a newer format (Chinese)', locale: 'zh-CN', text: JSON.stringify({ format: 'crisis-desk.backup/2' }), want: /此备份由更新版本的 Crisis Desk 写入.*format/ },
    { name: 'not a backup', locale: 'en', text: JSON.stringify({ format: 'crisis-desk.pack/1' }), want: /This is not a Crisis Desk backup file\..*format/ },
    { name: 'a wrong envelope: the path', locale: 'en', text: JSON.stringify({ format: BACKUP_FORMAT, createdAt: at(0), app: { name: 'crisis-desk', version: '1' }, dbVersion: 7, mentions: 'many' }), want: /structure is wrong.*mentions/ },
    { name: 'cut short', locale: 'zh-CN', text: FILE_TEXT.slice(0, 200), want: /不是有效的 JSON/ },
  ])('refused: $name', async ({ locale, text, want }) => {
    const data = fakeData();
    const section = await renderBackup(data, locale);
    choose(section, text);
    const refused = await within(section).findByTestId('backup-refused');
    expect(refused.textContent).toMatch(want);
    expect(data.preview).not.toHaveBeenCalled();
  });

  test('too large: refused before it is read', async () => {
    const data = fakeData({ read: vi.fn() });
    const section = await renderBackup(data);
    choose(section, '{}', 'huge.json', 300 * 1024 * 1024);
    expect((await within(section).findByTestId('backup-refused')).textContent).toMatch(/larger than a backup may be \(128 MB\)/);
    expect(data.read).not.toHaveBeenCalled();
  });

  test('a failed import says that importing again finishes it', async () => {
    const data = fakeData({ apply: vi.fn(async () => Promise.reject(new Error('QuotaExceededError'))) });
    const section = await renderBackup(data);
    choose(section, FILE_TEXT);
    fireEvent.click(await within(section).findByTestId('backup-apply'));
    expect((await within(section).findByTestId('backup-failed')).textContent).toMatch(/QuotaExceededError.*importing the same file again finishes it/);
  });
});
