// The input of the CSV builders: one saved (or command-line) extraction and where it came from.
import type { Extraction } from '../contract';

export interface CsvNoticeRecord {
  url: string;
  /** ISO timestamp of the save; null for the command line. */
  savedAt: string | null;
  extraction: Extraction;
}

/** Where a fact in a saved record comes from (lib/db/apply-corrections.ts); the command line's
 *  facts carry none and are extracted. */
export type CsvFactOrigin = 'extracted' | 'corrected' | 'added' | 'rejected';

export function originOf(fact: object): CsvFactOrigin {
  return (fact as { origin?: CsvFactOrigin }).origin ?? 'extracted';
}
