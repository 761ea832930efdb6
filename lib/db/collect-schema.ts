// Collecting a list page: a run (one list the user chose) and its queue of linked pages. Both live
// in the database, not in the worker's memory, so a run resumes after the browser or the worker
// restarts, and its final report survives.
import { z } from 'zod';

const isoTimestamp = z.string().datetime({ offset: true });

export const collectRunStatusSchema = z.enum(['running', 'paused', 'cancelled', 'done']);

export const collectRunRowSchema = z.object({
  id: z.number().int().positive().optional(),
  listUrl: z.string().url(),
  /** The one origin the run may request: the list page's site. */
  origin: z.string().url(),
  followNext: z.boolean(),
  status: collectRunStatusSchema,
  /** List pages already read (the first and those behind 下一页), so none is read twice. */
  listPages: z.array(z.string().url()),
  /** (collect helper, not indexed) The 下一页 link not yet read; null when there is none. */
  nextPage: z.string().url().nullable().optional(),
  /** (collect helper, not indexed) Why a next list page could not be read (http-404, timeout…). */
  listError: z.string().optional(),
  /** (collect helper, not indexed) Paused until the user grants the site's host permission. */
  awaitingPermission: z.boolean().optional(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});
export type CollectRunRow = z.infer<typeof collectRunRowSchema>;

export const collectItemStatusSchema = z.enum(['queued', 'fetching', 'saved', 'updated', 'skipped', 'failed']);

export const collectItemRowSchema = z.object({
  id: z.number().int().positive().optional(),
  runId: z.number().int().positive(),
  /** Order within the run: the order the links were found. */
  seq: z.number().int().nonnegative(),
  url: z.string().url(),
  linkText: z.string().optional(),
  status: collectItemStatusSchema,
  /** Why skipped or failed: http-404, not-a-notice, already-saved, timeout, … */
  reason: z.string().optional(),
  noticeId: z.number().int().positive().optional(),
  attempts: z.number().int().nonnegative(),
  finishedAt: isoTimestamp.optional(),
});
export type CollectItemRow = z.infer<typeof collectItemRowSchema>;
