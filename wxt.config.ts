import { defineConfig } from 'wxt';

// One codebase, two targets: Chrome MV3 (side panel) and Firefox MV2 (sidebar_action).
// The manifest is a function of the browser so Chrome-only permissions never reach Firefox.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `notifications` for surge alerts. The team webhook's host is asked for only when the user
    // saves a webhook URL (permissions.request), hence optional https hosts (issue 4).
    permissions:
      browser === 'firefox' ? ['storage', 'alarms', 'notifications'] : ['storage', 'alarms', 'sidePanel', 'notifications'],
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
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
