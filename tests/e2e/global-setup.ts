// Builds the extension once before the e2e files run (RL_E2E_SKIP_BUILD=1 reuses .output).
import { assertChromium } from '../../scripts/lib/browser';
import { assertExtensionBuilt, buildExtension } from '../../scripts/lib/build-extension';

export default function setup(): void {
  assertChromium();
  if (process.env.RL_E2E_SKIP_BUILD === '1') assertExtensionBuilt();
  else buildExtension({ quiet: true });
}
