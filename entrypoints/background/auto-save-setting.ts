// User settings, kept in extension storage (storage.local) so every context (background, popup)
// sees the same value.
import { storage } from 'wxt/utils/storage';

/** Save detected notices automatically; when off, only the popup's Save button saves. */
export const autoSaveSetting = storage.defineItem<boolean>('local:autoSave', { fallback: true });

export async function getAutoSave(): Promise<boolean> {
  try {
    return (await autoSaveSetting.getValue()) !== false;
  } catch {
    return true;
  }
}

export function setAutoSave(on: boolean): Promise<void> {
  return autoSaveSetting.setValue(on);
}
