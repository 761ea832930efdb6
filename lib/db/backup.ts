// Backups: the public face of lib/db/backup-*.ts.
export {
  BACKUP_FORMAT, BACKUP_VERSION, BACKUP_STREAM_VERSION, backupSchema, backupHeaderSchema, backupRecordSchema,
  type Backup, type BackupHeader, type BackupRecord, type ImportResult,
} from './backup-schema';
export { exportBackup, importBackup } from './backup-legacy';
export { backupChunks, backupFileName, BACKUP_PAGE, type BackupProgress, type BackupWriteOptions } from './backup-write';
export { importBackupFile, IMPORT_BATCH, type ImportOptions, type ImportProgress, type OpenBytes } from './backup-read';
