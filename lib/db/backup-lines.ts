// A file's bytes as a stream of text lines: gunzipped when the file starts with gzip's magic
// bytes, decoded as UTF-8, split at line ends. Only one chunk and one line are held at a time.

const GZIP_MAGIC = [0x1f, 0x8b];

/** The stream's bytes, gunzipped if they are gzip. */
export async function plainBytes(stream: ReadableStream<Uint8Array>): Promise<ReadableStream<Uint8Array>> {
  const reader = stream.getReader();
  let first = await reader.read();
  while (!first.done && first.value.length === 0) first = await reader.read();
  const head = first.done ? undefined : first.value;
  // Put the peeked chunk back in front of the rest.
  const whole = new ReadableStream<Uint8Array>({
    start(controller) {
      if (head) controller.enqueue(head);
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  const gzipped = head !== undefined && head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  return gzipped ? whole.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>) : whole;
}

/** Each line of the (possibly gzipped) UTF-8 stream, without its line end; a BOM is dropped. */
export async function* textLines(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const text = (await plainBytes(stream)).pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>);
  const reader = text.getReader();
  let rest = '';
  let first = true;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // The held part has no line end: search only what just came.
      const searchFrom = rest.length;
      rest += value;
      if (first && rest.length) {
        if (rest.charCodeAt(0) === 0xfeff) rest = rest.slice(1);
        first = false;
      }
      let at = rest.indexOf('\n', Math.max(0, searchFrom - 1));
      let from = 0;
      while (at !== -1) {
        yield stripCr(rest.slice(from, at));
        from = at + 1;
        at = rest.indexOf('\n', from);
      }
      rest = rest.slice(from);
    }
    if (rest.length) yield stripCr(rest);
  } finally {
    reader.releaseLock();
  }
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** The whole stream as one string: for the small single-document backups (v1, v2) only. */
export async function wholeText(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(await plainBytes(stream)).text();
}
