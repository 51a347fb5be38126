/** A machine translation beside the text it translates: always labelled, never in the reply box. */
export interface TranslationView {
  /** Button text; undefined hides the button (no translator, same language, no model). */
  action?: string;
  busy?: string;
  text?: string;
  note: string;
  error?: string;
}

export function ReplyTranslation({ view, onTranslate, testId }: { view: TranslationView; onTranslate(): void; testId: string }) {
  if (!view.action && !view.text && !view.error) return null;
  return (
    <div className="cd-reply__translation" data-testid={testId}>
      {view.action && (
        <button type="button" className="cd-button cd-button--quiet" onClick={onTranslate} disabled={view.busy !== undefined}>
          {view.action}
        </button>
      )}
      {view.busy && (
        <span role="status" className="cd-reply__hint">
          {view.busy}
        </span>
      )}
      {view.error && (
        <p role="alert" className="cd-reply__error">
          {view.error}
        </p>
      )}
      {view.text !== undefined && (
        <figure className="cd-reply__machine">
          <blockquote>{view.text}</blockquote>
          <figcaption>{view.note}</figcaption>
        </figure>
      )}
    </div>
  );
}
