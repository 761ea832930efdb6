// The input of the CSV builders: one saved (or command-line) extraction and where it came from.
import type { Extraction } from '../contract';

export interface CsvNoticeRecord {
  url: string;
  /** ISO timestamp of the save; null for the command line. */
  savedAt: string | null;
  extraction: Extraction;
}
