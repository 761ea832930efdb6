// Where things are, resolved from this file so scripts and tests work from any cwd.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const extensionDir = process.env.RL_EXTENSION_DIR ? path.resolve(process.env.RL_EXTENSION_DIR) : path.join(repoRoot, '.output/chrome-mv3');
export const fixturesDir = path.resolve(process.env.RL_FIXTURES_DIR ?? path.join(repoRoot, '../shared/fixtures'));
export const firefoxExtensionDir = path.join(repoRoot, '.output/firefox-mv2');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const INSTALL_HINT = 'apt-get install -y chromium fonts-wqy-microhei';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_INSTALL_HINT = 'apt-get install -y firefox-esr';
