import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { lexiconData } from './lib/analysis/languages/lexicon-data.ts';
import * as lexiconSources from './lib/analysis/languages/sources.ts';
import { NGRAM_TABLE_TEXT } from './lib/analysis/ngrams/eld-table-text.ts';

/** Hosts the user may grant at run time (lib/team/url.ts: https anywhere, http on loopback only). */
const OPTIONAL_HOSTS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

/** Modules the extension bundles as stubs (by resolved path), their data shipped as assets. */
const PACKED_MODULES: Record<string, string> = {
  [path.resolve('lib/analysis/ngrams/eld-table-text.ts')]: path.resolve('lib/analysis/ngrams/eld-table-text.packed.ts'),
  [path.resolve('lib/analysis/languages/sources.ts')]: path.resolve('lib/analysis/languages/sources.packed.ts'),
};

/** Swaps each of PACKED_MODULES for its stub, whatever the import specifier that reaches it. */
function packedModules(): Plugin {
  return {
    name: 'crisis-desk:packed-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const packed = resolved && PACKED_MODULES[resolved.id];
      return packed ? { ...resolved, id: packed } : resolved;
    },
  };
}

/**
 * twitter-text's modules (the X length rule, lib/templates) require core-js 2 polyfills of ES2015
 * features (Object.defineProperty, RegExp#match/replace, Array#sort...) that every browser this
 * extension runs in has natively (Chrome with the side panel API, 114+; Firefox 115+, the
 * manifest's minimum): they are left out of the extension (an empty module in their place; the
 * lint chunk 397 -> 378 KB). The CLI on Node 20 keeps them (scripts/build-cli.mjs).
 * The X length tests (tests/unit/templates, the e2e reply flow in Chromium and Firefox) run the
 * build without them.
 */
const NO_POLYFILL = '\0crisis-desk:no-polyfill';
function noEs2015Polyfills(): Plugin {
  return {
    name: 'crisis-desk:no-es2015-polyfills',
    enforce: 'pre',
    resolveId: (source) => (source.startsWith('core-js/modules/') ? NO_POLYFILL : null),
    load: (id) => (id === NO_POLYFILL ? 'export {};' : null),
  };
}

// One codebase, two targets: Chrome MV3 (side panel) and Firefox MV2 (sidebar_action).
// The manifest is a function of the browser so Chrome-only permissions never reach Firefox.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The companion CLI's build output (scripts/build-cli.mjs): generated, not extension source.
  zip: { excludeSources: ['dist/**'] },
  // The language n-gram table (0.95 MB of text) ships gzipped (0.42 MB) as /ngrams.gz, and the
  // language packs' word lists (~0.4 MB of minified modules) as gzipped JSON in /lexicons.gz, both
  // installed by runtime/analyser-data.ts; the bundles get stubs in their place.
  vite: () => ({ plugins: [packedModules(), noEs2015Polyfills()] }),
  hooks: {
    'build:publicAssets': (wxt, files) => {
      mkdirSync(wxt.config.wxtDir, { recursive: true });
      const assets = { 'ngrams.gz': NGRAM_TABLE_TEXT, 'lexicons.gz': JSON.stringify(lexiconData(lexiconSources)) };
      for (const [name, text] of Object.entries(assets)) {
        const out = path.join(wxt.config.wxtDir, name);
        writeFileSync(out, gzipSync(text, { level: 9 }));
        files.push({ absoluteSrc: out, relativeDest: name });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `notifications` for surge alerts. The team webhook's host is asked for only when the user
    // saves a webhook URL (permissions.request), hence optional https hosts (issue 4). The team
    // workspace's CouchDB is asked for the same way when its URL is added (issue 12); plain http
    // only on this machine's loopback (a CouchDB in docker on the laptop, the tests' server).
    permissions:
      browser === 'firefox' ? ['storage', 'alarms', 'notifications'] : ['storage', 'alarms', 'sidePanel', 'notifications'],
    ...(browser === 'firefox' ? { optional_permissions: OPTIONAL_HOSTS } : { optional_host_permissions: OPTIONAL_HOSTS }),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'crisis-desk@crisis-desk.dev', strict_min_version: '115.0' },
          },
        }
      : {}),
  }),
});
