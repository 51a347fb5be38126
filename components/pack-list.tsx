/**
 * The packs kept: each with its publisher, version, template count, where it came from, its
 * signature and whether it is in use (and why not), the changes its version brought, and
 * Remove for imported ones (a subscribed pack goes with its subscription). Above the list,
 * importing a pack file; the result, taken or refused with the reason, is announced.
 */
import { useId, useState, type ChangeEvent } from 'react';
import type { PackAttempt } from '../lib/packs/schema.ts';
import { outcomeMessage, problemMessage, shortKeyId, type PackSummary } from '../lib/packs/view.ts';
import { useI18n } from './i18n-context.tsx';
import { PackDiffView } from './pack-diff.tsx';

export interface PackListProps {
  packs: readonly PackSummary[];
  /** The bundled example pack is in use. */
  fallback: boolean;
  onImport(name: string, text: string): Promise<PackAttempt>;
  onRemove(packId: string): void;
  /** Files larger than this are refused before reading. */
  maxBytes: number;
}

type ImportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; name: string; attempt: PackAttempt };

export function PackList({ packs, fallback, onImport, onRemove, maxBytes }: PackListProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > maxBytes) {
      setState({ kind: 'done', name: file.name, attempt: { accepted: false, problem: { code: 'too-large', limit: maxBytes, at: new Date(0).toISOString() }, issues: [] } });
      return;
    }
    setState({ kind: 'busy' });
    void file
      .text()
      .then((text) => onImport(file.name, text))
      .then(
        (attempt) => setState({ kind: 'done', name: file.name, attempt }),
        (err: unknown) => setState({ kind: 'done', name: file.name, attempt: { accepted: false, problem: { code: 'storage', at: new Date(0).toISOString(), detail: String(err) }, issues: [] } }),
      );
  };

  return (
    <section className="cd-packs__part" aria-labelledby={`${id}-title`} data-testid="pack-list">
      <h3 id={`${id}-title`}>{t('packs.list.title')}</h3>
      {fallback && (
        <p className="cd-notice" data-testid="pack-fallback">
          {t('packs.fallback')}
        </p>
      )}
      <div className="cd-form__field">
        <label className="cd-form__label" htmlFor={`${id}-file`}>
          {t('packs.import.label')}
        </label>
        <input id={`${id}-file`} type="file" accept=".json,application/json" aria-describedby={`${id}-file-help ${id}-file-result`} onChange={onFile} data-testid="pack-import" />
        <p className="cd-form__help" id={`${id}-file-help`}>
          {t('packs.import.help')}
        </p>
        <div id={`${id}-file-result`} role="status" aria-live="polite" data-testid="pack-import-result">
          {state.kind === 'busy' && t('packs.import.busy')}
          {state.kind === 'done' &&
            (state.attempt.accepted ? (
              <span className="cd-ok">{t('packs.import.done', { name: state.name, outcome: outcomeMessage(i18n, state.attempt.outcome!, state.attempt.version) })}</span>
            ) : (
              <span className="cd-error-text">
                {t('packs.import.refused', { name: state.name, message: state.attempt.problem ? problemMessage(i18n, state.attempt.problem) : '' })}
                {state.attempt.issues.length > 0 && (
                  <ul className="cd-form__errors">
                    {state.attempt.issues.slice(0, 5).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
              </span>
            ))}
        </div>
      </div>
      {packs.length === 0 ? (
        <p className="cd-muted">{t('packs.list.none')}</p>
      ) : (
        <ul className="cd-packs__list" aria-label={t('packs.list.title')}>
          {packs.map((p) => (
            <PackRow key={p.packId} pack={p} onRemove={() => onRemove(p.packId)} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PackRow({ pack: p, onRemove }: { pack: PackSummary; onRemove(): void }) {
  const { t, dateTime } = useI18n();
  const signature = p.verifiedKeyId
    ? t('packs.list.verified', { keyId: shortKeyId(p.verifiedKeyId) })
    : p.signedBy
      ? t('packs.list.signedUnpinned', { keyId: shortKeyId(p.signedBy) })
      : t('packs.list.unsigned');
  return (
    <li className={`cd-packs__item${p.inUse ? '' : ' cd-packs__item--unused'}`} data-testid="pack" data-pack-id={p.packId} data-version={p.version} data-in-use={p.inUse}>
      <div className="cd-packs__body">
        <strong>
          {p.packId} — {t('packs.list.row', { publisher: p.publisher, version: String(p.version), count: p.templateCount })}
        </strong>
        <span className="cd-small">{p.source.kind === 'file' ? t('packs.list.fromFile', { name: p.source.name }) : t('packs.list.fromUrl', { url: p.source.url })}</span>
        <span className="cd-small">
          {signature} · {t('packs.list.accepted', { time: dateTime(p.acceptedAt) })}
        </span>
        {p.unused && (
          <span className="cd-error-text" data-testid="pack-unused">
            {t(`packs.list.unused.${p.unused}`)}
          </span>
        )}
        {p.diff && <PackDiffView diff={p.diff} />}
      </div>
      {p.source.kind === 'file' && (
        <div className="cd-packs__actions">
          <button type="button" className="cd-button" aria-label={t('packs.list.removeLabel', { id: p.packId })} onClick={onRemove}>
            {t('packs.remove')}
          </button>
        </div>
      )}
    </li>
  );
}
