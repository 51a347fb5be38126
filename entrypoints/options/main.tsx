/**
 * Options page entry: pick the UI language and render the settings form over storage.local.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../assets/options.css';
import { createTranslator } from '../../lib/i18n.ts';
import { uiLanguage } from '../../runtime/ui-language.ts';
import { loadSettingsDetailed, saveSettings } from '../../runtime/settings-store.ts';
import { OptionsApp } from './App.tsx';

function start(): void {
  const translator = createTranslator(uiLanguage());
  document.documentElement.lang = translator.locale;
  document.title = translator.t('options.title');
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from options/index.html');
  createRoot(root).render(
    <StrictMode>
      <OptionsApp translator={translator} load={loadSettingsDetailed} save={saveSettings} />
    </StrictMode>,
  );
}

start();
