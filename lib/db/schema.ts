// Row schemas of the database (zod first, types inferred). Every write parses its row here,
// so nothing that breaks the contract reaches IndexedDB.
import { z } from 'zod';
import { checkSchema, detectionSchema, factSchema, noticeFieldsSchema, numberMentionSchema } from '../contract';
import { textQuoteSelectorSchema, textSignatureSchema } from '../messages';

const isoTimestamp = z.string().datetime({ offset: true });

/** One saved notice: where it was seen, the extraction minus its facts, and bookkeeping. */
export const noticeRowSchema = z.object({
  id: z.number().int().positive().optional(),
  url: z.string().url(),
  canonicalUrl: z.string().url(),
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
  textLength: z.number().int().nonnegative(),
  /** Sketch of the text (lib/identity/text-signature.ts) that tells an edited page from another
   *  notice at the same URL. Absent on rows saved before schema v2 or imported without one. */
  textSignature: textSignatureSchema.optional(),
  pageTitle: z.string(),
  source: z.string(),
  notice: noticeFieldsSchema,
  detection: detectionSchema,
  checks: z.array(checkSchema),
  numbers: z.array(numberMentionSchema),
  /** First time this notice was saved; kept across updates. */
  savedAt: isoTimestamp,
  updatedAt: isoTimestamp,
  factCount: z.number().int().nonnegative(),
  /** The engine (lib/engine-version.ts) that produced the facts; absent on rows saved before v3. */
  engineVersion: z.string().optional(),
});
export type NoticeRow = z.infer<typeof noticeRowSchema>;

/** One fact of a saved notice, with the selector that re-finds it in the page. */
export const factRowSchema = factSchema.extend({
  id: z.number().int().positive().optional(),
  noticeId: z.number().int().positive(),
  selector: textQuoteSelectorSchema,
});
export type FactRow = z.infer<typeof factRowSchema>;

/** A notice as stored, with its id guaranteed (rows read back from the table). */
export type StoredNotice = NoticeRow & { id: number };
export type StoredFact = FactRow & { id: number };
