/**
 * Chrome's built-in Translator API (Chrome 138+; https://developer.chrome.com/docs/ai/translator-api)
 * adapted to lib/replies/translate.ts. Present only in extension pages and windows of Chromium
 * builds that ship it: feature-detected, so other Chromium builds, the service worker and Firefox
 * get undefined and the panel shows no Translate button.
 */
import { createTranslation, type Translation, type TranslatorApi, type TranslatorAvailability } from '../lib/replies/translate.ts';

interface ChromeTranslatorStatic {
  availability(o: { sourceLanguage: string; targetLanguage: string }): Promise<TranslatorAvailability>;
  create(o: {
    sourceLanguage: string;
    targetLanguage: string;
    monitor?: (m: EventTarget) => void;
  }): Promise<{ translate(text: string): Promise<string>; destroy?(): void }>;
}

export function chromeTranslatorApi(scope: unknown = globalThis): TranslatorApi | undefined {
  if (import.meta.env?.FIREFOX) return undefined;
  const T = (scope as { Translator?: Partial<ChromeTranslatorStatic> }).Translator;
  if (!T || typeof T.availability !== 'function' || typeof T.create !== 'function') return undefined;
  const api = T as ChromeTranslatorStatic;
  return {
    availability: (o) => api.availability(o),
    create: (o, onProgress) =>
      api.create({
        ...o,
        // `downloadprogress` carries `loaded` as a fraction 0..1 (Chrome's built-in AI docs).
        monitor: (m) => m.addEventListener('downloadprogress', (e) => onProgress?.(Number((e as Event & { loaded?: number }).loaded ?? 0))),
      }),
  };
}

export function chromeTranslation(scope?: unknown): Translation | undefined {
  const api = chromeTranslatorApi(scope);
  return api ? createTranslation(api) : undefined;
}
