/**
 * Pinned approver keys: the list (label, key id, when pinned, Remove) and a form to pin one —
 * paste a public key (PEM from `crisis-desk pack keygen`'s .pub file, or a JWK) or choose the
 * file. The key id (RFC 7638 thumbprint) shows as soon as the key reads, so it can be compared
 * with what the approver's keygen printed; a private key or anything else is the field's error.
 */
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { KeyReadProblem, PublicKeyRead } from '../lib/packs/keys.ts';
import type { EcPublicJwk, PinnedKey } from '../lib/packs/schema.ts';
import type { PinOutcome } from '../lib/packs/view.ts';
import { useI18n } from './i18n-context.tsx';

export interface PackKeysProps {
  keys: readonly PinnedKey[];
  readKey(text: string): Promise<PublicKeyRead>;
  onPin(jwk: EcPublicJwk, label: string): Promise<PinOutcome>;
  onRemove(keyId: string): void;
  /** At most this many keys (the error names it). */
  maxKeys: number;
}

const PROBLEM_KEYS = {
  empty: 'packs.keys.problem.empty',
  'private-key': 'packs.keys.problem.private-key',
  'unsupported-private-key': 'packs.keys.problem.unsupported-private-key',
  'not-p256': 'packs.keys.problem.not-p256',
  'invalid-key': 'packs.keys.problem.invalid-key',
  unrecognised: 'packs.keys.problem.unrecognised',
} as const satisfies Record<KeyReadProblem, string>;

export function PackKeys({ keys, readKey, onPin, onRemove, maxKeys }: PackKeysProps) {
  const { t, dateTime } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [label, setLabel] = useState('');
  const [read, setRead] = useState<PublicKeyRead>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  // Each edit reads the key again; only the latest read is shown.
  const seq = useRef(0);
  const updateText = (value: string) => {
    setText(value);
    setError(undefined);
    const n = ++seq.current;
    if (value.trim() === '') {
      setRead(undefined);
      return;
    }
    void readKey(value).then((r) => {
      if (seq.current === n) setRead(r);
    });
  };

  const problem = read && !read.ok ? t(PROBLEM_KEYS[read.problem]) : undefined;
  const shownError = error ?? (text.trim() !== '' ? problem : undefined);

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    // A public key is a few hundred bytes; anything large is not one.
    if (file.size > 64 * 1024) {
      updateText('');
      setError(t('packs.keys.problem.unrecognised'));
      return;
    }
    void file.text().then(updateText);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = read ?? (await readKey(text));
    if (!r.ok) {
      setError(t(PROBLEM_KEYS[r.problem]));
      return;
    }
    setBusy(true);
    const out = await onPin(r.jwk, label.trim());
    setBusy(false);
    if (out.ok) {
      updateText('');
      setLabel('');
    } else {
      setError(out.code === 'too-many' ? t('packs.keys.problem.too-many', { max: maxKeys }) : out.code === 'invalid-key' ? t('packs.keys.problem.invalid-key') : (out.error ?? t('packs.keys.problem.invalid-key')));
    }
  };

  return (
    <section className="cd-packs__part" aria-labelledby={`${id}-title`} data-testid="pack-keys">
      <h3 id={`${id}-title`}>{t('packs.keys.title')}</h3>
      <p className={keys.length ? 'cd-muted' : 'cd-notice cd-notice--warning'} data-testid="pack-keys-note">
        {keys.length ? t('packs.keys.pinnedNote') : t('packs.keys.none')}
      </p>
      {keys.length > 0 && (
        <ul className="cd-packs__list" aria-label={t('packs.keys.listLabel')}>
          {keys.map((k) => (
            <li key={k.keyId} className="cd-packs__item" data-testid="pack-key">
              <div>
                <strong>{k.label ?? t('packs.keys.unnamed')}</strong>
                <code className="cd-packs__id" title={k.keyId}>
                  {k.keyId}
                </code>
                <span className="cd-muted cd-small">{t('packs.keys.addedAt', { time: dateTime(k.addedAt) })}</span>
              </div>
              <button type="button" className="cd-button" aria-label={t('packs.keys.removeLabel', { label: k.label ?? k.keyId })} onClick={() => onRemove(k.keyId)}>
                {t('packs.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="cd-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className={`cd-form__field${shownError ? ' cd-form__field--invalid' : ''}`}>
          <label className="cd-form__label" htmlFor={`${id}-key`}>
            {t('packs.keys.input')}
          </label>
          <textarea
            id={`${id}-key`}
            rows={5}
            spellCheck={false}
            value={text}
            data-testid="pack-key-input"
            aria-invalid={Boolean(shownError)}
            aria-describedby={`${id}-key-help ${id}-key-preview ${id}-key-errors`}
            onChange={(e) => updateText(e.target.value)}
          />
          <p className="cd-form__help" id={`${id}-key-help`}>
            {t('packs.keys.inputHelp')}
          </p>
          <p className="cd-form__help" id={`${id}-key-preview`} data-testid="pack-key-preview" aria-live="polite">
            {read?.ok ? t('packs.keys.preview', { keyId: read.keyId }) : ''}
          </p>
          <ul className="cd-form__errors" id={`${id}-key-errors`} data-testid="pack-key-error">
            {shownError && <li>{shownError}</li>}
          </ul>
          <label className="cd-packs__file">
            <span>{t('packs.keys.file')}</span>
            <input type="file" accept=".pub,.pem,.json,.jwk,text/plain,application/json" onChange={onFile} data-testid="pack-key-file" />
          </label>
        </div>
        <div className="cd-form__field">
          <label className="cd-form__label" htmlFor={`${id}-label`}>
            {t('packs.keys.label')}
          </label>
          <input id={`${id}-label`} type="text" maxLength={100} value={label} onChange={(e) => setLabel(e.target.value)} data-testid="pack-key-label" />
        </div>
        <div className="cd-form__actions">
          <button type="submit" className="cd-button cd-button--primary" disabled={busy || !read?.ok} data-testid="pack-key-pin">
            {t('packs.keys.pin')}
          </button>
        </div>
      </form>
    </section>
  );
}
