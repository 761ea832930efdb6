import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings; activeTab + scripting: "Analyse this page" on pages the content script
    // does not match; unlimitedStorage: a large collection never hits the origin quota.
    permissions: ['storage', 'activeTab', 'scripting', 'unlimitedStorage'],
    // Only government sites; the content script declares its own matches.
    host_permissions: ['*://*.gov.cn/*'],
    action: { default_title: '__MSG_extName__' },
  },
  // Vite 8 emits UTF-8 literals by default; Chromium then rejects the content script
  // as "not UTF-8 encoded" and the whole extension fails to load.
  // (WXT's WxtViteConfig type predates Vite 8's `rolldownOptions`, hence the cast.)
  vite: () => ({ build: { rolldownOptions: { output: { charset: 'ascii' } } } as Record<string, unknown> }),
});
