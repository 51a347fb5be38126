// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { draftToCandidate, parseDraft, toDraft } from '../../../components/settings-form-model.ts';
import { OptionsApp } from '../../../entrypoints/options/App.tsx';
import { createTranslator } from '../../../lib/i18n.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/schema.ts';

afterEach(cleanup);

const en = createTranslator('en');
const zh = createTranslator('zh-CN');

function renderOptions(settings: Settings = DEFAULT_SETTINGS, opts: { resetFields?: (keyof Settings)[]; locale?: string } = {}) {
  const save = vi.fn(async (s: Settings) => s);
  const load = vi.fn(async () => ({ value: settings, problems: opts.resetFields ?? [] }));
  render(<OptionsApp translator={createTranslator(opts.locale ?? 'en')} load={load} save={save} />);
  return { save, load };
}

const field = (name: string) => screen.getByTestId(`settings-${name}`) as HTMLInputElement | HTMLTextAreaElement;
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const errorsOf = (name: string) => [...screen.getByTestId(`error-${name}`).querySelectorAll('li')].map((li) => li.textContent);

describe('settings form model', () => {
  test('round-trips the defaults', () => {
    const parsed = parseDraft(toDraft(DEFAULT_SETTINGS), en.t);
    expect(parsed).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  test('normalises what is safe: @ on handles, case of ASINs and languages, duplicates, blank lines', () => {
    const candidate = draftToCandidate({
      brands: 'Acme\n\n  acme \nAcme, Inc.\n',
      handles: '@AcmeHelp, acmehelp\n@acme_de',
      productIds: 'b08n5wrwnw B08N5WRWNW\nB07XJ8C8F5',
      languages: 'EN, de ja',
      retentionDays: ' 14 ',
      responseTargetMinutes: '30',
      watchOnly: false,
    });
    expect(candidate).toEqual({
      schemaVersion: 1,
      brands: ['Acme', 'Acme, Inc.'],
      handles: ['AcmeHelp', 'acme_de'],
      productIds: ['B08N5WRWNW', 'B07XJ8C8F5'],
      languages: ['en', 'de', 'ja'],
      retentionDays: 14,
      responseTargetMinutes: 30,
      watchOnly: false,
    });
  });

  test.each([
    ['productIds', 'B08N5WRWNW\nB0SHORT\nB07XJ8C8F5!', ['“B0SHORT” is not a valid ASIN: it must be 10 capital letters or digits.', '“B07XJ8C8F5!” is not a valid ASIN: it must be 10 capital letters or digits.']],
    ['handles', 'acme\nway_too_long_handle_name', ['“way_too_long_handle_name” is not a valid X handle: use 1–15 letters, digits or _.']],
    ['languages', 'en, english, d', ['“english” is not a two-letter language code (e.g. en).', '“d” is not a two-letter language code (e.g. en).']],
    ['brands', `Acme\n${'x'.repeat(101)}`, [`“${'x'.repeat(101)}” is longer than 100 characters.`]],
    ['retentionDays', '0', ['Enter a whole number of days from 1 to 3650.']],
    ['retentionDays', '2.5', ['Enter a whole number of days from 1 to 3650.']],
    ['retentionDays', '', ['Enter a whole number of days from 1 to 3650.']],
    ['retentionDays', 'forever', ['Enter a whole number of days from 1 to 3650.']],
    ['responseTargetMinutes', '2', ['Enter a whole number of minutes from 5 to 10080 (one week).']],
    ['responseTargetMinutes', '', ['Enter a whole number of minutes from 5 to 10080 (one week).']],
  ] as const)('%s = %j -> per-entry errors', (name, value, expected) => {
    const result = parseDraft({ ...toDraft(DEFAULT_SETTINGS), [name]: value }, en.t);
    expect(result).toEqual({ ok: false, errors: { [name]: expected } });
  });

  test('too many entries', () => {
    const ids = Array.from({ length: 1001 }, (_, i) => `B${String(i).padStart(9, '0')}`).join('\n');
    expect(parseDraft({ ...toDraft(DEFAULT_SETTINGS), productIds: ids }, en.t)).toEqual({
      ok: false,
      errors: { productIds: ['At most 1,000 entries.'] },
    });
  });

  test('errors in Simplified Chinese', () => {
    expect(parseDraft({ ...toDraft(DEFAULT_SETTINGS), productIds: 'B0SHORT' }, zh.t)).toEqual({
      ok: false,
      errors: { productIds: ['“B0SHORT”不是有效的 ASIN：必须是 10 位大写字母或数字。'] },
    });
  });
});

describe('options page', () => {
  test('shows stored settings, saves valid edits and confirms', async () => {
    const { save } = renderOptions({ ...DEFAULT_SETTINGS, brands: ['Acme'] });
    await screen.findByTestId('settings-brands');
    expect(field('brands').value).toBe('Acme');
    expect(field('languages').value).toBe('en, de, es, fr, it, ja, zh');
    expect(field('retentionDays').value).toBe('30');
    expect((screen.getByTestId('settings-watchOnly') as HTMLInputElement).checked).toBe(true);

    type('handles', '@AcmeHelp');
    type('productIds', 'b08n5wrwnw');
    type('retentionDays', '90');
    fireEvent.click(screen.getByTestId('settings-watchOnly'));
    fireEvent.click(screen.getByTestId('settings-save'));

    expect((await screen.findByTestId('settings-saved')).textContent).toBe('Saved');
    expect(save).toHaveBeenCalledWith({
      ...DEFAULT_SETTINGS,
      brands: ['Acme'],
      handles: ['AcmeHelp'],
      productIds: ['B08N5WRWNW'],
      retentionDays: 90,
      watchOnly: false,
    });
    // The form shows what was stored (normalised), and a new edit clears "Saved".
    expect(field('handles').value).toBe('AcmeHelp');
    type('brands', 'Acme\nGlobex');
    expect(screen.queryByTestId('settings-saved')).toBeNull();
  });

  test('invalid entries are named per field and nothing is saved', async () => {
    const { save } = renderOptions();
    await screen.findByTestId('settings-productIds');
    type('productIds', 'B08N5WRWNW\nB0NOPE');
    type('languages', 'en, eng');
    fireEvent.click(screen.getByTestId('settings-save'));
    await waitFor(() => expect(errorsOf('productIds')).toEqual(['“B0NOPE” is not a valid ASIN: it must be 10 capital letters or digits.']));
    expect(errorsOf('languages')).toEqual(['“eng” is not a two-letter language code (e.g. en).']);
    expect(errorsOf('brands')).toEqual([]);
    expect(field('productIds').getAttribute('aria-invalid')).toBe('true');
    expect(field('brands').getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByText('Fix the marked fields, then save again.')).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
  });

  test('a failed save is reported', async () => {
    const { save } = renderOptions();
    save.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.click(await screen.findByTestId('settings-save'));
    expect((await screen.findByTestId('settings-save-error')).textContent).toBe('Could not save: QUOTA_BYTES quota exceeded');
  });

  test('damaged stored settings are reported by field name', async () => {
    renderOptions(DEFAULT_SETTINGS, { resetFields: ['productIds', 'retentionDays'] });
    expect((await screen.findByTestId('settings-load-problem')).textContent).toBe(
      'Some stored settings could not be read and were reset to defaults (Amazon products (ASINs) and Keep unflagged mentions for (days)). Save to keep this version.',
    );
  });

  test('Simplified Chinese', async () => {
    renderOptions(DEFAULT_SETTINGS, { locale: 'zh-CN' });
    expect(await screen.findByText('Crisis Desk 设置')).toBeTruthy();
    expect(screen.getByText('只标记提到关注列表的提及')).toBeTruthy();
    expect(screen.getByTestId('settings-save').textContent).toBe('保存');
  });
});
