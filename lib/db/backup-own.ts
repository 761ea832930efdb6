// What a backup carries beside a notice's record, merged in: the archived text and the annotation
// where the collection has none, the corrections it does not already hold (same kind at the same
// anchor). Writes only what is missing, so importing the same file again writes nothing.
import type { ArchiveRow } from './archive-schema';
import type { ImportAnnotation, ImportCorrections } from './backup-schema';
import type { RectifyLensDb } from './database';
import { refreshSummary } from './refresh-summary';

export interface OwnParts {
  /** The packed archive (v3) or a function that packs the text (v2: only called when needed). */
  archive?: () => ArchiveRow;
  annotation?: ImportAnnotation;
  corrections?: ImportCorrections;
}

type Anchored = { kind: string; anchor: { start: number; end: number; exact: string } };

/** What the collection already holds of a notice, when the caller read it for a whole batch;
 *  importOwn keeps it up to date with what it writes. */
export interface HeldParts {
  archive: boolean;
  annotation: boolean;
  corrections: Anchored[];
}

const correctionKey = (c: Anchored) => `${c.kind}:${c.anchor.start}:${c.anchor.end}:${c.anchor.exact}`;

async function heldOf(db: RectifyLensDb, noticeId: number, own: OwnParts): Promise<HeldParts> {
  return {
    archive: !!own.archive && (await db.archives.where('noticeId').equals(noticeId).count()) > 0,
    annotation: !!own.annotation && !!(await db.annotations.get(noticeId)),
    corrections: own.corrections?.length ? await db.corrections.where('noticeId').equals(noticeId).toArray() : [],
  };
}

/** Must run inside a 'rw' transaction over SUMMARY_TABLE_NAMES and archives. Returns rows written. */
export async function importOwn(db: RectifyLensDb, noticeId: number, own: OwnParts, given?: HeldParts): Promise<number> {
  const held = given ?? (await heldOf(db, noticeId, own));
  let written = 0;
  if (own.archive && !held.archive) {
    await db.archives.put({ ...own.archive(), noticeId });
    held.archive = true;
    written++;
  }
  let summaryChanged = false;
  if (own.annotation && !held.annotation) {
    await db.annotations.put({ ...own.annotation, noticeId });
    held.annotation = true;
    written++;
    summaryChanged = true;
  }
  if (own.corrections?.length) {
    const have = new Set(held.corrections.map(correctionKey));
    const fresh = own.corrections.filter((c) => !have.has(correctionKey(c))).map((c) => ({ ...c, noticeId }));
    if (fresh.length) {
      await db.corrections.bulkAdd(fresh);
      held.corrections.push(...fresh);
      written += fresh.length;
      summaryChanged = true;
    }
  }
  // The summary (tags, corrected figures) follows only when something it reads was written.
  if (summaryChanged) await refreshSummary(db, noticeId);
  return written;
}
