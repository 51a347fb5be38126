/**
 * "Marked 3 mentions handled. Undo" for ten seconds after every action (lib/inbox/undo.ts), at
 * the bottom of the panel where it covers no row the agent is acting on. `z` undoes too.
 */
import { useEffect } from 'react';
import { UNDO_MS, type UndoEntry } from '../lib/inbox/undo.ts';
import { useI18n } from './i18n-context.tsx';

export interface UndoToastProps {
  entry?: UndoEntry;
  /** Screen-reader and visual confirmation after an undo. */
  notice?: string;
  onUndo(): void;
  onExpire(): void;
}

export function UndoToast({ entry, notice, onUndo, onExpire }: UndoToastProps) {
  const { t } = useI18n();
  useEffect(() => {
    if (!entry) return;
    const id = setTimeout(onExpire, Math.max(0, UNDO_MS - (Date.now() - entry.at)));
    return () => clearTimeout(id);
  }, [entry, onExpire]);
  const text = entry
    ? entry.status === 'handled'
      ? t('undo.handled', { count: entry.count })
      : entry.status === 'dismissed'
        ? t('undo.dismissed', { count: entry.count })
        : t('undo.open', { count: entry.count })
    : notice;
  return (
    <div className="cd-toast-region" role="status" aria-live="polite">
      {text && (
        <div className="cd-toast" data-testid="undo-toast" data-seq={entry?.seq}>
          <span>{text}</span>
          {entry && (
            <button type="button" className="cd-button cd-button--primary" data-testid="undo" aria-keyshortcuts="z" onClick={onUndo}>
              {t('undo.action')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
