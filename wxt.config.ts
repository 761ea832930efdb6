import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Rectify Lens 整改透镜',
  },
  // Vite 8 emits UTF-8 literals by default; Chromium then rejects the content script
  // as "not UTF-8 encoded" and the whole extension fails to load.
  // (WXT's WxtViteConfig type predates Vite 8's `rolldownOptions`, hence the cast.)
  vite: () => ({ build: { rolldownOptions: { output: { charset: 'ascii' } } } as Record<string, unknown> }),
});
