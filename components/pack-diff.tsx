/**
 * What a pack version changed: templates added, changed (which fields; which languages' texts)
 * and retired (retired, removed or revoked), as stored with the version when it was taken.
 */
import { useId } from 'react';
import type { PackDiff, TemplateDiffField } from '../lib/packs/schema.ts';
import { useI18n } from './i18n-context.tsx';

export function PackDiffView({ diff }: { diff: PackDiff }) {
  const { t, list, languageName } = useI18n();
  const id = useId();
  const title = diff.fromVersion === undefined ? t('packs.diff.titleFirst', { to: String(diff.toVersion) }) : t('packs.diff.title', { to: String(diff.toVersion), from: String(diff.fromVersion) });
  const fieldText = (c: PackDiff['changed'][number]) => {
    const parts = c.fields.filter((f) => f !== 'variants').map((f: TemplateDiffField) => t(`packs.field.${f}`));
    if (c.fields.includes('variants')) {
      const names = (codes: string[]) => list(codes.map(languageName));
      const langs = [
        ...(c.languages.changed.length ? [t('packs.diff.langChanged', { languages: names(c.languages.changed) })] : []),
        ...(c.languages.added.length ? [t('packs.diff.langAdded', { languages: names(c.languages.added) })] : []),
        ...(c.languages.removed.length ? [t('packs.diff.langRemoved', { languages: names(c.languages.removed) })] : []),
      ];
      parts.push(langs.length ? `${t('packs.field.variants')} (${list(langs)})` : t('packs.field.variants'));
    }
    return list(parts);
  };
  const more = (shown: number, total: number) => (total > shown ? <li className="cd-muted">{t('packs.diff.more', { count: total - shown })}</li> : null);
  const empty = diff.counts.added + diff.counts.changed + diff.counts.retired === 0;
  return (
    <section className="cd-packs__diff" aria-labelledby={`${id}-title`} data-testid="pack-diff">
      <h4 id={`${id}-title`}>{title}</h4>
      {empty && <p className="cd-muted">{t('packs.diff.none')}</p>}
      {diff.counts.added > 0 && (
        <>
          <h5>{t('packs.diff.added', { count: diff.counts.added })}</h5>
          <ul data-testid="pack-diff-added">
            {diff.added.map((a) => (
              <li key={a.id}>{a.title}</li>
            ))}
            {more(diff.added.length, diff.counts.added)}
          </ul>
        </>
      )}
      {diff.counts.changed > 0 && (
        <>
          <h5>{t('packs.diff.changed', { count: diff.counts.changed })}</h5>
          <ul data-testid="pack-diff-changed">
            {diff.changed.map((c) => (
              <li key={c.id}>{t('packs.diff.changedItem', { title: c.title, fields: fieldText(c) })}</li>
            ))}
            {more(diff.changed.length, diff.counts.changed)}
          </ul>
        </>
      )}
      {diff.counts.retired > 0 && (
        <>
          <h5>{t('packs.diff.retired', { count: diff.counts.retired })}</h5>
          <ul data-testid="pack-diff-retired">
            {diff.retired.map((r) => (
              <li key={r.id}>{t('packs.diff.retiredItem', { title: r.title, why: t(`packs.diff.why.${r.why}`) })}</li>
            ))}
            {more(diff.retired.length, diff.counts.retired)}
          </ul>
        </>
      )}
    </section>
  );
}
