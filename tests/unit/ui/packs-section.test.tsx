// @vitest-environment happy-dom
// The options page's "Template packs" section over a fake PackData: the permission prompt is
// asked for inside the click, errors belong to their fields, failing subscriptions say why in
// English and Chinese and that the last good pack stays, keys show their id, diffs read.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { OptionsApp } from '../../../entrypoints/options/App.tsx';
import { createTranslator } from '../../../lib/i18n.ts';
import { generateApproverKey, readPublicKey, type PackAttempt, type Subscription } from '../../../lib/packs/index.ts';
import type { PacksView, SubscribeOutcome } from '../../../lib/packs/view.ts';
import { DEFAULT_SETTINGS } from '../../../lib/schema.ts';
import type { PackData } from '../../../runtime/pack-data.ts';

afterEach(cleanup);

const EMPTY: PacksView = { keys: [], subscriptions: [], packs: [], fallback: true };

const failing: Subscription = {
  url: 'https://packs.example.com/voltpro.json',
  addedAt: '2025-03-20T10:00:00.000Z',
  packId: 'voltpro-service',
  lastAttemptAt: '2025-03-20T12:00:00.000Z',
  lastSuccessAt: '2025-03-20T11:00:00.000Z',
  lastError: { code: 'html', at: '2025-03-20T12:00:00.000Z', detail: 'Content-Type: text/html' },
  failures: 1,
  nextAttemptAt: '2025-03-20T12:15:00.000Z',
};

const PACK = {
  packId: 'voltpro-service',
  version: 2,
  publisher: 'VoltPro Customer Service',
  publishedAt: '2025-03-15T09:30:00Z',
  templateCount: 7,
  source: { kind: 'subscription' as const, url: failing.url },
  acceptedAt: '2025-03-20T11:00:00.000Z',
  inUse: true,
  diff: {
    packId: 'voltpro-service',
    fromVersion: 1,
    toVersion: 2,
    added: [{ id: 'new-one', title: 'New thanks' }],
    changed: [{ id: 'vp20k-holding-x', title: 'VP-20K: holding reply (X)', fields: ['statementVersion' as const, 'variants' as const], languages: { added: ['ko'], changed: ['en'], removed: [] } }],
    retired: [{ id: 'vp20k-remedy-x', title: 'VP-20K: replacement or refund (X)', why: 'revoked' as const }],
    counts: { added: 1, changed: 1, retired: 1 },
  },
};

function fakeData(view: PacksView = EMPTY, over: Partial<PackData> = {}) {
  const data: PackData = {
    load: vi.fn(async () => view),
    watch: vi.fn(() => () => undefined),
    readKey: (text) => readPublicKey(text),
    pinKey: vi.fn(async () => ({ ok: true as const, keyId: 'k' })),
    unpinKey: vi.fn(async () => undefined),
    subscribe: vi.fn(async (): Promise<SubscribeOutcome> => ({ ok: true })),
    unsubscribe: vi.fn(async () => undefined),
    refresh: vi.fn(async () => []),
    importFile: vi.fn(async (): Promise<PackAttempt> => ({ accepted: true, outcome: 'applied', packId: 'p', version: 1, issues: [] })),
    removePack: vi.fn(async () => undefined),
    ...over,
  };
  return data;
}

async function renderPacks(data: PackData, locale = 'en') {
  render(<OptionsApp translator={createTranslator(locale)} load={async () => ({ value: DEFAULT_SETTINGS, problems: [] })} save={async (s) => s} packs={data} />);
  return screen.findByTestId('packs-section');
}

