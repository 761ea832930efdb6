// The command line's inputs as files: a file stays itself, a directory is walked (its text and
// HTML files, sorted, recursively), a glob is expanded with tinyglobby. Paths are yielded as they
// are found, so a crawl of 100,000 pages starts extracting at once. Duplicates are dropped.
import { readdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** What a directory walk picks up; named files are read whatever their extension. */
export const ARCHIVE_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.html', '.htm', '.xhtml', '.shtml']);

/** A file to read, or an input that named none (reported in its place in the output order). */
export interface Input {
  path: string;
  problem?: string;
}

async function* walk(dir: string): AsyncGenerator<Input> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { path: dir, problem: `cannot read directory (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile() && ARCHIVE_EXTENSIONS.has(extname(e.name).toLowerCase())) yield { path };
  }
}

/** Every input file, in command-line order; what names no file is an Input with a problem. */
export async function* expandInputs(args: readonly string[]): AsyncGenerator<Input> {
  const seen = new Set<string>();
  for (const arg of args) {
    let found = 0;
    const once = function* (input: Input) {
      found++;
      if (input.problem || !seen.has(input.path)) {
        seen.add(input.path);
        yield input;
      }
    };
    if (isDynamicPattern(arg)) {
      for (const path of (await glob(arg, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) })).sort()) yield* once({ path });
      if (found === 0) yield { path: arg, problem: 'no file matches this pattern' };
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      for await (const input of walk(arg)) yield* once(input);
      if (found === 0) yield { path: arg, problem: 'a directory without .txt or .html files' };
    } else yield* once({ path: arg }); // a missing or odd file is reported by its reader, in order
  }
}
