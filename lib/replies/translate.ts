/**
 * "Read what you answer" (issue 11): translate a mention into the agent's UI language and an
 * edited reply back, with an on-device translator (Chrome's built-in Translator API, Chrome 138+,
 * extension pages only; runtime/chrome-translator.ts adapts it). Rules:
 *
 * - a language model is downloaded only when the agent clicks (`allowDownload`), with progress;
 * - every result is marked as machine translation and is only ever shown beside the text: it
 *   never replaces the approved variant that goes out;
 * - pairs are by primary language (`pt-BR` -> `pt`); one session per pair, reused.
 *
 * Pure: the translator comes in (tests use a fake).
 */

export type TranslatorAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface TranslatorSession {
  translate(text: string): Promise<string>;
  destroy?(): void;
}

/** What the browser offers (Chrome's `Translator` static methods, narrowed). */
export interface TranslatorApi {
  availability(o: { sourceLanguage: string; targetLanguage: string }): Promise<TranslatorAvailability>;
  /** `onProgress(0..1)` while a model downloads. */
  create(o: { sourceLanguage: string; targetLanguage: string }, onProgress?: (loaded: number) => void): Promise<TranslatorSession>;
}

/** `same`: nothing to translate; `needs-download`: a click may download the model. */
export type PairState = 'unavailable' | 'needs-download' | 'ready' | 'same';

export interface MachineTranslation {
  text: string;
  source: string;
  target: string;
  /** Always true: what the UI labels "machine translation". */
  machine: true;
}

export class TranslationError extends Error {
  constructor(
    readonly code: 'unavailable' | 'needs-download' | 'unknown-language' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'TranslationError';
  }
}

/** Longest text sent to the model at once (a mention is at most 20,000 characters; a reply 5,000). */
export const MAX_TRANSLATE_CHARS = 5_000;

export function primary(tag: string): string | undefined {
  const p = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(p) && p !== 'und' ? p : undefined;
}

export interface Translation {
  state(source: string, target: string): Promise<PairState>;
  translate(text: string, source: string, target: string, o?: { allowDownload?: boolean; onProgress?: (loaded: number) => void }): Promise<MachineTranslation>;
}

export function createTranslation(api: TranslatorApi): Translation {
  const sessions = new Map<string, Promise<TranslatorSession>>();

  const pairOf = (source: string, target: string) => {
    const s = primary(source);
    const t = primary(target);
    if (!s || !t) throw new TranslationError('unknown-language', `no language to translate from or to (${source} -> ${target})`);
    return { s, t, key: `${s}>${t}` };
  };

  const state = async (source: string, target: string): Promise<PairState> => {
    const s = primary(source);
    const t = primary(target);
    if (!s || !t) return 'unavailable';
    if (s === t) return 'same';
    if (sessions.has(`${s}>${t}`)) return 'ready';
    try {
      const a = await api.availability({ sourceLanguage: s, targetLanguage: t });
      return a === 'available' ? 'ready' : a === 'unavailable' ? 'unavailable' : 'needs-download';
    } catch {
      return 'unavailable';
    }
  };

  return {
    state,
    async translate(text, source, target, o = {}) {
      const { s, t, key } = pairOf(source, target);
      if (s === t) return { text, source: s, target: t, machine: true };
      let session = sessions.get(key);
      if (!session) {
        const st = await state(s, t);
        if (st === 'unavailable') throw new TranslationError('unavailable', `no on-device model for ${s} -> ${t}`);
        if (st === 'needs-download' && !o.allowDownload) throw new TranslationError('needs-download', `the ${s} -> ${t} model must be downloaded first`);
        session = api.create({ sourceLanguage: s, targetLanguage: t }, o.onProgress);
        sessions.set(key, session);
        // A failed create is forgotten, so a later click tries again.
        session.catch(() => sessions.delete(key));
      }
      try {
        const out = await (await session).translate(text.slice(0, MAX_TRANSLATE_CHARS));
        return { text: out, source: s, target: t, machine: true };
      } catch (err) {
        throw err instanceof TranslationError ? err : new TranslationError('failed', err instanceof Error ? err.message : String(err));
      }
    },
  };
}
