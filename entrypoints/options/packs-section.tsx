/**
 * The options page's "Template packs" section: reads the pack items through PackData, follows
 * their changes (the background job writes them), and hands the presentational parts their data
 * and actions. PackData comes in as a prop so tests run it with fakes.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { PackKeys } from '../../components/pack-keys.tsx';
import { PackList } from '../../components/pack-list.tsx';
import { PackSubscriptions } from '../../components/pack-subscriptions.tsx';
import { useI18n } from '../../components/i18n-context.tsx';
import { PACK_SYNC_LIMITS } from '../../lib/packs/schema.ts';
import type { PacksView } from '../../lib/packs/view.ts';
import type { PackData } from '../../runtime/pack-data.ts';

export function PacksSection({ data }: { data: PackData }) {
  const { t } = useI18n();
  const id = useId();
  const [view, setView] = useState<PacksView>();
  const [loadError, setLoadError] = useState<string>();

  const reload = useCallback(() => {
    data.load().then(
      (v) => {
        setView(v);
        setLoadError(undefined);
      },
      (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)),
    );
  }, [data]);

  useEffect(() => {
    reload();
    return data.watch(reload);
  }, [data, reload]);

  const versions = Object.fromEntries((view?.packs ?? []).map((p) => [p.packId, p.version]));
  const report = (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e));

  return (
    <section className="cd-packs" aria-labelledby={`${id}-title`} data-testid="packs-section">
      <h2 id={`${id}-title`}>{t('packs.title')}</h2>
      <p className="cd-muted">{t('packs.intro')}</p>
      {loadError && (
        <p className="cd-notice cd-notice--error" role="alert">
          {loadError}
        </p>
      )}
      {!view ? (
        <p role="status">{t('options.loading')}</p>
      ) : (
        <>
          <PackSubscriptions
            subscriptions={view.subscriptions}
            versions={versions}
            onSubscribe={(url) => data.subscribe(url)}
            onRefresh={(url) => data.refresh(url).catch(report)}
            onRemove={(url) => void data.unsubscribe(url).catch(report)}
            maxSubscriptions={PACK_SYNC_LIMITS.subscriptions}
          />
          <PackList packs={view.packs} fallback={view.fallback} onImport={(name, text) => data.importFile(name, text)} onRemove={(packId) => void data.removePack(packId).catch(report)} maxBytes={PACK_SYNC_LIMITS.bodyBytes} />
          <PackKeys
            keys={view.keys}
            readKey={(text) => data.readKey(text)}
            onPin={(jwk, label) => data.pinKey(jwk, label || undefined)}
            onRemove={(keyId) => void data.unpinKey(keyId).catch(report)}
            maxKeys={PACK_SYNC_LIMITS.pinnedKeys}
          />
        </>
      )}
    </section>
  );
}
