// The extension as it was built just before the latest schema bump, for the upgrade test: the
// tree of the parent of the commit that added the latest version to lib/db/versions.ts
// (`git archive`), with this checkout's node_modules linked in, built with `wxt build`.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../scripts/lib/paths';
import { LATEST_VERSION } from '../../lib/db/versions';

const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();

/** The commit before the one that introduced `version: LATEST_VERSION` (RL_PREVIOUS_REF overrides). */
export function previousRef(): string {
  if (process.env.RL_PREVIOUS_REF) return process.env.RL_PREVIOUS_REF;
  const added = git('log', '--format=%H', '-G', `version: ${LATEST_VERSION},`, '--', 'lib/db/versions.ts').split('\n').pop();
  if (!added) throw new Error(`No commit adds schema version ${LATEST_VERSION} (a shallow clone? fetch the history).`);
  return `${added}^`;
}

/** Builds `ref` into a temporary directory; returns its chrome-mv3 output and a cleanup. */
export function buildPrevious(ref = previousRef()): { dir: string; remove: () => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-previous-'));
  const remove = () => fs.rmSync(root, { recursive: true, force: true });
  try {
    const archive = spawnSync('git', ['archive', '--format=tar', ref], { cwd: repoRoot, maxBuffer: 512 * 1024 * 1024 });
    if (archive.status !== 0) throw new Error(`git archive ${ref} failed: ${archive.stderr}`);
    execFileSync('tar', ['-x', '-C', root], { input: archive.stdout });
    fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'));
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    if (build.status !== 0) throw new Error(`wxt build of ${ref} failed:\n${build.stdout}${build.stderr}`);
    return { dir: path.join(root, '.output/chrome-mv3'), remove };
  } catch (error) {
    remove();
    throw error;
  }
}
