import { defineConfig } from 'wxt';
import { DEFAULT_SITE_MATCHES } from './lib/sites';

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
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings; activeTab + scripting: "Analyse this page" on pages the content script
    // does not match; unlimitedStorage: a large collection never hits the origin quota.
    permissions: ['storage', 'activeTab', 'scripting', 'unlimitedStorage'],
    // Only the default sites (government, universities); the content script declares the same matches.
    host_permissions: DEFAULT_SITE_MATCHES,
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' ? { browser_specific_settings: GECKO_SETTINGS } : {}),
  }),
  // Vite 8 emits UTF-8 literals by default; Chromium then rejects the content script
  // as "not UTF-8 encoded" and the whole extension fails to load.
  // (WXT's WxtViteConfig type predates Vite 8's `rolldownOptions`, hence the cast.)
  vite: () => ({ build: { rolldownOptions: { output: { charset: 'ascii' } } } as Record<string, unknown> }),
});
