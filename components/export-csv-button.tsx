// "Export CSV": the notices file (one row per notice) and the facts file (one row per fact).
import { useState } from 'react';
import { i18n } from './i18n';
import { csvFileName, factsCsv, noticesCsv } from '@/lib/csv';
import { savedNoticeRecords } from '@/lib/db';
import { getDb } from '@/entrypoints/background/database';
import { downloadText } from './download-file';

const CSV_MIME = 'text/csv;charset=utf-8';

export async function exportCsvFiles(now = new Date()): Promise<[string, string]> {
  const records = await savedNoticeRecords(getDb());
  const names: [string, string] = [csvFileName('notices', now), csvFileName('facts', now)];
  downloadText(names[0], noticesCsv(records), CSV_MIME);
  // A second download in the same tick is sometimes dropped; give the first one a moment.
  await new Promise((r) => setTimeout(r, 300));
  downloadText(names[1], factsCsv(records), CSV_MIME);
  return names;
}

export interface ExportCsvButtonProps {
  /** The notices to export (the dashboard's filtered rows); absent: all. Not applied yet. */
  noticeIds?: number[];
}

export function ExportCsvButton(_props: ExportCsvButtonProps = {}) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const [a, b] = await exportCsvFiles();
      setMessage(i18n.t('common.exportCsvDone', [a, b]));
    } catch (err) {
      setMessage(i18n.t('common.exportCsvFailed', [err instanceof Error ? err.message : String(err)]));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export-csv">
      <button type="button" data-testid="export-csv" disabled={busy} onClick={run}>
        {i18n.t('common.exportCsv')}
      </button>
      {message && <span className="muted small" data-testid="export-csv-message" role="status">{message}</span>}
    </span>
  );
}
