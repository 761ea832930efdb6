// Detection: the three real notices (bare, cut short, and inside site chrome) score well above
// the threshold; the near misses of tests/fixtures/near-misses score well below it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectionSchema } from '../../lib/contract';
import { detectNotice, THRESHOLD } from '../../lib/detect/detect-notice';
import { foldText } from '../../lib/text/fold';

const FIXTURES = resolve(__dirname, '../../../shared/fixtures');
const NEAR_MISSES = resolve(__dirname, '../fixtures/near-misses');
const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');
const notices = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
const nearMisses = readdirSync(NEAR_MISSES).filter((f) => f.endsWith('.txt')).sort();
const detect = (text: string) => detectionSchema.parse(detectNotice(foldText(text)));

/** The article as a government page's text shows it: header, breadcrumbs, title, info line,
 *  share buttons, related links (one of them a notice title) and the footer. */
function inChrome(article: string, title: string): string {
  return [
    '清廉某某网', '首页 工作之窗 巡视巡察 审查调查 纪法课堂', '首页 > 工作之窗 > 巡视巡察', title,
    '来源:某某区委 发布时间:2025-06-10 09:30 【字体:大 中 小】 【打印】',
    article,
    '分享到: 微信 微博', '相关链接', '关于巡视整改情况的公告汇编', '巡视巡察工作条例', '网上信访举报',
    '版权所有:中共某某区纪律检查委员会 网站标识码:3302020001 浙ICP备00000000号',
  ].join('\n');
}

describe('rectification notices', () => {
  it.each(notices)('%s is a notice, well above the threshold', (file) => {
    const d = detect(read(FIXTURES, file));
    expect(d.isNotice).toBe(true);
    expect(d.score).toBeGreaterThanOrEqual(0.9);
    expect(d.reasons.some((r) => r.startsWith('opening sentence:'))).toBe(true);
  });

  it.each(notices)('%s inside site chrome', (file) => {
    const d = detect(inChrome(read(FIXTURES, file), '中共某某区委关于巡视整改情况的通报'));
    expect(d.isNotice).toBe(true);
    expect(d.score).toBeGreaterThanOrEqual(0.9);
  });

  it.each(notices)('%s cut to its first 3000 characters, or without its closing', (file) => {
    const text = read(FIXTURES, file);
    expect(detect(text.slice(0, 3000)).score).toBeGreaterThanOrEqual(0.55);
    expect(detect(text.split('\n').slice(0, -4).join('\n')).score).toBeGreaterThanOrEqual(0.55);
  });

  it('names its reasons', () => {
    const d = detect(read(FIXTURES, notices[2]!));
    expect(d.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^title names 巡察整改情况/), expect.stringMatching(/^closing: 欢迎广大干部群众对巡察整改落实情况进行监督/)]));
  });
});

describe('near misses', () => {
  it('has at least ten of them', () => {
    expect(nearMisses.length).toBeGreaterThanOrEqual(10);
  });

  it.each(nearMisses)('%s is not a notice, well below the threshold', (file) => {
    const d = detect(read(NEAR_MISSES, file));
    expect(d.isNotice).toBe(false);
    expect(d.score).toBeLessThanOrEqual(THRESHOLD - 0.2);
  });

  it.each([
    ['inspection-regulation.txt', /regulation structure/],
    ['expulsion-announcement.txt', /single official/],
    ['statistical-bulletin.txt', /statistical bulletin/],
    ['list-page.txt', /list of links/],
    ['mobilization-meeting.txt', /news report/],
  ])('%s says why', (file, reason) => {
    expect(detect(read(NEAR_MISSES, file)).reasons.some((r) => r.startsWith('against:') && reason.test(r))).toBe(true);
  });
});

describe('odd input', () => {
  it.each(['', ' ', '巡视整改', '第一条\n'.repeat(1000), '关于巡视整改情况的通报\n'.repeat(500)])('never throws %#', (text) => {
    expect(detect(text).score).toBeGreaterThanOrEqual(0);
  });

  it('scores 2 MB of notice text (its speed is measured by npm run bench)', () => {
    const text = read(FIXTURES, notices[0]!).repeat(45);
    expect(detectNotice(foldText(text)).isNotice).toBe(true);
  });
});
