// A worker thread of the command-line extractor: files in, output chunks out (scripts/cli/pool.ts).
import './quiet-console';
import { parentPort } from 'node:worker_threads';
import type { OutputFormat } from './args';
import { extractOne } from './extract-one';

parentPort!.on('message', (task: { id: number; path: string; format: OutputFormat }) => {
  void extractOne(task.path, task.format).then((result) => parentPort!.postMessage({ id: task.id, result }));
});
