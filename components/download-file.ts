// Saves a file through an <a download> with a Blob URL: works in extension pages without the
// "downloads" permission. Large exports are built as Blobs of parts (blobOfChunks), never as one
// string: each chunk becomes a small Blob at once, so the page holds one chunk at a time and the
// browser keeps the rest in its blob store.
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the download starts asynchronously and still needs the URL.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadText(fileName: string, text: string, mime: string): void {
  downloadBlob(fileName, new Blob([text], { type: mime }));
}

/** Collects streamed text chunks into a Blob; gzip-compresses them on the way when asked. */
export async function blobOfChunks(chunks: AsyncIterable<string>, mime: string, gzip = false): Promise<Blob> {
  const parts: Blob[] = [];
  if (!gzip) {
    for await (const chunk of chunks) parts.push(new Blob([chunk]));
    return new Blob(parts, { type: mime });
  }
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const source = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  const reader = source.pipeThrough(new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(new Blob([value as BlobPart]));
  }
  return new Blob(parts, { type: 'application/gzip' });
}
