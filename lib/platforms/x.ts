// Placeholder: replaced by the real adapter.
import type { PlatformAdapter } from './types.ts';

export const xAdapter: PlatformAdapter = {
  platform: 'x',
  isPage: () => false,
  pageType: () => 'other',
  expectsItems: () => false,
  itemSelectors: [],
  findItems: () => [],
  itemId: () => undefined,
  extract: () => ({ ok: false, reason: 'no-id' }),
};
