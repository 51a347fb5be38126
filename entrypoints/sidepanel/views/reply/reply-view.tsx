/**
 * The reply view (issue 11): for one mention, the suggested templates, the fields to fill, the
 * text with the consistency check's findings marked in it, X's weighted length, and the ways out:
 * Insert into X (clipboard fallback), Copy, or for an Amazon review a recorded decision. Loaded
 * lazily by App (it brings lint.ts and compromise with it).
 */
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../../../components/i18n-context.tsx';
import { AmazonDecisionPicker } from '../../../../components/amazon-decision.tsx';
import { ReplyCheckedText, type MarkedFinding } from '../../../../components/reply-checked-text.tsx';
import { ReplyFindings, type FindingItem } from '../../../../components/reply-findings.tsx';
import { ReplySuggestions } from '../../../../components/reply-suggestions.tsx';
import { ReplyTranslation } from '../../../../components/reply-translation.tsx';
import { AMAZON_DECISIONS } from '../../../../lib/replies/amazon.ts';
import type { ReplySourceData } from '../../../../lib/replies/compose.ts';
import type { StoredMention } from '../../../../lib/schema.ts';
import { renderMessage } from '../../../../lib/templates/lint.ts';
import type { ReplyData } from '../../../../runtime/reply-data.ts';
import { usePanelData } from '../../panel-context.tsx';
import { ReplyOutcome } from './reply-outcome.tsx';
import { useReplyModel } from './use-reply-model.ts';
import { useReplySend } from './use-reply-send.ts';
import { useTranslate } from './use-translate.ts';
import './reply.css';

export interface ReplyViewProps {
  mentionId: string;
  data: ReplyData;
  onBack(): void;
}

export default function ReplyView({ mentionId, data, onBack }: ReplyViewProps) {
  const { t } = useI18n();
  const panel = usePanelData();
  const mention = useQuery({ queryKey: ['reply', 'mention', mentionId], queryFn: async () => (await panel.getMentions([mentionId]))[0] ?? null });
  const sources = useQuery({ queryKey: ['reply', 'sources'], queryFn: () => data.loadSources(), staleTime: 60_000 });
  let body;
  if (mention.isPending || sources.isPending) body = <p role="status">{t('reply.loading')}</p>;
  else if (sources.isError) body = <p role="alert">{t('reply.sourcesFailed', { error: String(sources.error) })}</p>;
  else if (mention.isError || !mention.data) body = <p role="alert">{t('reply.mentionMissing')}</p>;
  else body = <ReplyComposer key={mention.data.id} mention={mention.data} sources={sources.data} data={data} />;
  return (
    <section id="cd-tabpanel-reply" role="tabpanel" aria-labelledby="cd-tab-reply" className="cd-reply" data-testid="reply-view">
      <button type="button" className="cd-button cd-button--quiet" onClick={onBack}>
        {t('reply.back')}
      </button>
      {body}
    </section>
  );
}

function uiBase(locale: string): string {
  return locale.split('-')[0]!;
}

