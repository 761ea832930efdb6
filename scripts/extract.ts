// The command-line extractor: `npm run --silent extract -- --json FILE...` prints the contract's
// JSON array (one object per readable input, in input order) and nothing else on stdout.
import './cli/quiet-console';
import { factsCsv, noticesCsv } from '../lib/csv';
import type { Extraction } from '../lib/contract';
import { explainAuto, type ExplainedExtraction } from '../lib/extract';
import { noticeRegion } from '../lib/regions';
import { parseArgs, USAGE } from './cli/args';
import { formatExplanation } from './cli/explain';
import { readDocument } from './cli/read-document';

function fail(file: string, reason: string): void {
  process.stderr.write(`extract: ${file}: ${reason}\n`);
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.kind === 'error') {
    process.stderr.write(`extract: ${args.message}\n${USAGE}\n`);
    return 2;
  }
  let status = 0;
  const explained: ExplainedExtraction[] = [];
  for (const file of args.files) {
    const doc = await readDocument(file);
    if (!doc.ok) {
      fail(file, doc.reason);
      status = 1;
      continue;
    }
    try {
      explained.push(await explainAuto(doc.text, { source: file }));
    } catch (error) {
      // extract() must never throw; if it does, lose this file only.
      fail(file, `extraction failed: ${error instanceof Error ? error.message : String(error)}`);
      status = 1;
    }
  }
  const results: Extraction[] = explained.map((x) => x.extraction);
  // The CSVs carry the region columns; the JSON is the contract and stays as it is.
  const records = results.map((extraction) => ({ url: extraction.source, savedAt: null, extraction, region: noticeRegion(extraction.notice) }));
  const out =
    args.format === 'explain' ? explained.map(formatExplanation).join('\n')
    : args.format === 'csv' ? factsCsv(records)
    : args.format === 'csv-notices' ? noticesCsv(records)
    : `${JSON.stringify(results, null, 2)}\n`;
  await new Promise<void>((resolve) => process.stdout.write(out, () => resolve()));
  return status;
}

// A reader that stops early (`| head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`extract: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
