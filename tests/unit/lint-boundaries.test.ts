/**
 * The architecture's boundaries are lint errors (eslint.config.js): each row plants one violating
 * import in a file of that folder and checks ESLint refuses it with the boundary's own message —
 * and that the allowed direction passes.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function boundaryMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('architecture boundaries', () => {
  test.each([
    ['lib/ imports entrypoints/', 'lib/planted.ts', "import { x } from '../entrypoints/background/handle-message.ts';", /lib\/ is pure/],
    ['lib/ imports runtime/ (alias)', 'lib/alerts/planted.ts', "import { x } from '@/runtime/storage-items';", /lib\/ is pure/],
    ['lib/ imports components/', 'lib/planted.ts', "import { x } from '../components/mention-row.tsx';", /lib\/ is pure/],
    ['lib/ imports React', 'lib/planted.ts', "import { useState } from 'react';", /knows no React/],
    ['lib/ imports the browser API', 'lib/db/planted.ts', "import { browser } from 'wxt/browser';", /No browser API/],
    ['lib/ reads a browser global', 'lib/planted.ts', 'export const x = chrome.runtime.id;', /lib\/ is pure: pass chrome/],
    ['components/ import lib/db', 'components/planted.tsx', "import { x } from '../lib/db/mentions.ts';", /components\/ are presentational/],
    ['components/ import runtime/', 'components/planted.tsx', "import { x } from '../runtime/panel-data.ts';", /components\/ import no runtime/],
    ['components/ import the browser API', 'components/planted.tsx', "import { browser } from 'wxt/browser';", /No browser API/],
    ['components/ read a browser global', 'components/planted.tsx', 'export const x = browser.runtime.id;', /presentational: pass browser/],
    ['lib/analysis imports lib/db', 'lib/analysis/planted.ts', "import { x } from '../db/open.ts';", /know no storage/],
    ['lib/surge imports lib/db', 'lib/surge/planted.ts', "import { x } from '@/lib/db/open';", /know no storage/],
    ['lib/alerts imports lib/db', 'lib/alerts/planted.ts', "import { x } from '../db/alerts.ts';", /know no storage/],
    ['lib/surge still may not import runtime/', 'lib/surge/planted.ts', "import { x } from '../../runtime/db.ts';", /lib\/ is pure/],
    ['lib/platforms imports lib/analysis', 'lib/platforms/planted.ts', "import { x } from '../analysis/index.ts';", /extracts, it does not analyse/],
  ])('%s: refused', async (_name, file, code, message) => {
    const messages = await boundaryMessages(file, `${code}\nexport const used = typeof x;\n`);
    expect(messages).toEqual([expect.stringMatching(message)]);
  });

  test.each([
    ['lib/db imports lib/analysis', 'lib/db/planted.ts', "import { x } from '../analysis/index.ts';"],
    ['lib/alerts imports lib/surge', 'lib/alerts/planted.ts', "import { x } from '../surge/index.ts';"],
    ['lib/db implements the alert store', 'lib/db/planted.ts', "import { x } from '../alerts/store.ts';"],
    ['components/ import lib/ view code', 'components/planted.tsx', "import { x } from '../lib/alerts/chart.ts';"],
    ['runtime/ imports lib/db', 'runtime/planted.ts', "import { x } from '../lib/db/open.ts';"],
    ['entrypoints/ import runtime/', 'entrypoints/sidepanel/planted.ts', "import { x } from '@/runtime/db';"],
  ])('%s: allowed', async (_name, file, code) => {
    expect(await boundaryMessages(file, `${code}\nexport const used = typeof x;\n`)).toEqual([]);
  });
});