function ReplyComposer({ mention, sources, data }: { mention: StoredMention; sources: ReplySourceData; data: ReplyData }) {
  const tr = useI18n();
  const { t, languageName } = tr;
  const m = useReplyModel(mention, sources);
  const send = useReplySend(data, mention, sources.incident);
  const ui = uiBase(tr.locale);
  const mentionLang = mention.analysis.lang;
  const original = useTranslate(data.translation, mentionLang, ui, mention.text);
  const back = useTranslate(data.translation, m.current?.lang ?? mentionLang, ui, m.text);
  const author = mention.authorHandle ? `@${mention.authorHandle}` : (mention.authorName ?? mention.id);
  const lang = (code: string) => (code === 'und' ? '—' : languageName(code));

  const marked: MarkedFinding[] = m.findings.map((f) => ({
    start: f.start,
    end: f.end,
    severity: f.severity,
    rule: f.rule,
    label: `${t(`reply.severity.${f.severity}`)}: ${t(`lint.rule.${f.rule}`)}. ${renderMessage(tr, f.message)} ${t('reply.hint', { hint: renderMessage(tr, f.hint) })}`,
  }));
  const items: FindingItem[] = m.findings.map((f, i) => ({
    key: `${i}-${f.rule}-${f.start}`,
    severity: f.severity,
    severityLabel: t(`reply.severity.${f.severity}`),
    rule: f.rule,
    ruleLabel: t(`lint.rule.${f.rule}`),
    message: renderMessage(tr, f.message),
    hint: t('reply.hint', { hint: renderMessage(tr, f.hint) }),
  }));
  const translateView = (x: ReturnType<typeof useTranslate>, action: string) => ({
    action: x.offered ? (x.state.pair === 'needs-download' ? t('reply.translateDownload', { from: lang(x === original ? mentionLang : (m.current?.lang ?? mentionLang)), to: lang(ui) }) : action) : undefined,
    busy: x.state.busy ? (x.state.progress !== undefined ? t('reply.downloading', { percent: tr.number(x.state.progress, { style: 'percent' }) }) : t('reply.translating')) : undefined,
    text: x.state.text,
    note: t('reply.machine'),
    error: x.state.error ? t('reply.translateFailed', { error: x.state.error.message }) : undefined,
  });
  const input = m.channel ? { text: m.text, channel: m.channel, suggestion: m.current, edited: m.edited } : undefined;
  const disabled = m.blocked || send.state.busy;

  return (
    <>
      <h2 className="cd-reply__title">{t('reply.title', { author })}</h2>
      <section className="cd-reply__original">
        <h3 className="cd-reply__h">
          {t('reply.original')} · {lang(mentionLang)}
        </h3>
        {mention.title && <p className="cd-reply__review-title">{mention.title}</p>}
        <p className="cd-reply__mention" data-testid="reply-mention">
          {mention.text}
        </p>
        <ReplyTranslation testId="translate-mention" view={translateView(original, t('reply.translate', { lang: lang(ui) }))} onTranslate={original.run} />
      </section>

      {m.platform === 'amazon' && (
        <AmazonDecisionPicker
          title={t('reply.amazon.title')}
          explain={t('reply.amazon.explain')}
          value={m.decision}
          onChange={(d) => {
            m.setDecision(d);
            send.reset();
          }}
          options={AMAZON_DECISIONS.map((id) => ({ id, label: t(`reply.amazon.${id}`), help: t(`reply.amazon.${id}.help`) }))}
        />
      )}

      {m.platform === 'amazon' && !m.channel && (
        <div className="cd-reply__actions">
          <button type="button" className="cd-button" data-testid="amazon-record" disabled={send.state.busy} onClick={() => void send.decide(m.decision === 'no-reply' ? 'no-reply' : 'contact-customer')}>
            {m.decision === 'no-reply' ? t('reply.amazon.record') : t('reply.amazon.openAndRecord')}
          </button>
        </div>
      )}

      {m.channel && (
        <>
          {m.noSuggestions && (
            <p role="alert" className="cd-reply__warning" data-testid="reply-none">
              {t(`reply.none.${m.noSuggestions}`, { channel: t(`reply.channel.${m.channel}`), lang: lang(mentionLang), fallback: lang('en') })}
            </p>
          )}
          {m.suggestions.length > 0 && (
            <ReplySuggestions
              title={t('reply.suggestions')}
              selected={m.current?.template.id}
              onSelect={(id) => {
                m.select(id);
                send.reset();
              }}
              items={m.suggestions.map((s) => ({
                id: s.template.id,
                title: s.template.title,
                lang: t('reply.variantLang', { lang: lang(s.lang) }),
                fallback: s.fallback,
                reasons: s.reasons.filter((r) => r === 'crisis-mode' || r === 'incident' || r === 'category').map((r) => t(`reply.reason.${r as 'crisis-mode' | 'incident' | 'category'}`)),
              }))}
            />
          )}
          {m.current?.fallback && (
            <p role="note" className="cd-reply__warning" data-testid="reply-fallback">
              {mentionLang === 'und' ? t('reply.langUnknown', { fallback: lang(m.current.lang) }) : t('reply.fallback', { lang: lang(mentionLang), fallback: lang(m.current.lang) })}
            </p>
          )}
          {m.filled && (m.filled.prompts.length > 0 || m.filled.needs.length > 0) && (
            <fieldset className="cd-reply__fields" data-testid="reply-fields">
              <legend className="cd-reply__h">{t('reply.fillIn')}</legend>
              {m.filled.needs.map((name) => (
                <label key={name} className="cd-reply__field">
                  <span>
                    {t(`reply.need.${name as 'author.name' | 'author.handle' | 'product.name'}`)} {t('reply.required')}
                  </span>
                  <input type="text" maxLength={200} onChange={(e) => m.setNeed(name, e.target.value)} />
                </label>
              ))}
              {m.filled.prompts.map((prompt) => (
                <label key={prompt} className="cd-reply__field">
                  <span>
                    {prompt} {t('reply.required')}
                  </span>
                  <input type="text" maxLength={200} data-prompt={prompt} value={m.entries.answers[prompt] ?? ''} onChange={(e) => m.setAnswer(prompt, e.target.value)} />
                </label>
              ))}
            </fieldset>
          )}
          {(m.current || m.edited) && (
            <>
              <label className="cd-reply__field">
                <span className="cd-reply__h">{t('reply.text')}</span>
                <textarea data-testid="reply-text" rows={6} maxLength={5_000} value={m.text} onChange={(e) => m.edit(e.target.value)} lang={m.current?.lang} />
              </label>
              {m.edited && (
                <p className="cd-reply__hint">
                  {t('reply.edited')}{' '}
                  <button type="button" className="cd-button cd-button--quiet" onClick={m.resetText}>
                    {t('reply.reset')}
                  </button>
                </p>
              )}
              <h3 className="cd-reply__h">{t('reply.checked')}</h3>
              <ReplyCheckedText text={m.text} findings={marked} label={t('reply.checked')} />
              {m.length && (
                <p className={`cd-reply__length${m.length.weighted > m.length.max ? ' cd-reply__length--over' : ''}`} data-testid="reply-length">
                  {t('reply.length', { length: m.length.weighted, max: m.length.max })}
                </p>
              )}
              <ReplyTranslation testId="translate-reply" view={translateView(back, t('reply.backTranslate', { lang: lang(ui) }))} onTranslate={back.run} />
              <ReplyFindings title={t('reply.findings')} items={items} empty={t('reply.noFindings')} />
              {m.blocked && (
                <p className="cd-reply__warning" data-testid="reply-blocked">
                  {m.text.trim() === '' ? t('reply.empty') : t('reply.blocked')}
                </p>
              )}
              <div className="cd-reply__actions">
                {m.channel === 'x-reply' && send.canInsert && (
                  <button type="button" className="cd-button" data-testid="reply-insert" disabled={disabled} onClick={() => input && void send.insert(input)}>
                    {send.state.busy ? t('reply.working') : t('reply.insert')}
                  </button>
                )}
                <button type="button" className="cd-button" data-testid="reply-copy" disabled={disabled} onClick={() => input && void send.copy(input)}>
                  {t('reply.copy')}
                </button>
              </div>
            </>
          )}
        </>
      )}
      <ReplyOutcome state={send.state} onUndo={() => void send.undo()} />
    </>
  );
}
