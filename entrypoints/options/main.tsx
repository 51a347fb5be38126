/**
 * Options page entry: pick the UI language and render the settings form over the settings item.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../assets/options.css';
import { createTranslator } from '../../lib/i18n.ts';
import { uiLanguage } from '../../runtime/ui-language.ts';
import { createBackupData } from '../../runtime/backup-data.ts';
import { createPackData } from '../../runtime/pack-data.ts';
import { settingsItem } from '../../runtime/storage-items.ts';
import { createTeamData } from '../../runtime/team-data.ts';
import { OptionsApp } from './App.tsx';

function start(): void {
  const translator = createTranslator(uiLanguage());
  document.documentElement.lang = translator.locale;
  document.title = translator.t('options.title');
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from options/index.html');
  createRoot(root).render(
    <StrictMode>
      <OptionsApp
        translator={translator}
        load={() => settingsItem.read()}
        save={(s) => settingsItem.set(s)}
        team={createTeamData()}
        packs={createPackData()}
        backup={createBackupData()}
      />
    </StrictMode>,
  );
}

start();
