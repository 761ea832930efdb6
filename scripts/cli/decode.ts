// Bytes → text for the command-line extractor: BOMs, declared HTML charsets, and the GBK family
// Chinese government sites still serve (decoded as GB18030, its superset).
import iconv from 'iconv-lite';

const GB_LABELS = new Set(['gb2312', 'gbk', 'x-gbk', 'gb_2312-80', 'gb_2312', 'chinese', 'csgb2312', 'iso-ir-58', 'gb18030', 'cp936', 'ms936', 'windows-936']);
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'utf-16', 'utf-16le', 'utf-16be']);
// Charset declarations: <meta charset>, <meta http-equiv content="…; charset=…">, <?xml encoding?>.
const DECLARED = /<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)|<\?xml\b[^>]*?encoding\s*=\s*["']([a-z0-9_:.+-]+)/i;

export type Encoding = string;

export function bomEncoding(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Binary files: NUL bytes, or more than 10 % control characters, in the first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bomEncoding(bytes)?.encoding.startsWith('utf-16')) return false;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return control > n * 0.1;
}

/** Normalises a charset label: GBK family → gb18030, unknown → null. */
export function normaliseCharset(label: string): Encoding | null {
  const l = label.trim().toLowerCase();
  if (GB_LABELS.has(l)) return 'gb18030';
  // A page cannot really declare UTF-16 in a meta it could be read with (WHATWG: treat as UTF-8).
  if (UTF8_LABELS.has(l)) return 'utf-8';
  if (l === 'big5' || l === 'big5-hkscs' || l === 'x-x-big5' || l === 'cn-big5') return 'big5hkscs';
  return iconv.encodingExists(l) ? l : null;
}

export function declaredCharset(bytes: Uint8Array): Encoding | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = DECLARED.exec(head);
  return m ? normaliseCharset(m[1] ?? m[2]) : null;
}

function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeWith(bytes: Uint8Array, encoding: Encoding): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes), encoding);
}

/** Plain text: a BOM decides; else UTF-8 if it is valid UTF-8, else GB18030. */
export function decodeText(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return decodeWith(bytes.subarray(bom.length), bom.encoding);
  return decodeUtf8Strict(bytes) ?? decodeWith(bytes, 'gb18030');
}

/** HTML: a BOM, then the declared charset, then UTF-8 falling back to GB18030 if invalid. */
export function decodeHtml(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return decodeWith(bytes.subarray(bom.length), bom.encoding);
  const declared = declaredCharset(bytes);
  if (declared) return decodeWith(bytes, declared);
  return decodeUtf8Strict(bytes) ?? decodeWith(bytes, 'gb18030');
}
