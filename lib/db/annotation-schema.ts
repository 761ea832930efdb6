// What a researcher adds to a saved notice: corrections of its facts, and tags and a note. Kept in
// their own tables, apart from what was extracted, so a re-save or re-extraction of the notice
// (which rewrites its facts) never loses them; they are applied when the facts are read.
import { z } from 'zod';
import { codeSchema, factSchema } from '../contract';
import { textQuoteSelectorSchema } from '../messages';

const isoTimestamp = z.string().datetime({ offset: true });

/** corrected: a fact's value, unit or code changed; rejected: the fact is wrong; added: missing. */
export const correctionKindSchema = z.enum(['corrected', 'rejected', 'added']);
export type CorrectionKind = z.infer<typeof correctionKindSchema>;

export const correctionRowSchema = z.object({
  id: z.number().int().positive().optional(),
  noticeId: z.number().int().positive(),
  kind: correctionKindSchema,
  /** The fact corrected or rejected; absent for an added fact. */
  factId: z.number().int().positive().optional(),
  /** Where the corrected fact's words are: re-attaches the correction when the fact's row is
   *  replaced (re-extraction by a changed engine), and places an added fact. */
  anchor: textQuoteSelectorSchema,
  /** corrected: only the fields the researcher changed. */
  patch: z.object({ value: z.number().nullable(), unit: z.string().nullable(), code: codeSchema }).partial().optional(),
  /** added: the whole fact as the researcher described it. */
  fact: factSchema.optional(),
  comment: z.string().max(2000).optional(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});
export type CorrectionRow = z.infer<typeof correctionRowSchema>;
export type StoredCorrection = CorrectionRow & { id: number };

export const TAG_MAX = 60;
export const tagSchema = z.string().trim().min(1).max(TAG_MAX);

/** Tags and a free-text note; one row per notice that has any. */
export const annotationRowSchema = z.object({
  noticeId: z.number().int().positive(),
  tags: z.array(tagSchema).max(50),
  note: z.string().max(20_000),
  updatedAt: isoTimestamp,
});
export type AnnotationRow = z.infer<typeof annotationRowSchema>;
