/**
 * The platform adapters by platform id. The registry is a record over `Platform` (schema.ts), so a
 * platform added to `PlatformSchema` without an adapter here, or an adapter filed under another
 * platform's key, is a compile error (tests/unit/platforms/registry.test.ts shows both).
 */
import type { Platform } from '../schema.ts';
import { amazonAdapter } from './amazon.ts';
import type { PlatformAdapter } from './types.ts';
import { xAdapter } from './x.ts';

/** Exactly one adapter per platform, each under its own id. */
export type AdapterRegistry = { readonly [P in Platform]: PlatformAdapter<P> };

export const ADAPTER_BY_PLATFORM: AdapterRegistry = {
  x: xAdapter,
  amazon: amazonAdapter,
};

export const ADAPTERS: readonly PlatformAdapter[] = Object.values(ADAPTER_BY_PLATFORM);

export function adapterFor(platform: Platform): PlatformAdapter {
  return ADAPTER_BY_PLATFORM[platform];
}

/** The adapter whose pages include `url`, if any. */
export function adapterForUrl(url: URL): PlatformAdapter | undefined {
  return ADAPTERS.find((a) => a.isPage(url));
}
