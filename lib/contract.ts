// The extraction contract of ../shared/spec/extraction.md as zod schemas. Every layer (CLI,
// content script, messages, database, CSV) speaks these types; field names are fixed.
import { z } from 'zod';
import { CODES, type Code } from './vocabulary';

export const codeSchema = z.enum(CODES as [Code, ...Code[]]);

export const factSchema = z.object({
  kind: z.enum(['sanction', 'money', 'count']),
  code: codeSchema,
  label: z.string(),
  /** People or cases for sanctions and counts, yuan for money; null when no number is named. */
  value: z.number().nullable(),
  unit: z.string().nullable(),
  approx: z.boolean(),
  parent: codeSchema.nullable(),
  headline: z.boolean(),
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Fact = z.infer<typeof factSchema>;

export const numberMentionSchema = z.object({
  value: z.number(),
  /** The unit or counter as written (人, 人次, 件, 元 …, % for percentages); null if none. */
  unit: z.string().nullable(),
  approx: z.boolean(),
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type NumberMention = z.infer<typeof numberMentionSchema>;

export const checkSchema = z.object({
  code: codeSchema,
  stated: z.number(),
  sumOfParts: z.number(),
  ok: z.boolean(),
  /**
   * The breakdown does not claim to be complete (其中/含/包括 naming only some grades, or an
   * uncoded 其他N人 among the parts): a sum below the total is then no mismatch. Absent in
   * records written before it existed.
   */
  partial: z.boolean().optional(),
});
export type Check = z.infer<typeof checkSchema>;

export const detectionSchema = z.object({
  isNotice: z.boolean(),
  score: z.number().min(0).max(1),
  reasons: z.array(z.string()),
});
export type Detection = z.infer<typeof detectionSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();

export const noticeFieldsSchema = z.object({
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  inspectedUnit: z.string().nullable(),
  inspectionBody: z.string().nullable(),
  inspectionType: z.enum(['巡视', '巡察']).nullable(),
  inspectionStart: isoDate,
  inspectionEnd: isoDate,
  feedbackDate: isoDate,
  publishedDate: isoDate,
});
export type NoticeFields = z.infer<typeof noticeFieldsSchema>;

export const EMPTY_NOTICE: NoticeFields = {
  title: null,
  issuer: null,
  inspectedUnit: null,
  inspectionBody: null,
  inspectionType: null,
  inspectionStart: null,
  inspectionEnd: null,
  feedbackDate: null,
  publishedDate: null,
};

export const extractionSchema = z.object({
  source: z.string(),
  detection: detectionSchema,
  notice: noticeFieldsSchema,
  facts: z.array(factSchema),
  numbers: z.array(numberMentionSchema),
  checks: z.array(checkSchema),
});
export type Extraction = z.infer<typeof extractionSchema>;
