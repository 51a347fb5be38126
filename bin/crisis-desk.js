#!/usr/bin/env node
// The companion CLI's entry point (package.json "bin"). It stays plain JavaScript so Node can run
// it directly; tsx's loader is registered first so the TypeScript CLI and lib/ load unbuilt.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./cli.ts', import.meta.url).href);
