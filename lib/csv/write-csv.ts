// One CSV writer for every export: papaparse does the RFC 4180 quoting; we add the BOM (Excel
// on Chinese Windows reads BOM-less UTF-8 as GBK), CRLF line ends and formula neutralisation.
import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null;

/**
 * papaparse's `escapeFormulae` prefixes `'` to text cells starting with = + - @ tab or CR and
 * leaves number and boolean primitives alone, so numeric columns must be passed as numbers:
 * then a negative figure stays a number while a quote like "-5人" cannot run as a formula.
 */
export function writeCsv(fields: readonly string[], rows: readonly CsvCell[][]): string {
  const body = Papa.unparse(
    { fields: [...fields], data: rows.map((r) => [...r]) },
    { newline: '\r\n', escapeFormulae: true, quotes: false, header: true },
  );
  // papaparse ends a header-only file with a newline but not a file with rows.
  return '\uFEFF' + (body.endsWith('\r\n') ? body : body + '\r\n');
}
