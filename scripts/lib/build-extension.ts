// `wxt build` into .output/chrome-mv3 (or `wxt build -b firefox` into .output/firefox-mv2), failing
// loudly when the content script is missing (a browser run without it would only report "no highlights").
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { extensionDir, firefoxExtensionDir, repoRoot } from './paths';

export function buildExtension(opts: { quiet?: boolean; browser?: 'chrome' | 'firefox' } = {}): void {
  const firefox = opts.browser === 'firefox';
  const run = spawnSync('npx', ['wxt', 'build', ...(firefox ? ['-b', 'firefox'] : [])], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: opts.quiet ? 'pipe' : 'inherit',
    // Without NODE_ENV: vitest sets it to 'test', and Vite would then bundle React's development
    // build, so the e2e tests would not test what `npm run build` ships.
    env: { ...process.env, NODE_ENV: undefined, CI: process.env.CI ?? 'true' },
  });
  if (run.status !== 0) {
    throw new Error(`wxt build failed (exit ${run.status})${opts.quiet ? `:\n${run.stdout ?? ''}${run.stderr ?? ''}` : ''}`);
  }
  assertExtensionBuilt(firefox ? firefoxExtensionDir : extensionDir);
}

export function assertExtensionBuilt(dir = extensionDir): void {
  const manifest = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifest)) throw new Error(`No extension build at ${dir}; run \`npm run build\` (or \`npm run build:firefox\`).`);
  const json = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { content_scripts?: unknown[] };
  if (!json.content_scripts?.length) {
    throw new Error(`The build at ${dir} has no content script (entrypoints/content/index.ts missing?).`);
  }
}
