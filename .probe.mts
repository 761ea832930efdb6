import { readFileSync, readdirSync } from 'node:fs';
import { foldText } from './lib/text/fold';
import { extractNoticeFields } from './lib/notice/extract-notice-fields';
const dir = '/work/shared/fixtures/';
let ok = 0, n = 0;
for (const f of readdirSync(dir).filter(f=>f.endsWith('.txt'))) {
  const gold = JSON.parse(readFileSync(dir+f.replace('.txt','.gold.json'),'utf8')).notice;
  const got = extractNoticeFields(foldText(readFileSync(dir+f,'utf8')));
  for (const k of Object.keys(gold)) { n++; if (gold[k]===(got as any)[k]) ok++; else console.log(f, k, 'gold', gold[k], 'got', (got as any)[k]); }
}
console.log(ok+'/'+n);
