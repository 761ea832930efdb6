// One input file to one chunk of output, in the chosen format: the unit of work a worker thread
// (or the main thread with --jobs 1) does. The chunk is the file's part of the output only —
// no array brackets, no CSV header — so the writer can stream chunks in input order.
import { factsCsv, noticesCsv } from '../../lib/csv';
import { explainAuto } from '../../lib/extract';
import type { OutputFormat } from './args';
import { formatExplanation } from './explain';
import { readDocument } from './read-document';

export type FileResult =
  | { ok: true; chunk: string; bytes: number }
  | { ok: false; reason: string; bytes: number };

/** The rows of a one-record CSV: everything after the BOM and header line. */
export function csvRows(csv: string): string {
  const end = csv.indexOf('\r\n');
  return end < 0 ? '' : csv.slice(end + 2);
}

export async function extractOne(path: string, format: OutputFormat): Promise<FileResult> {
  const doc = await readDocument(path);
  if (!doc.ok) return { ok: false, reason: doc.reason, bytes: 0 };
  const bytes = Buffer.byteLength(doc.text);
  try {
    const explained = await explainAuto(doc.text, { source: path });
    const { extraction } = explained;
    const record = { url: extraction.source, savedAt: null, extraction };
    const chunk =
      format === 'explain' ? formatExplanation(explained)
      : format === 'csv' ? csvRows(factsCsv([record]))
      : format === 'csv-notices' ? csvRows(noticesCsv([record]))
      : format === 'jsonl' ? `${JSON.stringify(extraction)}\n`
      : JSON.stringify(extraction, null, 2);
    return { ok: true, chunk, bytes };
  } catch (error) {
    // extract() must never throw; if it does, lose this file only.
    return { ok: false, reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}`, bytes };
  }
}
