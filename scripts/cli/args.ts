// Command-line arguments of scripts/extract.ts.

export type OutputFormat = 'json' | 'csv' | 'csv-notices' | 'explain';

export type Args =
  | { kind: 'help' }
  | { kind: 'run'; format: OutputFormat; files: string[] }
  | { kind: 'error'; message: string };

export const USAGE = `Usage: npm run --silent extract -- [--json | --csv | --csv-notices | --explain] FILE...

Extracts rectification-notice records (../shared/spec/extraction.md) from .txt and .html files.
  --json          print one JSON array, one object per readable file, in input order (default)
  --csv           print the facts as CSV (one row per fact; UTF-8 with BOM, CRLF)
  --csv-notices   print the notices as CSV (one row per file, one column per code)
  --explain       print each fact with the id of the rule that made it, its value and quote
  -h, --help      show this help
Unreadable files are reported on stderr and skipped; the exit code is then 1 (2 for usage errors).`;

export function parseArgs(argv: readonly string[]): Args {
  const formats = new Set<OutputFormat>();
  const files: string[] = [];
  let optionsDone = false;
  for (const arg of argv) {
    if (optionsDone || !arg.startsWith('-') || arg === '-') files.push(arg);
    else if (arg === '--') optionsDone = true;
    else if (arg === '-h' || arg === '--help') return { kind: 'help' };
    else if (arg === '--json') formats.add('json');
    else if (arg === '--csv') formats.add('csv');
    else if (arg === '--csv-notices') formats.add('csv-notices');
    else if (arg === '--explain') formats.add('explain');
    else return { kind: 'error', message: `unknown option: ${arg}` };
  }
  if (formats.size > 1) return { kind: 'error', message: 'choose one of --json, --csv, --csv-notices, --explain' };
  if (files.length === 0) return { kind: 'error', message: 'no input files' };
  return { kind: 'run', format: [...formats][0] ?? 'json', files };
}
