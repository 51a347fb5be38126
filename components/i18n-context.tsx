/**
 * The translator for every component below it. English by default, so a component rendered
 * on its own (in a test) still shows real strings.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { createTranslator, type Translator } from '../lib/i18n.ts';

const I18nContext = createContext<Translator>(createTranslator('en'));

export function I18nProvider({ translator, children }: { translator: Translator; children: ReactNode }) {
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}

export function useI18n(): Translator {
  return useContext(I18nContext);
}

/** Pass as a message parameter, then give the result to `withNode` to put an element there. */
export const NODE_SLOT = '\u{E000}';

/** `t('health.selector', { selector: NODE_SLOT })` + `<code>` -> "Selector: <code>…</code>",
 * in whichever word order the language uses. */
export function withNode(message: string, node: ReactNode): ReactNode {
  const [before = '', ...rest] = message.split(NODE_SLOT);
  return (
    <>
      {before}
      {node}
      {rest.join('')}
    </>
  );
}
