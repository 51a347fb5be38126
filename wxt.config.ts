import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig } from 'wxt';
import { NGRAM_TABLE_TEXT } from './lib/analysis/ngrams/eld-table-text.ts';

/** Hosts the user may grant at run time (lib/team/url.ts: https anywhere, http on loopback only). */
const OPTIONAL_HOSTS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

const TABLE_TEXT_MODULE = /^.*[\\/]ngrams[\\/]eld-table-text\.ts$/;

// One codebase, two targets: Chrome MV3 (side panel) and Firefox MV2 (sidebar_action).
// The manifest is a function of the browser so Chrome-only permissions never reach Firefox.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The companion CLI's build output (scripts/build-cli.mjs): generated, not extension source.
  zip: { excludeSources: ['dist/**'] },
  // The language n-gram table (0.95 MB of text) ships gzipped (0.42 MB) as /ngrams.gz, installed by
  // runtime/ngram-table-loader.ts; the bundles get an empty stub in its place.
  vite: () => ({
    resolve: { alias: [{ find: TABLE_TEXT_MODULE, replacement: path.resolve('lib/analysis/ngrams/eld-table-text.packed.ts') }] },
  }),
  hooks: {
    'build:publicAssets': (wxt, files) => {
      const out = path.join(wxt.config.wxtDir, 'ngrams.gz');
      mkdirSync(path.dirname(out), { recursive: true });
      writeFileSync(out, gzipSync(NGRAM_TABLE_TEXT, { level: 9 }));
      files.push({ absoluteSrc: out, relativeDest: 'ngrams.gz' });
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
