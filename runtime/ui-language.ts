import { browser } from 'wxt/browser';

/** The browser's UI language, which picks English or Simplified Chinese for extension pages. */
export function uiLanguage(): string {
  // E2E build only (`wxt build --mode e2e`; MODE is a literal after Vite, so other builds drop
  // this): `?lang=zh-CN` on an extension page. Debian's Chromium ships only the en-US locale, so
  // tests/e2e/inbox.mjs cannot reach the Chinese UI through the browser's own language.
  if (import.meta.env.MODE === 'e2e') {
    const forced = new URLSearchParams(location.search).get('lang');
    if (forced) return forced;
  }
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}
