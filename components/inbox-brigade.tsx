/**
 * The copies in a brigade row, one line each (who, when, status, a link to the original), so the
 * agent can check that they really are one campaign before acting on the row.
 */
import type { StoredMention } from '../lib/schema.ts';
import { useI18n } from './i18n-context.tsx';
import { isSafeLink } from './mention-row.tsx';

/** Enough to judge a campaign; acting on the row still changes every copy. */
export const MEMBERS_SHOWN = 100;

export function BrigadeMembers({ ids, rowOf, now }: { ids: readonly string[]; rowOf(id: string): StoredMention | undefined; now: number }) {
  const { t, relative } = useI18n();
  const shown = ids.slice(0, MEMBERS_SHOWN);
  return (
    <div className="cd-members">
      <ul className="cd-members__list" aria-label={t('row.brigadeMembers')} data-testid="brigade-members">
        {shown.map((id) => {
          const m = rowOf(id);
          return (
            <li key={id} className="cd-members__item" data-mention-id={id}>
              {m ? (
                <>
                  <span className="cd-members__who">{m.authorName || (m.authorHandle ? `@${m.authorHandle.replace(/^@/, '')}` : t('row.unknownAuthor'))}</span>
                  <time className="cd-muted" dateTime={m.sortAt}>
                    {relative(m.sortAt, now)}
                  </time>
                  <span className={`cd-status cd-status--${m.status}`}>{t(`status.${m.status}`)}</span>
                  {isSafeLink(m.permalink) && (
                    <a className="cd-link" href={m.permalink} target="_blank" rel="noopener noreferrer">
                      {t('row.openOriginal')}
                    </a>
                  )}
                </>
              ) : (
                <span className="cd-muted">{t('inbox.loading')}</span>
              )}
            </li>
          );
        })}
      </ul>
      {ids.length > shown.length && <p className="cd-muted cd-small">{t('row.brigadeMore', { count: ids.length - shown.length })}</p>}
    </div>
  );
}
