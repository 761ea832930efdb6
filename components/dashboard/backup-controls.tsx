// Export the whole collection as JSON, or merge a backup file back in (all or nothing).
import { useRef, useState } from 'react';
import { i18n } from '../i18n';
import { backupFileName, exportBackup, importBackup } from '@/lib/db';
import { getDb } from '@/entrypoints/background/database';
import { downloadText } from '../download-file';

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
  const doExport = async () => {
    const backup = await exportBackup(getDb());
    downloadText(backupFileName(), JSON.stringify(backup, null, 1), 'application/json');
  };
  const doImport = async (file: File | undefined) => {
    if (!file) return;
    const result = await importBackup(getDb(), await file.text());
    setMessage(
      result.status === 'imported'
        ? { ok: true, text: i18n.t('dashboard.importDone', [String(result.added), String(result.updated), String(result.skipped)]) }
        : { ok: false, text: importErrorText(result) },
    );
    if (input.current) input.current.value = '';
  };
  return (
    <>
      <button type="button" data-testid="export-backup" onClick={() => void doExport()}>
        {i18n.t('dashboard.exportBackup')}
      </button>
      <label className="button-like">
        {i18n.t('dashboard.importBackup')}
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          data-testid="import-backup"
          onChange={(e) => void doImport(e.target.files?.[0])}
        />
      </label>
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
