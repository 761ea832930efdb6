// `npm run locales`: writes locales/zh_TW.yml (from zh_CN.yml) and components/locale-messages.json
// and locale-messages.content.json (the three UI locales, read at build time by components/i18n.ts
// and components/i18n-content.ts). Rerun after editing en.yml or
// zh_CN.yml; tests/unit/locales.test.ts fails while either output is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localeMessagesJson, makeZhTw } from './lib/locale-build';
import { repoRoot } from './lib/paths';

export const ZH_TW_FILE = path.join(repoRoot, 'locales/zh_TW.yml');
export const MESSAGES_FILE = path.join(repoRoot, 'components/locale-messages.json');
export const CONTENT_MESSAGES_FILE = path.join(repoRoot, 'components/locale-messages.content.json');

function writeIfChanged(file: string, text: string): void {
  let old: string | null = null;
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    /* first run */
  }
  if (old === text) return;
  writeFileSync(file, text, 'utf8');
  process.stdout.write(`wrote ${path.relative(repoRoot, file)}\n`);
}

const read = (name: string) => readFileSync(path.join(repoRoot, 'locales', name), 'utf8');
const zhTw = makeZhTw(read('zh_CN.yml'));
writeIfChanged(ZH_TW_FILE, zhTw);
const yaml = { en: read('en.yml'), zh_CN: read('zh_CN.yml'), zh_TW: zhTw };
writeIfChanged(MESSAGES_FILE, localeMessagesJson(yaml, 'pages'));
writeIfChanged(CONTENT_MESSAGES_FILE, localeMessagesJson(yaml, 'content'));
