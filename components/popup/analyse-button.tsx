// "Analyse this page": injects the content script into a page it does not match (activeTab
// grants the right for the tab the user opened the popup on).
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { i18n } from '../i18n';

/** Where WXT writes the content entrypoint (entrypoints/content/index.ts). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
/** Its ::highlight() rules, which the manifest adds on matched sites. */
export const CONTENT_STYLE_FILE = '/content-scripts/content.css';

export async function analyseTab(tabId: number): Promise<void> {
  // Cast: WXT types `files` as the built public paths, which include the content script only
  // once the content entrypoint has been built.
  const target = { tabId, allFrames: true };
  await browser.scripting.insertCSS({ target, files: [CONTENT_STYLE_FILE] } as Parameters<typeof browser.scripting.insertCSS>[0]);
  const details = { target, files: [CONTENT_SCRIPT_FILE] };
  await browser.scripting.executeScript(details as Parameters<typeof browser.scripting.executeScript>[0]);
}

export function AnalyseButton({ tabId, onDone }: { tabId: number; onDone: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await analyseTab(tabId);
      onDone();
    } catch (err) {
      setError(i18n.t('popup.analyseFailed', [err instanceof Error ? err.message : String(err)]));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <button type="button" className="primary" data-testid="analyse-button" disabled={busy} onClick={run}>
        {busy ? i18n.t('popup.analysing') : i18n.t('popup.analyse')}
      </button>
      {error && <p className="small error" data-testid="analyse-error" role="alert">{error}</p>}
    </div>
  );
}
