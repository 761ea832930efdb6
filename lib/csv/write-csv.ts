// One CSV writer for every export: papaparse does the RFC 4180 quoting; we add the BOM (Excel
// on Chinese Windows reads BOM-less UTF-8 as GBK), CRLF line ends and formula neutralisation.
import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null;

/**
 * A text cell a spreadsheet could run as a formula: one starting with = + - @ tab or CR,
 * whatever follows. papaparse's own default, /^[=+\-@\t\r].*$/, needs the whole cell on one
 * line (`.` stops at a line break and `$` has no `m` flag), so "=cmd|' /C calc'!A0\n…" slipped
 * through; only the first character matters.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * papaparse prefixes `'` to the text cells FORMULA_START matches and leaves number and boolean
 * primitives alone, so numeric columns must be passed as numbers: then a negative figure stays a
 * number while a quote like "-5人" cannot run as a formula.
 */
const OPTIONS = { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false } as const;

export function writeCsv(fields: readonly string[], rows: readonly CsvCell[][]): string {
  const body = Papa.unparse({ fields: [...fields], data: rows.map((r) => [...r]) }, { ...OPTIONS, header: true });
  // papaparse ends a header-only file with a newline but not a file with rows.
  return '\uFEFF' + (body.endsWith('\r\n') ? body : body + '\r\n');
}

/**
 * The same file in pieces, for exports written as a stream: csvHead is the BOM and the header
 * line, csvBody a run of rows with its line ends; csvHead + csvBody(a) + csvBody(b) equals
 * writeCsv(fields, [...a, ...b]).
 */
export function csvHead(fields: readonly string[]): string {
  return writeCsv(fields, []);
}

export function csvBody(rows: readonly CsvCell[][]): string {
  if (!rows.length) return '';
  return Papa.unparse(rows.map((r) => [...r]), { ...OPTIONS, header: false }) + '\r\n';
}
