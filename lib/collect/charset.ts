// Which character set a fetched page is in, and its text. Chinese government sites still serve
// GB2312/GBK pages; the HTTP Content-Type wins, then <meta charset> / http-equiv in the first
// bytes, then UTF-8 if the bytes are valid UTF-8, else GB18030. TextDecoder('gbk') is the
// WHATWG GBK decoder (the GB18030 superset) in every browser, so no table ships with us.

const GB_LABELS = new Set(['gb2312', 'gbk', 'x-gbk', 'gb_2312-80', 'gb_2312', 'chinese', 'csgb2312', 'iso-ir-58', 'gb18030', 'cp936', 'ms936', 'windows-936']);
const META = /<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)/i;
const HEAD_BYTES = 4096;

export class DecodeError extends Error {}

/** The charset parameter of a Content-Type header, lower-cased, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return m ? m[1].toLowerCase() : null;
}

/** A <meta charset> or <meta http-equiv content="…; charset=…"> in the page's first 4 KB. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  // Latin-1 keeps every byte one character: the declaration is ASCII in any of these charsets.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_BYTES));
  const m = META.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** The TextDecoder label for a declared charset (GBK family → 'gbk'), or null if unknown. */
export function decoderLabel(charset: string): string | null {
  const label = charset.trim().toLowerCase();
  if (GB_LABELS.has(label)) return 'gbk';
  // WHATWG: a page cannot really be UTF-16 by a declaration it was read with.
  if (label.startsWith('utf-16') || label === 'utf8') return 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function bom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export interface Decoded {
  text: string;
  /** The decoder used, e.g. 'utf-8', 'gbk'. */
  encoding: string;
}

/** The page's text. Throws DecodeError for a charset no decoder knows. */
export function decodeHtmlBytes(bytes: Uint8Array, contentType?: string | null): Decoded {
  const fromBom = bom(bytes);
  if (fromBom) return { text: new TextDecoder(fromBom).decode(bytes), encoding: fromBom };
  const declared = charsetFromContentType(contentType) ?? charsetFromMeta(bytes);
  if (declared) {
    const label = decoderLabel(declared);
    if (!label) throw new DecodeError(`unknown charset ${declared}`);
    return { text: new TextDecoder(label).decode(bytes), encoding: label };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
}
