// compromise (≈350 KB) for English pages, loaded only when a page is English — typically after
// the browser's page translation rewrote a notice. It is a separate ES module the content script
// imports from the extension (web-accessible), so Chinese pages never parse it.
import type { Nlp } from '../../lib/english/extract-english';

export const NLP_MODULE = '/vendor/compromise.mjs';

let loading: Promise<Nlp | null> | null = null;

export function loadNlp(): Promise<Nlp | null> {
  loading ??= (async () => {
    try {
      const url = browser.runtime.getURL(NLP_MODULE as '/');
      const mod = (await import(/* @vite-ignore */ url)) as { default: Nlp };
      return mod.default;
    } catch (error) {
      console.warn('[Rectify Lens] English analysis unavailable:', error);
      loading = null;
      return null;
    }
  })();
  return loading;
}
