/**
 * The first lines of an inbox row: platform, language, sentiment, status, time; then who wrote
 * it and, for Amazon, the rating and review title.
 */
import type { StoredMention } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';

export function MentionMeta({ mention, now }: { mention: StoredMention; now: number }) {
  const { t, number, languageName, relative, dateTime } = useI18n();
  const { lang, sentiment } = mention.analysis;
  const score = number(sentiment.score, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const when = mention.postedAt
    ? t('row.postedAt', { date: dateTime(mention.postedAt) })
    : t('row.capturedAt', { date: dateTime(mention.capturedAt) });
  return (
    <div className="cd-row__meta">
      <span className={`cd-badge cd-badge--${mention.platform}`}>{t(`platform.${mention.platform}`)}</span>
      <span className="cd-chip" title={languageName(lang)}>
        {lang === 'und' ? '?' : lang.toUpperCase()}
      </span>
      <span
        className={`cd-score cd-score--${sentiment.label}`}
        title={t('sentiment.score', { score })}
        aria-label={`${t(`sentiment.${sentiment.label}`)} ${score}`}
      >
        {score}
      </span>
      <span className={`cd-status cd-status--${mention.status}`}>{t(`status.${mention.status}`)}</span>
      <time className="cd-row__time" dateTime={mention.sortAt} title={when}>
        {relative(mention.sortAt, now)}
      </time>
    </div>
  );
}

export function MentionAuthor({ mention, id }: { mention: StoredMention; id?: string }) {
  const { t } = useI18n();
  const { authorName, authorHandle } = mention;
  const kind = mention.kind && mention.kind !== 'post' ? t(`kind.${mention.kind}`) : undefined;
  return (
    <div className="cd-row__author" id={id}>
      {authorName || authorHandle ? (
        <>
          {authorName && <span className="cd-row__name">{authorName}</span>}
          {authorHandle && <span className="cd-row__handle">@{authorHandle.replace(/^@/, '')}</span>}
        </>
      ) : (
        <span className="cd-row__name cd-muted">{t('row.unknownAuthor')}</span>
      )}
      {kind && <span className="cd-chip cd-chip--quiet">{kind}</span>}
      {mention.repostedBy && (
        <span className="cd-muted">{t('row.repostedBy', { handle: mention.repostedBy.replace(/^@/, '') })}</span>
      )}
    </div>
  );
}

const STARS = 5;

export function Stars({ rating }: { rating: number }) {
  const { t, number } = useI18n();
  return (
    <span className="cd-stars" role="img" aria-label={t('row.rating', { rating: number(rating) })}>
      {'★'.repeat(Math.round(rating))}
      <span className="cd-stars__empty">{'☆'.repeat(STARS - Math.round(rating))}</span>
    </span>
  );
}

export function ReviewHeading({ mention }: { mention: StoredMention }) {
  if (mention.rating === undefined && !mention.title) return null;
  return (
    <div className="cd-row__review">
      {mention.rating !== undefined && <Stars rating={mention.rating} />}
      {mention.title && <strong className="cd-row__title">{mention.title}</strong>}
    </div>
  );
}

export function ProductLine({ mention }: { mention: StoredMention }) {
  const { t } = useI18n();
  const parts = [
    mention.productId && t('row.product', { id: mention.productId }),
    mention.marketplace,
    mention.verified && t('row.verified'),
  ].filter((p): p is string => Boolean(p));
  if (parts.length === 0) return null;
  return <div className="cd-row__product cd-muted">{parts.join(' · ')}</div>;
}
