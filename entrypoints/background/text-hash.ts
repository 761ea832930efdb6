// SHA-256 of a page text, with the browser's WebCrypto (the background may use it; lib/ may not).

/** SHA-256 (hex) of the text's UTF-8, to recognise the same notice at another URL. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
