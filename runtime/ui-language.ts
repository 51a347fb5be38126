import { browser } from 'wxt/browser';

/** The browser's UI language, which picks English or Simplified Chinese for extension pages. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}
