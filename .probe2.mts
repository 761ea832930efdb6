import { readFileSync, readdirSync } from 'node:fs';
import { foldText } from './lib/text/fold';
import { detectNotice } from './lib/detect/detect-notice';
for (const dir of ['/work/shared/fixtures/', 'tests/fixtures/near-misses/']) {
  for (const f of readdirSync(dir).filter(f=>f.endsWith('.txt'))) { const d = detectNotice(foldText(readFileSync(dir+f,'utf8'))); console.log(f, d.isNotice, d.score, d.reasons.join(' | ').slice(0, 200)); }
}
