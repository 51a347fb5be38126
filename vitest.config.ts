import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // lib/ is pure: its tests run in plain Node. DOM tests opt in per file with
    // `// @vitest-environment happy-dom` or `jsdom`.
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
  },
});
