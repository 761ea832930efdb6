// An extension build whose engine differs from this checkout's by one altered rule and its own
// ENGINE_VERSION, for the "Re-extract collection" test: this checkout's HEAD (`git archive`) in a
// temporary directory, two source files patched, this checkout's node_modules linked in, built
// with `wxt build`. Nothing in the shipped code knows about the variant.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../scripts/lib/paths';

export const VARIANT_ENGINE_VERSION = '2000.1.1-variant';

/** The altered rule: no problems_found facts, and party_warning read one higher. */
const PATCHES: Array<{ file: string; from: string; to: string }> = [
  { file: 'lib/engine-version.ts', from: /ENGINE_VERSION = '[^']*'/.source, to: `ENGINE_VERSION = '${VARIANT_ENGINE_VERSION}'` },
  {
    file: 'lib/extract.ts',
    from: 'const facts = found.map\\(toFact\\);',
    to: "const facts = found.map(toFact).filter((f) => f.code !== 'problems_found').map((f) => (f.code === 'party_warning' && f.value !== null ? { ...f, value: f.value + 1 } : f));",
  },
];

export function buildEngineVariant(): { dir: string; remove: () => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-variant-'));
  const remove = () => fs.rmSync(root, { recursive: true, force: true });
  try {
    const archive = spawnSync('git', ['archive', '--format=tar', 'HEAD'], { cwd: repoRoot, maxBuffer: 512 * 1024 * 1024 });
    if (archive.status !== 0) throw new Error(`git archive HEAD failed: ${archive.stderr}`);
    execFileSync('tar', ['-x', '-C', root], { input: archive.stdout });
    for (const { file, from, to } of PATCHES) {
      const full = path.join(root, file);
      const source = fs.readFileSync(full, 'utf8');
      const patched = source.replace(new RegExp(from), to);
      if (patched === source) throw new Error(`engine variant: ${file} no longer has ${from}; update PATCHES`);
      fs.writeFileSync(full, patched);
    }
    fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'));
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    if (build.status !== 0) throw new Error(`wxt build of the engine variant failed:\n${build.stdout}${build.stderr}`);
    return { dir: path.join(root, '.output/chrome-mv3'), remove };
  } catch (error) {
    remove();
    throw error;
  }
}
