// Both CSV files of an export, written as a stream: the header chunks, then one chunk of rows per
// page of records. The row and column logic is notices-csv.ts's and facts-csv.ts's; this only
// cuts the files into pieces, so a chunked file is byte for byte the file noticesCsv and factsCsv
// write.
import type { CsvNoticeRecord } from './csv-record';
import { FACT_COLUMNS, factRows } from './facts-csv';
import { NOTICE_COLUMNS, noticeRow } from './notices-csv';
import { csvBody, csvHead } from './write-csv';

export interface CsvChunk {
  notices: string;
  facts: string;
  /** Records written so far. */
  done: number;
}

export async function* csvChunks(pages: AsyncIterable<readonly CsvNoticeRecord[]>): AsyncGenerator<CsvChunk> {
  let done = 0;
  yield { notices: csvHead(NOTICE_COLUMNS), facts: csvHead(FACT_COLUMNS), done };
  for await (const records of pages) {
    done += records.length;
    yield { notices: csvBody(records.map(noticeRow)), facts: csvBody(factRows(records)), done };
  }
}
