/** What happened to the reply: inserted, or copied with the paste prompt and the reason, or the
 * decision recorded; whether it was recorded on the mention, and Undo. */
import { useI18n } from '../../../../components/i18n-context.tsx';
import type { SendState } from './use-reply-send.ts';

/** ⌘V on Apple systems, Ctrl+V elsewhere. */
function pasteKeys(): string {
  const ua = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  return /Mac|iPhone|iPad/.test(ua) ? '⌘V' : 'Ctrl+V';
}

export function ReplyOutcome({ state, onUndo }: { state: SendState; onUndo(): void }) {
  const { t } = useI18n();
  const note = state.note;
  const lines: { key: string; text: string; alert?: boolean }[] = [];
  if (note?.kind === 'inserted') {
    lines.push({ key: 'inserted', text: t('reply.inserted') });
    if (note.target === 'inline') lines.push({ key: 'inline', text: t('reply.insertedInline'), alert: true });
    else if (note.postOnPage === false) lines.push({ key: 'post', text: t('reply.notThisPost'), alert: true });
  } else if (note?.kind === 'pasted-fallback') {
    lines.push({ key: 'why', text: note.why === 'error' ? t('reply.why.error', { detail: note.detail ?? '' }) : t(`reply.why.${note.why}`), alert: true });
    lines.push({ key: 'paste', text: t('reply.pastePrompt', { keys: pasteKeys() }) });
  } else if (note?.kind === 'copied') lines.push({ key: 'copied', text: t('reply.copyPrompt', { keys: pasteKeys() }) });
  else if (note?.kind === 'copy-failed') {
    if (note.why && note.why !== 'error') lines.push({ key: 'why', text: t(`reply.why.${note.why}`), alert: true });
    lines.push({ key: 'failed', text: t('reply.copyFailed'), alert: true });
  } else if (note?.kind === 'decided' && note.noPage) lines.push({ key: 'nopage', text: t('reply.amazon.noPage'), alert: true });
  if (state.recorded) lines.push({ key: 'rec', text: state.recorded.record.channel === 'none' || !state.recorded.before ? t('reply.recordedDecision') : t('reply.recorded') });
  if (state.recordError) lines.push({ key: 'recerr', text: t('reply.recordFailed', { error: state.recordError }), alert: true });
  if (state.undone) lines.push({ key: 'undone', text: t('reply.undone') });
  if (state.undoError) lines.push({ key: 'undoerr', text: t('reply.undoFailed', { error: state.undoError }), alert: true });
  if (lines.length === 0) return null;
  return (
    <div className="cd-reply__outcome" data-testid="reply-outcome" role="status" data-outcome={note?.kind ?? ''}>
      {lines.map((l) => (
        <p key={l.key} className={l.alert ? 'cd-reply__warning' : undefined}>
          {l.text}
        </p>
      ))}
      {state.recorded && !state.undone && (
        <button type="button" className="cd-button cd-button--quiet" data-testid="reply-undo" onClick={onUndo}>
          {t('reply.undo')}
        </button>
      )}
    </div>
  );
}
