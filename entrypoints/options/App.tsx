/**
 * The options page: load settings (salvaging damaged storage, and saying so), edit, save.
 * Storage access comes in as props so tests run without the extension API.
 */
import { useEffect, useState } from 'react';
import { I18nProvider } from '../../components/i18n-context.tsx';
import { SettingsForm } from '../../components/settings-form.tsx';
import type { PlainMessageKey, Translator } from '../../lib/i18n.ts';
import type { Settings } from '../../lib/schema.ts';
import type { Salvaged } from '../../lib/stored-value.ts';
import type { PackData } from '../../runtime/pack-data.ts';
import { PacksSection } from './packs-section.tsx';
import type { TeamData } from '../../runtime/team-data.ts';
import { TeamSection } from './team-section.tsx';
import type { BackupData } from '../../runtime/backup-data.ts';
import { BackupSection } from './backup-section.tsx';

export interface OptionsAppProps {
  translator: Translator;
  /** Never rejects; `problems` names the fields that were damaged in storage and reset. */
  load(): Promise<Salvaged<Settings>>;
  save(settings: Settings): Promise<unknown>;
  /** The team workspace (issue 12); its section is left out without it. */
  team?: TeamData;
  /** Template packs (issue 12); the section is left out without it. */
  packs?: PackData;
  /** Backup and hand-over (issue 12); the section is left out without it. */
  backup?: BackupData;
}

const FIELD_LABELS: Partial<Record<keyof Settings, PlainMessageKey>> = {
  brands: 'options.brands',
  handles: 'options.handles',
  productIds: 'options.productIds',
  languages: 'options.languages',
  retentionDays: 'options.retentionDays',
  responseTargetMinutes: 'options.responseTarget',
  watchOnly: 'options.watchOnly',
};

export function OptionsApp({ translator, load, save, team, packs, backup }: OptionsAppProps) {
  const { t } = translator;
  const [loaded, setLoaded] = useState<Salvaged<Settings>>();
  useEffect(() => {
    let live = true;
    // load() never rejects (the settings item falls back to defaults), so there is no error state.
    void load().then((result) => live && setLoaded(result));
    return () => {
      live = false;
    };
  }, [load]);
  // schemaVersion has no field of its own; a reset of it alone is not worth a warning.
  const resetLabels = (loaded?.problems ?? []).flatMap((f) => {
    const key = FIELD_LABELS[f as keyof Settings];
    return key ? [t(key)] : [];
  });

  return (
    <I18nProvider translator={translator}>
      <main className="cd-options">
        <h1>{t('options.title')}</h1>
        <p className="cd-muted">{t('options.intro')}</p>
        {!loaded ? (
          <p role="status">{t('options.loading')}</p>
        ) : (
          <>
            {resetLabels.length > 0 && (
              <p className="cd-notice cd-notice--warning" role="alert" data-testid="settings-load-problem">
                {translator.t('options.loadProblem', { fields: translator.list(resetLabels) })}
              </p>
            )}
            <SettingsForm initial={loaded.value} onSave={save} />
          </>
        )}
        {team && <TeamSection team={team} />}
        {packs && <PacksSection data={packs} />}
        {backup && <BackupSection data={backup} />}
      </main>
    </I18nProvider>
  );
}
