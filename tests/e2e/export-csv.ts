// Clicks a page's "Export CSV" (popup or dashboard) and reads back the two files it downloads.
import fs from 'node:fs';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { waitFor } from '../../scripts/lib/browser';

export type CsvRows = Record<string, string>[];

export async function exportCsvFiles(page: Page): Promise<{ notices: CsvRows; facts: CsvRows }> {
  const downloads: Download[] = [];
  const onDownload = (d: Download) => void downloads.push(d);
  page.on('download', onDownload);
  try {
    await page.getByTestId('export-csv').click();
    await waitFor('two CSV downloads', async () => downloads.length >= 2, 20_000);
  } finally {
    page.off('download', onDownload);
  }
  const read = async (kind: string): Promise<CsvRows> => {
    const file = downloads.find((d) => d.suggestedFilename().includes(kind))!;
    const csv = fs.readFileSync((await file.path())!, 'utf8');
    return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data; // slice: the BOM
  };
  return { notices: await read('notices'), facts: await read('facts') };
}
