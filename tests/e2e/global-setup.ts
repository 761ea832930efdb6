// Builds the extension once, for Chromium and for Firefox, before the e2e files run
// (RL_E2E_SKIP_BUILD=1 reuses .output).
import { assertChromium } from '../../scripts/lib/browser';
import { assertExtensionBuilt, buildExtension } from '../../scripts/lib/build-extension';
import { firefoxExtensionDir } from '../../scripts/lib/paths';

export default function setup(): void {
  assertChromium();
  if (process.env.RL_E2E_SKIP_BUILD === '1') {
    assertExtensionBuilt();
    assertExtensionBuilt(firefoxExtensionDir);
  } else {
    buildExtension({ quiet: true });
    buildExtension({ quiet: true, browser: 'firefox' });
  }
}
