// The database's public face: import from 'lib/db', not from its files.
export { DB_NAME, RectifyLensDb, getDb } from './database';
export { LATEST_VERSION, SCHEMA_VERSIONS } from './versions';
export { factRowSchema, noticeRowSchema, type FactRow, type NoticeRow, type StoredFact, type StoredNotice } from './schema';
export { saveNotice, removeNotice, noticeInputFromRequest } from './save-notice';
export { describeStorageError } from './storage-errors';
export { savedNoticeRecords, toExtraction, type SavedNoticeRecord } from './csv-records';
export { exportBackup, importBackup, backupFileName, backupSchema, type Backup, type ImportResult } from './backup';
export { requestPersistentStorage } from './persist';
export { handleRemoveNotice, type HandlerContext } from './message-handlers';
