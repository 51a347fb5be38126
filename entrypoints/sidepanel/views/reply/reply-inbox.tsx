/**
 * Replying (issue 11) in the inbox, through the room it leaves (components/inbox-extensions.tsx):
 * a Reply button in each row and `r` open the reply view; each row says how it was answered
 * ("Replied 3 min after posting · vp20k-holding-x"); a "Reply" facet filters on it. Composed with
 * another feature's extensions the same way the team's are (team-inbox.tsx).
 */
import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import { useI18n } from '../../../../components/i18n-context.tsx';
import type { InboxExtensions } from '../../../../components/inbox-extensions.tsx';
import { REPLY_FACET, REPLY_FACET_DECIDED, REPLY_FACET_NONE, REPLY_FACET_NO_TEMPLATE, replyFacetSource } from '../../../../lib/replies/inbox.ts';
import { firstResponse, latestReply } from '../../../../lib/replies/record.ts';
import type { StoredMention } from '../../../../lib/schema.ts';

/** The facet source is always there (the engine reads its sources once, at start). */
export const REPLY_FACET_SOURCES = [replyFacetSource];

const OpenReplyContext = createContext<((id: string) => void) | undefined>(undefined);

export function OpenReplyProvider({ open, children }: { open: (id: string) => void; children: ReactNode }) {
  return <OpenReplyContext.Provider value={open}>{children}</OpenReplyContext.Provider>;
}

function ReplyButton({ mention }: { mention: StoredMention; ids: readonly string[] }) {
  const open = useContext(OpenReplyContext);
  const { t } = useI18n();
  if (!open) return null;
  const author = mention.authorHandle ? `@${mention.authorHandle}` : (mention.authorName ?? '');
  return (
    <button type="button" className="cd-button" data-testid="reply-open" aria-label={t('reply.actionLabel', { author })} onClick={() => open(mention.id)}>
      {t('reply.action')}
    </button>
  );
}

/** "Replied 3 min after posting · vp20k-holding-x · mei". */
export function ReplyBadge({ mention }: { mention: StoredMention }) {
  const { t, duration } = useI18n();
  const latest = latestReply(mention);
  if (!latest) return null;
  const first = firstResponse(mention);
  let text: string;
  if (first) {
    const template = first.record.templateId ?? t('reply.row.ownWords');
    const time = duration(first.minutes * 60_000);
    text = first.from === 'posted' ? t('reply.row.replied', { time, template }) : t('reply.row.repliedCaptured', { time, template });
  } else text = t('reply.row.decided');
  return (
    <span className="cd-chip cd-chip--quiet" data-testid="reply-badge">
      {t('reply.row.by', { text, agent: (first?.record ?? latest).agent })}
    </span>
  );
}

type Row<P> = ComponentType<P>;
const cache = new WeakMap<object, WeakMap<object, unknown>>();

/** One composed component per pair of components, so rows are not remounted on re-render. */
function both<P extends object>(a: Row<P>, b: Row<P> | undefined, name: string): Row<P> {
  if (!b) return a;
  let inner = cache.get(a);
  if (!inner) cache.set(a, (inner = new WeakMap()));
  let c = inner.get(b) as Row<P> | undefined;
  if (!c) {
    const A = a;
    const B = b;
    c = Object.assign((props: P) => (
      <>
        <A {...props} />
        <B {...props} />
      </>
    ), { displayName: name });
    inner.set(b, c);
  }
  return c;
}

export interface ReplyFacetLabels {
  facet: string;
  none: string;
  decided: string;
  noTemplate: string;
}

/** `outer`'s extensions with the reply feature's added (before the team's: App composes). */
export function withReplyExtensions(outer: InboxExtensions, openReply: ((id: string) => void) | undefined, labels: ReplyFacetLabels): InboxExtensions {
  const valueLabel = (v: string) => (v === REPLY_FACET_NONE ? labels.none : v === REPLY_FACET_DECIDED ? labels.decided : v === REPLY_FACET_NO_TEMPLATE ? labels.noTemplate : v);
  const facets = { ...outer.facets, [REPLY_FACET]: { label: labels.facet, valueLabel } };
  if (!openReply) return { ...outer, facets };
  return {
    ...outer,
    facets,
    RowActions: both(ReplyButton, outer.RowActions, 'RowActionsWithReply'),
    RowBadges: both(ReplyBadge, outer.RowBadges, 'RowBadgesWithReply'),
    // An extension given from outside (tests, an embedding) keeps its own `r`.
    reply: outer.reply ?? ((mention) => openReply(mention.id)),
  };
}
