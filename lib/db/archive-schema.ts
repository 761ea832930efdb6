// The flattened text of a saved notice, compressed, so the notice stays readable and citable after
// the site removes the page, and can be re-extracted by a newer engine. Its own table: reading
// notices for a table or the popup never loads the texts.
import { z } from 'zod';

export const archiveRowSchema = z.object({
  noticeId: z.number().int().positive(),
  /** How `data` is encoded; deflate-raw is what fflate's deflateSync and CompressionStream write. */
  encoding: z.enum(['deflate-raw', 'utf-8']),
  data: z.instanceof(Uint8Array),
  /** Of the text before compression: what the facts' offsets index into. */
  textLength: z.number().int().nonnegative(),
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
  archivedAt: z.string().datetime({ offset: true }),
});
export type ArchiveRow = z.infer<typeof archiveRowSchema>;
