import { readFileSync, readdirSync } from 'node:fs';
import { foldText } from './lib/text/fold';
import { detectNotice } from './lib/detect/detect-notice';
for (const dir of ['/work/shared/fixtures/', 'tests/fixtures/near-misses/']) {
  let files: string[] = []; try { files = readdirSync(dir).filter(f=>f.endsWith('.txt')); } catch {}
  for (const f of files) { const d = detectNotice(foldText(readFileSync(dir+f,'utf8'))); console.log(f, d.isNotice, d.score, d.reasons.join(' | ')); }
}
