/**
 * Pack subscriptions: add an address (the browser's permission prompt comes from the click, so
 * `onSubscribe` is called before anything is awaited), and the list with each address's state —
 * the version in use, last success, last error in words, the next check — with Refresh now and
 * Remove. A failing subscription says plainly that the last good pack stays in use.
 */
import { useId, useState, type FormEvent } from 'react';
import type { PackAttempt, Subscription } from '../lib/packs/schema.ts';
import { normaliseUrl, subscriptionState } from '../lib/packs/subscriptions.ts';
import { outcomeMessage, problemMessage, type SubscribeOutcome } from '../lib/packs/view.ts';
import { useI18n } from './i18n-context.tsx';

export interface PackSubscriptionsProps {
  subscriptions: readonly Subscription[];
  /** The version in use of each pack id. */
  versions: Readonly<Record<string, number>>;
  onSubscribe(url: string): Promise<SubscribeOutcome>;
  onRefresh(url: string): Promise<unknown>;
  onRemove(url: string): void;
  maxSubscriptions: number;
}

export function PackSubscriptions({ subscriptions, versions, onSubscribe, onRefresh, onRemove, maxSubscriptions }: PackSubscriptionsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ url: string; attempt: PackAttempt }>();
  const [refreshing, setRefreshing] = useState<ReadonlySet<string>>(new Set());

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const normal = normaliseUrl(url);
    if (!normal) {
      setError(t('packs.subs.invalidUrl'));
      return;
    }
    setBusy(true);
    setResult(undefined);
    // Called before any await: the permission prompt needs the click's user gesture.
    void onSubscribe(normal).then((out) => {
      setBusy(false);
      if (out.ok) {
        setUrl('');
        setError(undefined);
        if (out.attempt) setResult({ url: normal, attempt: out.attempt });
        return;
      }
      setError(
        out.code === 'invalid-url'
          ? t('packs.subs.invalidUrl')
          : out.code === 'already-subscribed'
            ? t('packs.subs.duplicate')
            : out.code === 'too-many'
              ? t('packs.subs.tooMany', { max: maxSubscriptions })
              : out.code === 'permission-denied'
                ? t('packs.subs.permissionDenied', { origin: out.origin ?? new URL(normal).origin })
                : t('packs.subs.failed', { error: out.error ?? '' }),
      );
    });
  };

  const refresh = (target: string) => {
    setRefreshing((s) => new Set(s).add(target));
    void onRefresh(target).finally(() =>
      setRefreshing((s) => {
        const next = new Set(s);
        next.delete(target);
        return next;
      }),
    );
  };

  return (
    <section className="cd-packs__part" aria-labelledby={`${id}-title`} data-testid="pack-subscriptions">
      <h3 id={`${id}-title`}>{t('packs.subs.title')}</h3>
      <form className="cd-form" onSubmit={submit} noValidate>
        <div className={`cd-form__field${error ? ' cd-form__field--invalid' : ''}`}>
          <label className="cd-form__label" htmlFor={`${id}-url`}>
            {t('packs.subs.url')}
          </label>
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            spellCheck={false}
            placeholder="https://"
            value={url}
            data-testid="pack-sub-url"
            aria-invalid={Boolean(error)}
            aria-describedby={`${id}-url-help ${id}-url-errors`}
            onChange={(e) => {
              setUrl(e.target.value);
              setError(undefined);
            }}
          />
          <p className="cd-form__help" id={`${id}-url-help`}>
            {t('packs.subs.urlHelp')}
          </p>
          <ul className="cd-form__errors" id={`${id}-url-errors`} data-testid="pack-sub-error">
            {error && <li>{error}</li>}
          </ul>
        </div>
        <div className="cd-form__actions">
          <button type="submit" className="cd-button cd-button--primary" disabled={busy} data-testid="pack-sub-add">
            {busy ? t('packs.subs.adding') : t('packs.subs.add')}
          </button>
          <span role="status" aria-live="polite" data-testid="pack-sub-result">
            {result && (result.attempt.accepted ? `${result.url}: ${outcomeMessage(i18n, result.attempt.outcome!, result.attempt.version)}` : '')}
          </span>
          {result && !result.attempt.accepted && result.attempt.problem && (
            <p className="cd-error-text" role="alert">
              {result.url}: {problemMessage(i18n, result.attempt.problem)}
            </p>
          )}
        </div>
      </form>
      {subscriptions.length === 0 ? (
        <p className="cd-muted">{t('packs.subs.none')}</p>
      ) : (
        <ul className="cd-packs__list" aria-label={t('packs.subs.listLabel')}>
          {subscriptions.map((s) => (
            <SubscriptionRow
              key={s.url}
              sub={s}
              version={s.packId !== undefined ? versions[s.packId] : undefined}
              refreshing={refreshing.has(s.url)}
              onRefresh={() => refresh(s.url)}
              onRemove={() => onRemove(s.url)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function SubscriptionRow({ sub, version, refreshing, onRefresh, onRemove }: { sub: Subscription; version?: number; refreshing: boolean; onRefresh(): void; onRemove(): void }) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const state = subscriptionState(sub);
  return (
    <li className={`cd-packs__item cd-packs__item--${state}`} data-testid="pack-sub" data-state={state}>
      <div className="cd-packs__body">
        <code className="cd-packs__url">{sub.url}</code>
        <span className={state === 'failing' ? 'cd-error-text' : state === 'ok' ? 'cd-ok' : 'cd-muted'} data-testid="pack-sub-state">
          {t(`packs.subs.state.${state}`)}
        </span>
        <span data-testid="pack-sub-version">{version !== undefined ? t('packs.subs.version', { version: String(version) }) : t('packs.subs.noVersion')}</span>
        <span className="cd-small">{sub.lastSuccessAt ? t('packs.subs.lastSuccess', { time: dateTime(sub.lastSuccessAt) }) : t('packs.subs.never')}</span>
        {sub.lastError && (
          <span className="cd-small" data-testid="pack-sub-last-error" data-code={sub.lastError.code}>
            {t('packs.subs.lastError', { time: dateTime(sub.lastError.at), message: problemMessage(i18n, sub.lastError) })}
            {sub.lastError.detail && <span className="cd-muted"> {t('packs.detail', { detail: sub.lastError.detail })}</span>}
          </span>
        )}
        {sub.nextAttemptAt && <span className="cd-small cd-muted">{t('packs.subs.next', { time: dateTime(sub.nextAttemptAt) })}</span>}
      </div>
      <div className="cd-packs__actions">
        <button type="button" className="cd-button" disabled={refreshing} aria-label={t('packs.subs.refreshLabel', { url: sub.url })} onClick={onRefresh} data-testid="pack-sub-refresh">
          {refreshing ? t('packs.subs.refreshing') : t('packs.subs.refresh')}
        </button>
        <button type="button" className="cd-button" aria-label={t('packs.subs.removeLabel', { url: sub.url })} onClick={onRemove} data-testid="pack-sub-remove">
          {t('packs.remove')}
        </button>
      </div>
    </li>
  );
}
