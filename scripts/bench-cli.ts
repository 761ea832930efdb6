// `npm run bench:cli`: the command-line extractor over a generated archive of government pages
// (≥ 2,000 files: the real notices and near misses of ../shared/fixtures/real inside a typical
// page, numbers varied, a tenth as bare .txt), on one worker and on every core, beside a single
// regex pass over the same files (the floor: reading the files and finding their digits). The
// CLI runs as `npm run extract` does (the built bundle, as a child process, its start-up
// included; output to /dev/null). Prints figures; asserts nothing. Flags: --pages=N.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { govPage } from '../tests/pages/gov-page';
import { textTable } from './lib/text-table';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const REAL = resolve(root, '../shared/fixtures/real');
const PAGES = Number(process.argv.find((a) => a.startsWith('--pages='))?.slice(8) ?? 2400);

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function generate(dir: string): { files: number; bytes: number } {
  const texts = readdirSync(REAL).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(REAL, f), 'utf8'));
  let bytes = 0;
  for (let i = 0; i < PAGES; i++) {
    // Vary the figures so no two pages are the same text.
    const text = texts[i % texts.length].replace(/\d+/g, (d) => String(Number(d) + (i % 5)));
    const [title, ...body] = text.split('\n');
    const folder = join(dir, `col${i % 20}`, `2025${String(1 + (i % 12)).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    const asText = i % 10 === 9;
    const content = asText
      ? text
      : govPage({
          siteName: '某某市人民政府',
          title,
          source: '',
          published: '2025-06-10 16:20',
          articleHtml: body.filter((l) => l.trim()).map((l) => `<p>${escapeHtml(l)}</p>`).join('\n'),
        });
    const file = join(folder, `art_${i}.${asText ? 'txt' : 'html'}`);
    writeFileSync(file, content);
    bytes += statSync(file).size;
  }
  return { files: PAGES, bytes };
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

function regexFloor(dir: string): number {
  const t = performance.now();
  let digits = 0;
  for (const f of allFiles(dir)) for (const _ of readFileSync(f, 'utf8').matchAll(/\d+/g)) digits++;
  if (digits === 0) throw new Error('no digits in the archive');
  return (performance.now() - t) / 1000;
}

function cli(dir: string, jobs: number): { seconds: number; firstOutput: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'scripts/cli-launcher.mjs'), '--jsonl', '--jobs', String(jobs), dir], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`extract failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
  return { seconds, firstOutput: 0 };
}

function startup(): number {
  const t = performance.now();
  execFileSync(process.execPath, [join(root, 'scripts/cli-launcher.mjs'), '--help'], { stdio: 'ignore' });
  return (performance.now() - t) / 1000;
}

function main(): void {
  execFileSync(process.execPath, [join(root, 'scripts/cli-launcher.mjs'), '--build'], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'rl-bench-archive-'));
  try {
    const { files, bytes } = generate(dir);
    const mb = bytes / 1e6;
    console.log(`Archive: ${files} files, ${mb.toFixed(1)} MB (${(bytes / files / 1024).toFixed(0)} KB a page), in ${dir}`);
    const cores = availableParallelism();
    const rows: (string | number)[][] = [];
    const row = (name: string, s: number) => rows.push([name, s.toFixed(2), (files / s).toFixed(0), (mb / s).toFixed(2)]);
    row('a single /\\d+/g pass (the floor; one thread)', regexFloor(dir));
    row('extract --jsonl --jobs 1', cli(dir, 1).seconds);
    if (cores > 1) row(`extract --jsonl --jobs ${cores} (every core)`, cli(dir, cores).seconds);
    console.log(textTable(['run', 'seconds', 'files/s', 'MB/s'], rows, [1, 2, 3]));
    const starts = [startup(), startup(), startup()].sort((a, b) => a - b);
    console.log(`Start-up (extract --help, built CLI): median ${(starts[1] * 1000).toFixed(0)} ms of 3`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
