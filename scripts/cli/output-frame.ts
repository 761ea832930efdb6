// What surrounds the files' chunks in each output format: the JSON array's brackets and commas
// (the same bytes as JSON.stringify(results, null, 2)), the CSV's BOM and header, nothing else.
import { factsCsv, noticesCsv } from '../../lib/csv';
import type { OutputFormat } from './args';

export interface OutputFrame {
  head: string;
  /** The text to write for the n-th (0-based) chunk. */
  item(chunk: string, n: number): string;
  tail(count: number): string;
}

const indent = (s: string) => s.replace(/\n/g, '\n  ');

export function outputFrame(format: OutputFormat): OutputFrame {
  switch (format) {
    case 'json':
      return { head: '', item: (c, n) => `${n === 0 ? '[\n' : ',\n'}  ${indent(c)}`, tail: (count) => (count === 0 ? '[]\n' : '\n]\n') };
    case 'csv':
      return { head: factsCsv([]), item: (c) => c, tail: () => '' };
    case 'csv-notices':
      return { head: noticesCsv([]), item: (c) => c, tail: () => '' };
    case 'explain':
      return { head: '', item: (c, n) => (n === 0 ? c : `\n${c}`), tail: () => '' };
    case 'jsonl':
      return { head: '', item: (c) => c, tail: () => '' };
  }
}
