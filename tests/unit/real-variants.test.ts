// The real development set (../shared/fixtures/real, read from there) in the dress other pages
// wear: converted to traditional characters, with pinyin after every character, inside a
// breadcrumb/metadata/footer block, without the lines above the opening sentence (no title),
// and traditional with pinyin. Detection must not change on any of them, and the notice fields
// must come out the same under pinyin and chrome (the chrome's own date aside).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { detectNotice } from '../../lib/detect/detect-notice';
import { extractNoticeFields } from '../../lib/notice/extract-notice-fields';
import { foldText } from '../../lib/text/fold';

const REAL = resolve(__dirname, '../../../shared/fixtures/real');
const stems = existsSync(REAL) ? readdirSync(REAL).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort() : [];
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const withPinyin = (s: string) => s.replace(/[\u4e00-\u9fff]/g, (c) => `${c}(shì)`);
const inChrome = (s: string) => `首页 > 信息公开 > 巡视巡察\n来源:某某纪委监委 发布时间:2024-01-02 09:00 浏览次数:12\n字号 大 中 小 打印 关闭\n${s}\n【打印】【关闭】\n相关链接\n版权所有 某某网站`;
/** From the opening sentence on: no title, no chrome above it. */
const untitled = (s: string) => {
  const i = s.search(/根据|按照|\d{4}年\d{1,2}月/);
  return i > 0 ? s.slice(i) : s;
};

const VARIANTS: [string, (s: string) => string][] = [
  ['traditional', toTraditional],
  ['pinyin', withPinyin],
  ['chrome', inChrome],
  ['untitled', untitled],
  ['traditional with pinyin', (s) => withPinyin(toTraditional(s))],
];

describe.skipIf(stems.length === 0).each(VARIANTS)('the real set, %s', (variant, dress) => {
  it.each(stems)('%s keeps its detection', (stem) => {
    const text = readFileSync(join(REAL, `${stem}.txt`), 'utf8');
    const gold = JSON.parse(readFileSync(join(REAL, `${stem}.gold.json`), 'utf8')) as { detection: { isNotice: boolean } };
    const d = detectNotice(foldText(dress(text)));
    expect(d.isNotice, d.reasons.join('; ')).toBe(gold.detection.isNotice);
    if (!gold.detection.isNotice || (variant !== 'pinyin' && variant !== 'chrome')) return;
    const want = extractNoticeFields(foldText(text));
    const got = extractNoticeFields(foldText(dress(text)));
    expect(variant === 'chrome' ? { ...got, publishedDate: want.publishedDate } : got).toEqual(want);
  });
});
