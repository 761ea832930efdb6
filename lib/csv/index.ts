// CSV exports shared by the extension's download buttons and the command-line extractor.
export type { CsvNoticeRecord } from './csv-record';
export { NOTICE_COLUMNS, noticesCsv } from './notices-csv';
export { FACT_COLUMNS, factsCsv } from './facts-csv';
export { csvFileName, type CsvKind } from './file-name';
export { writeCsv, csvHead, csvBody, type CsvCell } from './write-csv';
export { csvChunks, type CsvChunk } from './csv-chunks';