describe('Template packs section', () => {
  test('first run: the bundled example is in use, and no key is pinned (a warning says what that means)', async () => {
    const section = await renderPacks(fakeData());
    expect(within(section).getByTestId('pack-fallback').textContent).toMatch(/bundled example pack/);
    expect(within(section).getByTestId('pack-keys-note').textContent).toMatch(/No approver key is pinned/);
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe('Template packs');
  });

  test('subscribe: the permission request starts inside the click; a bad address is the field’s error', async () => {
    let resolve!: (o: SubscribeOutcome) => void;
    const data = fakeData(EMPTY, { subscribe: vi.fn(() => new Promise<SubscribeOutcome>((r) => (resolve = r))) });
    const section = await renderPacks(data);
    const input = within(section).getByTestId('pack-sub-url') as HTMLInputElement;

    fireEvent.change(input, { target: { value: 'http://packs.example.com/p.json' } });
    fireEvent.click(within(section).getByTestId('pack-sub-add'));
    expect(data.subscribe).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const errors = within(section).getByTestId('pack-sub-error');
    expect(input.getAttribute('aria-describedby')).toContain(errors.id);
    expect(errors.textContent).toBe('Enter an https:// address without a user name or password.');

    fireEvent.change(input, { target: { value: ' https://packs.example.com/voltpro.json ' } });
    fireEvent.click(within(section).getByTestId('pack-sub-add'));
    // Synchronously, in the same event: no await came before it.
    expect(data.subscribe).toHaveBeenCalledWith('https://packs.example.com/voltpro.json');
    resolve({ ok: false, code: 'permission-denied', origin: 'https://packs.example.com' });
    await waitFor(() => expect(errors.textContent).toBe('The browser did not allow Crisis Desk to read https://packs.example.com; nothing was added.'));
  });

  test('a failing subscription: the reason in words, the version still in use, and that the last good pack stays', async () => {
    const section = await renderPacks(fakeData({ ...EMPTY, fallback: false, subscriptions: [failing], packs: [PACK] }));
    const row = within(section).getByTestId('pack-sub');
    expect(row.dataset.state).toBe('failing');
    expect(within(row).getByTestId('pack-sub-state').textContent).toBe('The last check failed; the last good pack stays in use');
    expect(within(row).getByTestId('pack-sub-version').textContent).toBe('Version in use: 2');
    expect(within(row).getByTestId('pack-sub-last-error').textContent).toMatch(/^Last error \(.+\): The address returned a web page \(HTML\), not a pack file\. .*Details: Content-Type: text\/html$/);
    expect(within(row).getByRole('button', { name: `Refresh now: ${failing.url}` })).toBeTruthy();
  });

  test('the same in Chinese', async () => {
    const section = await renderPacks(fakeData({ ...EMPTY, fallback: false, subscriptions: [failing], packs: [PACK] }), 'zh-CN');
    const row = within(section).getByTestId('pack-sub');
    expect(within(row).getByTestId('pack-sub-state').textContent).toBe('上次检查失败；继续使用最后一个有效的模板包');
    expect(within(row).getByTestId('pack-sub-last-error').textContent).toContain('该地址返回的是网页（HTML），而不是模板包文件。');
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe('模板包');
  });

  test('refresh now and remove act on their own subscription', async () => {
    const data = fakeData({ ...EMPTY, subscriptions: [failing] });
    const section = await renderPacks(data);
    fireEvent.click(within(section).getByTestId('pack-sub-refresh'));
    expect(data.refresh).toHaveBeenCalledWith(failing.url);
    fireEvent.click(within(section).getByTestId('pack-sub-remove'));
    expect(data.unsubscribe).toHaveBeenCalledWith(failing.url);
  });

  test('the diff of the version in use: added, changed with fields and languages, revoked', async () => {
    const section = await renderPacks(fakeData({ ...EMPTY, fallback: false, packs: [PACK] }));
    const diff = within(section).getByTestId('pack-diff');
    expect(within(diff).getByRole('heading', { level: 4 }).textContent).toBe('What version 2 changed (from version 1)');
    expect(within(diff).getByTestId('pack-diff-added').textContent).toBe('New thanks');
    expect(within(diff).getByTestId('pack-diff-changed').textContent).toBe('VP-20K: holding reply (X): statement version and text (English changed and Korean added)');
    expect(within(diff).getByTestId('pack-diff-retired').textContent).toBe('VP-20K: replacement or refund (X): revoked');
  });

  test('pasting a public key shows its id; a private key is refused on the field; Pin sends the JWK', async () => {
    const pair = await generateApproverKey();
    const data = fakeData();
    const section = await renderPacks(data);
    const box = within(section).getByTestId('pack-key-input');
    fireEvent.change(box, { target: { value: pair.privateKeyPem } });
    await waitFor(() => expect(within(section).getByTestId('pack-key-error').textContent).toMatch(/This is a private key/));
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect((within(section).getByTestId('pack-key-pin') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(box, { target: { value: pair.publicKeyPem } });
    await waitFor(() => expect(within(section).getByTestId('pack-key-preview').textContent).toBe(`Key id: ${pair.keyId}`));
    fireEvent.change(within(section).getByTestId('pack-key-label'), { target: { value: 'Lena (Legal)' } });
    fireEvent.click(within(section).getByTestId('pack-key-pin'));
    await waitFor(() => expect(data.pinKey).toHaveBeenCalledWith(pair.jwk, 'Lena (Legal)'));
  });

  test('an import refused: the file name, the reason and the JSON paths', async () => {
    const data = fakeData(EMPTY, {
      importFile: vi.fn(async (): Promise<PackAttempt> => ({ accepted: false, problem: { code: 'older-version', version: 1, current: 2, at: '2025-03-20T12:00:00.000Z' }, issues: [] })),
    });
    const section = await renderPacks(data);
    const input = within(section).getByTestId('pack-import') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['{}'], 'old-pack.json', { type: 'application/json' })] } });
    await waitFor(() =>
      expect(within(section).getByTestId('pack-import-result').textContent).toBe('old-pack.json was not imported: Version 1 is older than version 2 in use (an old copy replayed).'),
    );
    expect(data.importFile).toHaveBeenCalledWith('old-pack.json', '{}');
  });
});
