// Loads a build of the extension into a profile kept across launches (an upgrade, an engine
// change): the build is copied to one folder, as an unpacked extension reloaded from the same place.
import fs from 'node:fs';
import path from 'node:path';
import { launchWithExtension, type LensBrowser } from '../../scripts/lib/browser';

export function launchBuildInProfile(work: string, build: string, port: number): Promise<LensBrowser> {
  const ext = path.join(work, 'extension');
  // Chromium keeps an unpacked extension's service worker script in the profile across a reload
  // from the same folder: dropped, so the build loaded now is the one whose background runs
  // (the database and storage.local live elsewhere in the profile and stay).
  fs.rmSync(path.join(work, 'profile', 'Default', 'Service Worker'), { recursive: true, force: true });
  fs.rmSync(ext, { recursive: true, force: true });
  fs.cpSync(build, ext, { recursive: true });
  return launchWithExtension(port, { extDir: ext, userDataDir: path.join(work, 'profile') });
}
