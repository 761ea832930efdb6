// The input of the CSV builders: one saved (or command-line) extraction and where it came from.
import type { Extraction } from '../contract';
import type { Region } from '../regions/infer-region';
import type { CsvCell } from './write-csv';

export interface CsvNoticeRecord {
  url: string;
  /** ISO timestamp of the save; null for the command line. */
  savedAt: string | null;
  extraction: Extraction;
  /** Where the notice's unit is (lib/regions); absent: the region columns stay empty. It is
   *  passed in, not inferred here, so the CSV writers do not carry the division data. */
  region?: Region;
  /** The researcher's tags and note (the dashboard's export); absent: empty columns. */
  annotation?: { tags: readonly string[]; note: string };
}

export const REGION_COLUMNS: readonly string[] = ['province', 'city', 'county', 'division_code'];

export function regionCells(region: Region | undefined): CsvCell[] {
  return region ? [region.province, region.city, region.county, region.divisionCode] : [null, null, null, null];
}

/** Where a fact in a saved record comes from (lib/db/apply-corrections.ts); the command line's
 *  facts carry none and are extracted. */
export type CsvFactOrigin = 'extracted' | 'corrected' | 'added' | 'rejected';

export function originOf(fact: object): CsvFactOrigin {
  return (fact as { origin?: CsvFactOrigin }).origin ?? 'extracted';
}
