// The sites added in the settings page: the content script is registered for each stored site
// whose host permission is granted, and for no other. One sync does it all (lib/sites.ts plans
// it) and runs again on install, browser start, a permission granted or revoked anywhere (the
// browser's own site-access settings too) and when the settings page asks.
import { browser } from 'wxt/browser';
import { extraSitesSetting } from '@/components/settings-items';
import { isOwnExtensionPage, onMessage } from '@/lib/messages';
import { normaliseSites, planSiteScripts, siteMatchPattern, siteScriptId, type Site, type SiteStatus } from '@/lib/sites';

type Manifest = { content_scripts?: { js?: string[]; css?: string[]; all_frames?: boolean; run_at?: string }[] };
type RunAt = 'document_start' | 'document_end' | 'document_idle';

/** A manifest file as registerContentScripts wants it: Firefox's getManifest() gives the
 *  content scripts' files as full moz-extension:// URLs, which it then refuses there. */
function relative(file: string): string {
  const base = browser.runtime.getURL('/');
  return file.startsWith(base) ? file.slice(base.length) : file.replace(/^\//, '');
}

/** The registration of a site: the same files and timing as the manifest's content script. */
function scriptFor(site: Site) {
  const cs = (browser.runtime.getManifest() as Manifest).content_scripts?.[0] ?? {};
  return {
    id: siteScriptId(site),
    matches: [siteMatchPattern(site)],
    js: (cs.js ?? ['content-scripts/content.js']).map(relative),
    css: (cs.css ?? []).map(relative),
    allFrames: cs.all_frames ?? true,
    runAt: (cs.run_at ?? 'document_idle') as RunAt,
    persistAcrossSessions: true,
  };
}

async function sync(): Promise<SiteStatus[]> {
  const sites = normaliseSites(await extraSitesSetting.getValue());
  const granted = new Set<Site>();
  for (const site of sites) {
    if (await browser.permissions.contains({ origins: [siteMatchPattern(site)] })) granted.add(site);
  }
  const registered = await browser.scripting.getRegisteredContentScripts();
  const plan = planSiteScripts(sites, granted, registered);
  if (plan.unregister.length > 0) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  if (plan.register.length > 0) await browser.scripting.registerContentScripts(plan.register.map(scriptFor));
  return sites.map((site) => ({ site, active: granted.has(site) }));
}

// One sync at a time: two at once would both register a new site and the second would fail
// on the duplicate id.
let running: Promise<SiteStatus[]> = Promise.resolve([]);
export function syncSiteScripts(): Promise<SiteStatus[]> {
  running = running.catch(() => []).then(sync);
  return running;
}

function syncInBackground(): void {
  syncSiteScripts().catch((err: unknown) => console.warn('Rectify Lens: site scripts not synced', err));
}

/** Wires the sync to its events; called once from the background's main. */
export function initSiteScripts(ctx: { runtimeId: string; extensionBaseUrl: string }): void {
  onMessage('syncSites', ({ sender }) => {
    if (!isOwnExtensionPage(sender, ctx.runtimeId, ctx.extensionBaseUrl)) {
      throw new Error('Rejected: only Rectify Lens pages may change its sites.');
    }
    return syncSiteScripts();
  });
  browser.runtime.onInstalled.addListener(syncInBackground);
  browser.runtime.onStartup.addListener(syncInBackground);
  browser.permissions.onAdded.addListener(syncInBackground);
  browser.permissions.onRemoved.addListener(syncInBackground);
}
