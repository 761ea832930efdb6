// What a backup file holds. Versions 1 and 2 are one JSON document (still imported: small historic
// files); version 3 is JSON Lines — a header, one line per notice, an end line — so a collection of
// any size is written and read as a stream, never as one string.
import { z } from 'zod';
import { annotationRowSchema, correctionRowSchema } from './annotation-schema';
import { archiveRowSchema } from './archive-schema';
import { factRowSchema, noticeRowSchema } from './schema';

export const BACKUP_FORMAT = 'rectify-lens-backup';
/** The version exportBackup (the single-document writer) writes. */
export const BACKUP_VERSION = 2;
/** The version the streamed writer writes. */
export const BACKUP_STREAM_VERSION = 3;

const backupFactSchema = factRowSchema.omit({ id: true, noticeId: true });
const backupCorrectionSchema = correctionRowSchema.omit({ id: true, noticeId: true, factId: true });
const backupAnnotationSchema = annotationRowSchema.omit({ noticeId: true });

export const backupNoticeSchema = noticeRowSchema.omit({ id: true, factCount: true }).extend({
  facts: z.array(backupFactSchema),
  /** v2: the archived flattened text. */
  text: z.string().optional(),
  annotation: backupAnnotationSchema.optional(),
  corrections: z.array(backupCorrectionSchema).optional(),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(1), z.literal(BACKUP_VERSION)]),
  exportedAt: z.string(),
  notices: z.array(backupNoticeSchema),
});
export type Backup = z.infer<typeof backupSchema>;

/** v3, first line: what follows, counted, so a reader can show progress. */
export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_STREAM_VERSION),
  exportedAt: z.string(),
  notices: z.number().int().nonnegative(),
  facts: z.number().int().nonnegative(),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** v3: the packed archive as stored, its bytes in base64 (JSON has no bytes). */
export const backupArchiveSchema = archiveRowSchema.omit({ noticeId: true, data: true }).extend({
  data: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

/** v3, one line per notice: its record, facts, and what a researcher added. */
export const backupRecordSchema = noticeRowSchema.omit({ id: true, factCount: true }).extend({
  type: z.literal('notice'),
  facts: z.array(backupFactSchema),
  archive: backupArchiveSchema.optional(),
  annotation: backupAnnotationSchema.optional(),
  corrections: z.array(backupCorrectionSchema).optional(),
});
export type BackupRecord = z.infer<typeof backupRecordSchema>;

/** v3, last line: how many notice lines came before it. A file cut short has none. */
export const backupEndSchema = z.object({ type: z.literal('end'), notices: z.number().int().nonnegative() });

export type ImportResult =
  | { status: 'imported'; added: number; updated: number; skipped: number }
  /** `reason` and `detail` let the UI say it in its language (`error` stays English, for logs). */
  | { status: 'error'; error: string; reason?: 'not-json' | 'invalid' | 'storage'; detail?: string };

export type ImportCorrections = NonNullable<Backup['notices'][number]['corrections']>;
export type ImportAnnotation = NonNullable<Backup['notices'][number]['annotation']>;
