// Export the whole collection as a backup (format 3: JSON Lines), or merge a
// backup file of any version back in. Both are streams with a progress bar: the export reads the
// collection a page at a time into a Blob of parts; the import reads the file twice (check every
// line, then write a batch per transaction), so a damaged file is refused before any write.
import { useRef, useState } from 'react';
import { i18n } from '../i18n';
import { backupChunks, backupFileName, importBackupFile, type ImportProgress } from '@/lib/db';
import { getDb } from '@/entrypoints/background/database';
import { blobOfChunks, downloadBlob } from '../download-file';
import { TransferProgress, type Progress } from '../transfer-progress';

/** Plain JSON Lines: gzip (CompressionStream) halves the file but was most of the export's time in
 *  bench:scale (1,000 notices: 51 s of a loaded machine's time, mostly compressing ~60 MB). The
 *  import reads gzip too, so a researcher may compress a backup themselves. */
const GZIP = false;

export async function exportBackupFile(onProgress?: (done: number, total: number) => void): Promise<string> {
  const now = new Date();
  const chunks = backupChunks(getDb(), { now, onProgress: (p) => onProgress?.(p.done, p.total) });
  const blob = await blobOfChunks(chunks, 'application/x-ndjson', GZIP);
  const name = backupFileName(now, GZIP);
  downloadBlob(name, blob);
  return name;
}

/** The import's failure in the UI's language (the English `error` when the reason is unknown). */
function importErrorText(result: { error: string; reason?: string; detail?: string }): string {
  switch (result.reason) {
    case 'not-json':
      return i18n.t('errors.importNotJson');
    case 'invalid':
      return i18n.t('errors.importInvalid', [result.detail ?? '']);
    case 'storage':
      return i18n.t('errors.importStorage', [result.detail ?? '']);
    default:
      return result.error;
  }
}

export function BackupControls() {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const doExport = async () => {
    setMessage(null);
    setProgress({ label: '', done: 0, total: 0 });
    try {
      const name = await exportBackupFile((done, total) =>
        setProgress({ label: i18n.t('transfer.backupProgress', [String(done), String(total)]), done, total }),
      );
      setMessage({ ok: true, text: i18n.t('transfer.backupDone', [name]) });
    } catch (err) {
      setMessage({ ok: false, text: i18n.t('transfer.backupFailed', [err instanceof Error ? err.message : String(err)]) });
    } finally {
      setProgress(null);
    }
  };
  const doImport = async (file: File | undefined) => {
    if (!file) return;
    setMessage(null);
    setProgress({ label: '', done: 0, total: 0 });
    const onProgress = ({ phase, done, total }: ImportProgress) =>
      setProgress({ label: i18n.t(phase === 'check' ? 'transfer.importChecking' : 'transfer.importWriting', [String(done), String(total)]), done, total });
    try {
      const result = await importBackupFile(getDb(), () => file.stream(), { onProgress });
      setMessage(
        result.status === 'imported'
          ? { ok: true, text: i18n.t('dashboard.importDone', [String(result.added), String(result.updated), String(result.skipped)]) }
          : { ok: false, text: importErrorText(result) },
      );
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <>
      <button type="button" data-testid="export-backup" disabled={progress !== null} onClick={() => void doExport()}>
        {i18n.t('transfer.exportBackup')}
      </button>
      <label className="button-like">
        {i18n.t('dashboard.importBackup')}
        <input
          ref={input}
          type="file"
          accept=".jsonl,.gz,.json,application/json,application/gzip,application/x-ndjson"
          data-testid="import-backup"
          disabled={progress !== null}
          onChange={(e) => void doImport(e.target.files?.[0])}
        />
      </label>
      {progress && <TransferProgress progress={progress} testId="backup-progress" />}
      {message && (
        <span
          className={`small ${message.ok ? 'ok' : 'error'}`}
          data-testid="import-message"
          data-status={message.ok ? 'imported' : 'error'}
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </span>
      )}
    </>
  );
}
