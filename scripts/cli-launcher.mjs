// `npm run extract`: runs the command-line extractor from its bundle (dist/cli, esbuild), so it
// starts without compiling TypeScript. The bundle is rebuilt first when any source it is made
// of (lib/, scripts/cli/, scripts/extract.ts, the lockfile) is newer — so it is never stale.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/cli');
const SOURCES = ['lib', 'scripts/cli', 'scripts/extract.ts', 'package-lock.json'];

function newest(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let t = info.mtimeMs;
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

export async function buildCli() {
  const { build } = await import('esbuild');
  rmSync(out, { recursive: true, force: true }); // no chunk of an earlier build left behind
  await build({
    absWorkingDir: root,
    entryPoints: { extract: 'scripts/extract.ts', worker: 'scripts/cli/worker.ts' },
    outdir: out,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true, // compromise (English pages only) stays in a chunk of its own
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Dependencies bundled too: one file to compile instead of hundreds to resolve and load.
    // Their CommonJS parts call require() for Node's own modules, hence the banner.
    banner: { js: "import { createRequire as __rlRequire } from 'node:module'; const require = __rlRequire(import.meta.url);" },
    charset: 'utf8',
    logLevel: 'warning',
  });
}

const built = statSync(join(out, 'extract.mjs'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (process.argv[2] === '--build' || built < Math.max(...SOURCES.map((s) => newest(join(root, s))))) {
  await buildCli();
  if (process.argv[2] === '--build') process.exit(0);
}
await import('../dist/cli/extract.mjs');
