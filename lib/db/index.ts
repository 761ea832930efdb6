// The database's public face: import from 'lib/db', not from its files.
export { DB_NAME, RectifyLensDb } from './database';
export { LATEST_VERSION, SCHEMA_VERSIONS } from './versions';
export { factRowSchema, noticeRowSchema, type FactRow, type NoticeRow, type StoredFact, type StoredNotice } from './schema';
export { saveNotice, removeNotice, noticeInputFromRequest } from './save-notice';
export { describeStorageError, storageFailure, type StorageFailure } from './storage-errors';
export { factChanges, type FactChanges } from './fact-changes';
export { savedNoticeRecords, toExtraction, type SavedNoticeRecord } from './csv-records';
export { exportBackup, importBackup, backupFileName, backupSchema, type Backup, type ImportResult } from './backup';
