// Reads one input of the command-line extractor as the text the extension would see:
// .html/.htm through linkedom and flattenText (the content script's rules), anything else as text.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { textOfHtmlDocument } from '../../lib/dom/flatten-text';
import { bomEncoding, decodeHtml, decodeText, looksBinary } from './decode';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;

export function htmlToText(html: string): string {
  // linkedom drops content it cannot place in <html>, so give fragments a root.
  const source = /<html[\s>]/i.test(html) ? html : `<html><head></head><body>${html.replace(/<!doctype[^>]*>/i, '')}</body></html>`;
  const { document } = parseHTML(source);
  return textOfHtmlDocument(document as unknown as Document);
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

export async function readDocument(path: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (!info.isFile()) return { ok: false, reason: 'not a regular file' };
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (not text or HTML)' };
  const ext = extname(path).toLowerCase();
  const isHtml = HTML_EXTENSIONS.has(ext) || (ext !== '.txt' && HTML_START.test(bytes.subarray(bomEncoding(bytes)?.length ?? 0, 1024).toString('latin1')));
  try {
    return { ok: true, text: isHtml ? htmlToText(decodeHtml(bytes)) : decodeText(bytes) };
  } catch (error) {
    return { ok: false, reason: `cannot decode: ${reasonOf(error)}` };
  }
}
