/**
 * What the analyser adds to the extension (issue 3 budget: at most 1.5 MB of code plus data):
 * lib/analysis bundled on its own with esbuild, minified, as the extension's build would carry it
 * (every language pack, the packed n-gram table, the borrowed lexicons). The built service worker
 * also holds everything else; this isolates the analyser's share.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const ANALYSER_BUDGET_BYTES = 1.5 * 1024 * 1024;

export async function analyserBundleBytes(): Promise<{ bytes: number; gzipBytes: number }> {
  const out = await build({
    entryPoints: [path.join(import.meta.dirname, '../lib/analysis/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]?.contents ?? new Uint8Array();
  return { bytes: code.byteLength, gzipBytes: gzipSync(code).byteLength };
}
