// Detection reasons in the UI's language: every sentence the detector writes on the fixtures is read
// back to a signal id (lib/detect/reason-ids.ts) that has a message in every locale.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import MESSAGES from '../../components/locale-messages.json';
import { reasonText } from '../../components/popup/reason-text';
import { detectNotice } from '../../lib/detect/detect-notice';
import { REASON_IDS, reasonParts } from '../../lib/detect/reason-ids';
import { foldText } from '../../lib/text/fold';

const DIRS = ['../../../shared/fixtures', '../fixtures/near-misses', '../fixtures/heldout', '../fixtures/heldout-2', '../fixtures/heldout-3', '../fixtures/traditional'].map((d) => resolve(__dirname, d));
const texts = DIRS.filter(existsSync).flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')));

describe('reason ids', () => {
  const reasons = [...new Set(texts.flatMap((t) => detectNotice(foldText(t)).reasons))];
  it('the fixtures give many kinds of reason', () => expect(reasons.length).toBeGreaterThan(20));
  it('every reason on the fixtures is read back to a signal', () => {
    expect(reasons.filter((r) => reasonParts(r) === null)).toEqual([]);
  });
  it.each(['en', 'zh_CN', 'zh_TW'] as const)('%s has a message for every signal', (locale) => {
    const table = (MESSAGES as Record<string, Record<string, string>>)[locale]!;
    expect(REASON_IDS.filter((id) => !(`reasons.${id}` in table))).toEqual([]);
  });

  const cases: Array<[string, 'en' | 'zh_CN' | 'zh_TW', string]> = [
    ['title names 巡察整改情况: 关于某县巡察整改情况的通报', 'zh_CN', '标题含“巡察整改情况”:关于某县巡察整改情况的通报'],
    ['42 mentions of 整改', 'en', '整改 (rectification) is mentioned 42 times'],
    ['against: hardly mentions 巡视/巡察', 'zh_CN', '反向信号:几乎未提及巡视/巡察'],
    ['against: statistical bulletin (31 percentages)', 'zh_TW', '反向訊號:統計公報(百分比 31 處)'],
    ['rectification of feedback items: 5 results (整改到位/已办结…), 4 mentions of the feedback, 2 sentences with both', 'en', 'Reports feedback items as rectified: 5 results, 4 mentions of the feedback, 2 sentences with both'],
    ['title names the rectification of an inspection', 'zh_CN', 'title names the rectification of an inspection'],
  ];
  it.each(cases)('%s in %s', (reason, locale, want) => expect(reasonText(reason, locale)).toBe(want));
});
