// Exports are Blobs of parts: the parts join to the text the chunks make, gzip or not.
import { describe, expect, it } from 'vitest';
import { blobOfChunks } from '../../components/download-file';
import { textLines } from '../../lib/db/backup-lines';

async function* chunks(parts: string[]): AsyncGenerator<string> {
  for (const p of parts) yield p;
}

describe('blobOfChunks', () => {
  const parts = ['{"a":1}\n', '{"b":"整改"}\n{"c":3}\n', '', 'x'.repeat(100_000) + '\n'];
  it('joins the chunks', async () => {
    const blob = await blobOfChunks(chunks(parts), 'application/x-ndjson');
    expect(await blob.text()).toBe(parts.join(''));
    expect(blob.type).toBe('application/x-ndjson');
  });

  it('gzips them so the backup reader reads the same lines', async () => {
    const blob = await blobOfChunks(chunks(parts), 'application/x-ndjson', true);
    const lines: string[] = [];
    for await (const line of textLines(blob.stream())) lines.push(line);
    expect(lines).toEqual(parts.join('').trimEnd().split('\n'));
    expect(blob.size).toBeLessThan(parts.join('').length / 10);
  });
});
