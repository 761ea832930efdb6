// Asks the browser not to evict the database under storage pressure. Only window contexts have
// StorageManager.persist(); in a service worker it is missing, so this is guarded and best-effort.
let asked = false;

export async function requestPersistentStorage(): Promise<boolean | null> {
  if (asked) return null;
  asked = true;
  try {
    const storage = (globalThis.navigator as Navigator | undefined)?.storage;
    if (typeof storage?.persist !== 'function') return null;
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}
