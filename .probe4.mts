import { readFileSync } from 'node:fs';
import { foldText } from './lib/text/fold';
import { detectNotice } from './lib/detect/detect-notice';
const t = readFileSync('/work/shared/fixtures/000_d5ca2e1d78e5ca64.txt','utf8');
console.log(detectNotice(foldText(t.slice(0, t.length/2))));
