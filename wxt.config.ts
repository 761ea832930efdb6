import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission is used (README "Privacy and permissions"):
    // storage: the auto-save setting (storage.local), shared by every context;
    // activeTab: the tab the user opens the popup on, for "Analyse this page" off *.gov.cn;
    // scripting: executeScript of the content script into that tab (with activeTab);
    // unlimitedStorage: a collection of months never hits the origin's IndexedDB quota.
    // No host_permissions: the content script's own matches (*.gov.cn) are all it needs, and the
    // extension makes no network request.
    permissions: ['storage', 'activeTab', 'scripting', 'unlimitedStorage'],
    action: { default_title: '__MSG_extName__' },
  },
  // Vite 8 emits UTF-8 literals by default; Chromium then rejects the content script
  // as "not UTF-8 encoded" and the whole extension fails to load.
  // (WXT's WxtViteConfig type predates Vite 8's `rolldownOptions`, hence the cast.)
  vite: () => ({ build: { rolldownOptions: { output: { charset: 'ascii' } } } as Record<string, unknown> }),
});
