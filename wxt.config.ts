import { defineConfig } from 'wxt';

// One codebase, two targets: Chrome MV3 (side panel) and Firefox MV2 (sidebar_action).
// The manifest is a function of the browser so Chrome-only permissions never reach Firefox.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions:
      browser === 'firefox' ? ['storage', 'alarms'] : ['storage', 'alarms', 'sidePanel'],
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
