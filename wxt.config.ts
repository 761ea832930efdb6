import { defineConfig } from 'wxt';

// Firefox only: a stable add-on id (storage, the IndexedDB origin and updates hang on it) and the
// data-collection declaration: nothing leaves the browser. data_collection_permissions is read
// from Firefox 140 (desktop; also the first with CSS.highlights, which the highlights need) and
// 142 (Android), hence the minimum versions.
const GECKO_SETTINGS = {
  gecko: {
    id: 'rectify-lens@rectify-lens.org',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission is used (README "Privacy and permissions"):
    // storage: the auto-save setting (storage.local), shared by every context;
    // activeTab: the tab the user opens the popup on, for "Analyse this page" off *.gov.cn;
    // scripting: executeScript of the content script into that tab (with activeTab), and its
    // registration on the sites added in the settings page;
    // unlimitedStorage: a collection of months never hits the origin's IndexedDB quota.
    // No host_permissions: the content script's own matches (*.gov.cn, *.edu.cn) are all it needs, and the
    // extension makes no network request.
    permissions: ['storage', 'activeTab', 'scripting', 'unlimitedStorage'],
    // Sites the user adds in the settings page: asked for one at a time (permissions.request, on
    // the click), never all at once. WXT drops optional_host_permissions from MV2 builds, so
    // an MV2 build (Firefox) declares them as optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' ? { browser_specific_settings: GECKO_SETTINGS } : {}),
  }),
  // Vite 8 emits UTF-8 literals by default; Chromium then rejects the content script
  // as "not UTF-8 encoded" and the whole extension fails to load.
  // (WXT's WxtViteConfig type predates Vite 8's `rolldownOptions`, hence the cast.)
  vite: () => ({ build: { minify: process.env.RL_NO_MINIFY ? false : undefined, rolldownOptions: { output: { charset: 'ascii' } } } as Record<string, unknown> }),
});
