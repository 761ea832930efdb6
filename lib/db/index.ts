// The database's public face: import from 'lib/db', not from its files.
export { DB_NAME, RectifyLensDb } from './database';
export { LATEST_VERSION, SCHEMA_VERSIONS } from './versions';
export { factRowSchema, noticeRowSchema, type FactRow, type NoticeRow, type StoredFact, type StoredNotice } from './schema';
export { saveNotice, noticeInputFromRequest } from './save-notice';
export { removeNotice, restoreNotice, type RemovedNotice } from './remove-notice';
export * from './annotation-schema';
export * from './archive-schema';
export * from './collect-schema';
export * from './summary-schema';
export { applyCorrections, acceptedFacts, type CorrectedFact, type FactOrigin } from './apply-corrections';
export { buildSummary, updateStats, emptyStats, SUMMARY_VERSION } from './summaries';
export { refreshSummary, rebuildSummaries, summariesStale, ensureSummaries, SUMMARY_TABLE_NAMES, type SummaryTables } from './refresh-summary';
export { describeStorageError, storageFailure, type StorageFailure } from './storage-errors';
export { factChanges, type FactChanges } from './fact-changes';
export { savedNoticeRecords, savedNoticeRecordPages, toExtraction, CSV_PAGE, type SavedNoticeRecord, type RecordPageOptions } from './csv-records';
export {
  exportBackup, importBackup, backupFileName, backupSchema, backupChunks, importBackupFile,
  type Backup, type ImportResult, type BackupProgress, type ImportProgress,
} from './backup';
export { putCorrection, deleteCorrection, setAnnotation } from './annotate';
export { archiveText, readArchivedText, packText, unpackText } from './archive-text';
export { anchorOf, correctionPatch, correctionOf, rejectionOf, additionOf, guessFact, parseFigure, type FactEdit, type AddedFactEdit } from './correction-drafts';
