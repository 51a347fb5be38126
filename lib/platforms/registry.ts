import type { Platform } from '../schema.ts';
import { amazonAdapter } from './amazon.ts';
import type { PlatformAdapter } from './types.ts';
import { xAdapter } from './x.ts';

export const ADAPTERS: readonly PlatformAdapter[] = [xAdapter, amazonAdapter];

export function adapterFor(platform: Platform): PlatformAdapter {
  return platform === 'x' ? xAdapter : amazonAdapter;
}

/** The adapter whose pages include `url`, if any. */
export function adapterForUrl(url: URL): PlatformAdapter | undefined {
  return ADAPTERS.find((a) => a.isPage(url));
}
