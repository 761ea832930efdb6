// Derived rows the collection views read at scale: one small summary per notice (what the table,
// its filters, the charts and the popup need, with corrections applied), and running totals over
// the whole collection. Both are rebuilt from notices, facts, corrections and annotations
// (lib/db/summaries.ts), never edited by hand; SUMMARY_VERSION says which rules built them.
import { z } from 'zod';
import { codeSchema, noticeFieldsSchema } from '../contract';

export const figureSourceSchema = z.enum(['headline', 'facts']);

export const summaryFigureSchema = z.object({
  code: codeSchema,
  kind: z.enum(['sanction', 'money', 'count']),
  value: z.number(),
  unit: z.string().nullable(),
  approx: z.boolean(),
  parent: codeSchema.nullable(),
  /** headline: the notice's own summary figure; facts: its top-level facts of this code. */
  from: figureSourceSchema,
});
export type SummaryFigure = z.infer<typeof summaryFigureSchema>;

export const summaryRowSchema = z.object({
  noticeId: z.number().int().positive(),
  url: z.string(),
  host: z.string(),
  title: z.string(),
  notice: noticeFieldsSchema,
  /** Publication year (else feedback, else inspection end); absent when the notice names none. */
  year: z.number().int().optional(),
  /** Indexed as ['', …] when unknown: IndexedDB cannot index null. */
  issuer: z.string(),
  inspectionBody: z.string(),
  inspectionType: z.string(),
  province: z.string(),
  city: z.string(),
  county: z.string(),
  divisionCode: z.string(),
  figures: z.array(summaryFigureSchema),
  /** Every code the notice has a fact of (after corrections): the "has code X" filter. */
  codes: z.array(codeSchema),
  factCount: z.number().int().nonnegative(),
  warningCount: z.number().int().nonnegative(),
  correctionCount: z.number().int().nonnegative(),
  tags: z.array(z.string()),
  note: z.string(),
  engineVersion: z.string(),
  savedAt: z.string(),
  updatedAt: z.string(),
});
export type SummaryRow = z.infer<typeof summaryRowSchema>;

export const codeTotalSchema = z.object({
  kind: z.enum(['sanction', 'money', 'count']),
  /** The total this code breaks down, as the latest contributing notice had it. */
  parent: codeSchema.nullable(),
  value: z.number(),
  notices: z.number().int().nonnegative(),
  approxNotices: z.number().int().nonnegative(),
  units: z.record(z.string(), z.number()),
});

/** key 'collection': totals kept in step with the summaries in the same transactions. */
export const statsRowSchema = z.object({
  key: z.literal('collection'),
  summaryVersion: z.number().int().nonnegative(),
  notices: z.number().int().nonnegative(),
  facts: z.number().int().nonnegative(),
  byCode: z.record(z.string(), codeTotalSchema),
});
export type StatsRow = z.infer<typeof statsRowSchema>;
