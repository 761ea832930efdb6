// The settings the settings page writes and other parts read, each one storage.local item so that
// every context (background, popup, content scripts, settings page) sees the same value.
// local:autoSave lives in entrypoints/background/auto-save-setting.ts (the background reads it).
import { storage } from 'wxt/utils/storage';

/** Which language the UI shows: 'auto' follows the browser. The UI-language code reads it. */
export const UI_LANGUAGES = ['auto', 'en', 'zh_CN', 'zh_TW'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const uiLanguageSetting = storage.defineItem<UiLanguage>('local:uiLanguage', { fallback: 'auto' });

/** How long list collection waits between two pages it fetches, in ms. */
export const COLLECT_INTERVAL = { fallback: 2000, min: 500, max: 60_000 } as const;
export const collectIntervalSetting = storage.defineItem<number>('local:collectIntervalMs', { fallback: COLLECT_INTERVAL.fallback });

/** The stored interval, clamped: storage may hold anything (an old build, a hand edit). */
export function clampCollectInterval(value: unknown): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : COLLECT_INTERVAL.fallback;
  return Math.min(COLLECT_INTERVAL.max, Math.max(COLLECT_INTERVAL.min, n));
}

export async function getCollectIntervalMs(): Promise<number> {
  return clampCollectInterval(await collectIntervalSetting.getValue().catch(() => COLLECT_INTERVAL.fallback));
}

/** Whether a page's highlights show when its notice is recognised (the popup still toggles one page). */
export const highlightsSetting = storage.defineItem<boolean>('local:highlights', { fallback: true });

/** The sites added in the settings page (lib/sites.ts Site strings); the background registers them. */
export const extraSitesSetting = storage.defineItem<string[]>('local:extraSites', { fallback: [] });
