/**
 * The `?` dialog: every inbox shortcut (lib/inbox/keyboard.ts), in a native <dialog> (focus
 * trapped, Escape closes, focus returns to where it was).
 */
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '../lib/inbox/keyboard.ts';
import { useI18n } from './i18n-context.tsx';

export function ShortcutsDialog({ open, canReply, onClose }: { open: boolean; canReply: boolean; onClose(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    // happy-dom (unit tests) has no showModal; the open attribute is the fallback.
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
    if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog ref={ref} className="cd-dialog" data-testid="shortcuts" aria-labelledby="cd-shortcuts-title" onClose={onClose} onCancel={onClose}>
      <h2 id="cd-shortcuts-title" className="cd-dialog__title">
        {t('keys.title')}
      </h2>
      <dl className="cd-shortcuts">
        {SHORTCUTS.filter((s) => canReply || s.command !== 'reply').map((s) => (
          <div key={s.command} className="cd-shortcuts__row">
            <dt>
              {s.keys.map((k, i) => (
                <kbd key={k}>
                  {k}
                  {i < s.keys.length - 1 ? '' : ''}
                </kbd>
              ))}
            </dt>
            <dd>{t(`keys.${s.command}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="cd-small cd-muted">{t('keys.tabs')}</p>
      <form method="dialog">
        <button type="submit" className="cd-button cd-button--primary" data-testid="shortcuts-close" autoFocus>
          {t('keys.close')}
        </button>
      </form>
    </dialog>
  );
}
