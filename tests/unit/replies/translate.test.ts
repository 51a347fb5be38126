// The translator logic against a fake of Chrome's Translator API: downloads only on a click, with
// progress; sessions reused; results marked as machine translation; failures are clear errors.
import { describe, expect, test, vi } from 'vitest';
import { createTranslation, TranslationError, type TranslatorApi, type TranslatorAvailability } from '../../../lib/replies/translate.ts';

function fakeApi(models: Record<string, TranslatorAvailability>) {
  const created: string[] = [];
  const api: TranslatorApi = {
    availability: vi.fn(async ({ sourceLanguage, targetLanguage }) => models[`${sourceLanguage}>${targetLanguage}`] ?? 'unavailable'),
    create: vi.fn(async ({ sourceLanguage, targetLanguage }, onProgress) => {
      const key = `${sourceLanguage}>${targetLanguage}`;
      created.push(key);
      if (models[key] === 'downloadable') {
        for (const p of [0, 0.5, 1]) onProgress?.(p);
        models[key] = 'available';
      }
      return { translate: async (text: string) => `[${targetLanguage}] ${text}` };
    }),
  };
  return { api, created };
}

describe('on-device translation', () => {
  test('states per pair: same language, ready, needs a download, unavailable, unknown language', async () => {
    const { api } = fakeApi({ 'de>en': 'available', 'ja>en': 'downloadable', 'zh>en': 'downloading' });
    const t = createTranslation(api);
    expect(await t.state('de', 'en')).toBe('ready');
    expect(await t.state('pt-BR', 'pt')).toBe('same');
    expect(await t.state('ja', 'en')).toBe('needs-download');
    expect(await t.state('zh', 'en')).toBe('needs-download');
    expect(await t.state('fi', 'en')).toBe('unavailable');
    expect(await t.state('und', 'en')).toBe('unavailable');
  });

  test('a model is downloaded only when allowed (a click), with progress; the session is reused', async () => {
    const { api, created } = fakeApi({ 'ja>en': 'downloadable' });
    const t = createTranslation(api);
    await expect(t.translate('充電中に熱くなった', 'ja', 'en')).rejects.toMatchObject({ code: 'needs-download' });
    expect(created).toEqual([]);
    const progress: number[] = [];
    const out = await t.translate('充電中に熱くなった', 'ja', 'en', { allowDownload: true, onProgress: (p) => progress.push(p) });
    expect(out).toEqual({ text: '[en] 充電中に熱くなった', source: 'ja', target: 'en', machine: true });
    expect(progress).toEqual([0, 0.5, 1]);
    await t.translate('もう一つ', 'ja-JP', 'en-US');
    expect(created).toEqual(['ja>en']);
  });

  test('back-translation of a reply runs the other direction', async () => {
    const { api } = fakeApi({ 'de>zh': 'available' });
    const t = createTranslation(api);
    expect((await t.translate('Es tut uns leid.', 'de', 'zh-CN')).text).toBe('[zh] Es tut uns leid.');
  });

  test('failures are named errors; a failed session is tried again next time', async () => {
    const { api } = fakeApi({ 'de>en': 'available' });
    const t = createTranslation(api);
    await expect(t.translate('x', 'fi', 'en')).rejects.toBeInstanceOf(TranslationError);
    await expect(t.translate('x', 'und', 'en')).rejects.toMatchObject({ code: 'unknown-language' });
    vi.mocked(api.create).mockRejectedValueOnce(new Error('model crashed'));
    await expect(t.translate('x', 'de', 'en')).rejects.toThrow('model crashed');
    expect((await t.translate('x', 'de', 'en')).text).toBe('[en] x');
  });
});
