/**
 * One "translate this" control (the mention into the UI language, or the reply back into it):
 * whether to offer it (lib/replies/translate.ts PairState), the click (which alone may download a
 * model, with progress), the machine translation or the error.
 */
import { useEffect, useState } from 'react';
import { TranslationError, type PairState, type Translation } from '../../../../lib/replies/translate.ts';

export interface TranslateState {
  pair: PairState | 'checking';
  busy: boolean;
  /** 0..1 while a model downloads. */
  progress?: number;
  text?: string;
  /** The text it translated (a reply changes under it: the old translation is dropped). */
  of?: string;
  error?: { code: TranslationError['code'] | 'failed'; message: string };
}

export function useTranslate(translation: Translation | undefined, source: string, target: string, text: string) {
  const [state, setState] = useState<TranslateState>({ pair: 'checking', busy: false });
  useEffect(() => {
    let live = true;
    if (!translation) return;
    void translation.state(source, target).then((pair) => {
      if (live) setState((s) => ({ ...s, pair }));
    });
    return () => {
      live = false;
    };
  }, [translation, source, target]);

  const run = () => {
    if (!translation) return;
    setState((s) => ({ ...s, busy: true, error: undefined, progress: s.pair === 'needs-download' ? 0 : undefined }));
    translation
      .translate(text, source, target, { allowDownload: true, onProgress: (p) => setState((s) => ({ ...s, progress: p })) })
      .then((r) => setState({ pair: 'ready', busy: false, text: r.text, of: text }))
      .catch((err: unknown) =>
        setState((s) => ({
          ...s,
          busy: false,
          progress: undefined,
          error: { code: err instanceof TranslationError ? err.code : 'failed', message: err instanceof Error ? err.message : String(err) },
        })),
      );
  };
  const offered = translation !== undefined && (state.pair === 'ready' || state.pair === 'needs-download');
  return { state: state.of !== undefined && state.of !== text ? { ...state, text: undefined, of: undefined } : state, run, offered };
}
