// "Export CSV": the notices file (one row per notice) and the facts file (one row per fact), of
// the whole collection or of the notices a filter shows. Written as a stream: records are read a
// page at a time and each page's rows become a Blob part, so memory stays one page's worth at any
// collection size; a bar shows how far it got.
import { useState } from 'react';
import { i18n } from './i18n';
import { csvChunks, csvFileName } from '@/lib/csv';
import { savedNoticeRecordPages } from '@/lib/db';
import { getDb } from '@/entrypoints/background/database';
import { downloadBlob } from './download-file';
import { TransferProgress, type Progress } from './transfer-progress';

const CSV_MIME = 'text/csv;charset=utf-8';

export interface CsvExportOptions {
  /** Only these notices; absent: the whole collection. */
  noticeIds?: readonly number[];
  onProgress?: (done: number, total: number) => void;
  now?: Date;
}

export async function exportCsvFiles(options: CsvExportOptions = {}): Promise<[string, string]> {
  const db = getDb();
  const now = options.now ?? new Date();
  const total = options.noticeIds?.length ?? (await db.notices.count());
  const notices: Blob[] = [];
  const facts: Blob[] = [];
  for await (const chunk of csvChunks(savedNoticeRecordPages(db, { noticeIds: options.noticeIds }))) {
    notices.push(new Blob([chunk.notices]));
    facts.push(new Blob([chunk.facts]));
    options.onProgress?.(chunk.done, Math.max(total, chunk.done));
  }
  const names: [string, string] = [csvFileName('notices', now), csvFileName('facts', now)];
  downloadBlob(names[0], new Blob(notices, { type: CSV_MIME }));
  // A second download in the same tick is sometimes dropped; give the first one a moment.
  await new Promise((r) => setTimeout(r, 300));
  downloadBlob(names[1], new Blob(facts, { type: CSV_MIME }));
  return names;
}

export function ExportCsvButton({ noticeIds }: { noticeIds?: number[] }) {
  const [message, setMessage] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const run = async () => {
    setMessage(null);
    setProgress({ label: '', done: 0, total: noticeIds?.length ?? 0 });
    try {
      const [a, b] = await exportCsvFiles({
        noticeIds,
        onProgress: (done, total) => setProgress({ label: i18n.t('transfer.csvProgress', [String(done), String(total)]), done, total }),
      });
      setMessage(i18n.t('common.exportCsvDone', [a, b]));
    } catch (err) {
      setMessage(i18n.t('common.exportCsvFailed', [err instanceof Error ? err.message : String(err)]));
    } finally {
      setProgress(null);
    }
  };
  return (
    <span className="export-csv">
      <button type="button" data-testid="export-csv" data-scope={noticeIds ? 'selection' : 'all'} disabled={progress !== null} onClick={run}>
        {noticeIds ? i18n.t('transfer.exportCsvShown', [String(noticeIds.length)]) : i18n.t('common.exportCsv')}
      </button>
      {progress && <TransferProgress progress={progress} testId="export-csv-progress" />}
      {message && <span className="muted small" data-testid="export-csv-message" role="status">{message}</span>}
    </span>
  );
}
