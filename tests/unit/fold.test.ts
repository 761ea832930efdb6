// foldText keeps every offset (same UTF-16 length) while folding NFKC and traditional→simplified.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, isTraditional, toSimplified } from '../../lib/text/fold';

describe('foldText', () => {
  it.each([
    ['full-width digits and punctuation', '给予党纪处分４２人（党内警告２８人），', '给予党纪处分42人(党内警告28人),'],
    ['full-width colon and percent', '时间：2021-10-11　增长６．２％', '时间:2021-10-11 增长6.2%'],
    ['NBSP and ideographic space', 'a\u00a0b\u3000c\u2009d', 'a b c d'],
    ['traditional characters', '巡視組對溫州市鹿城區開展了巡視', '巡视组对温州市鹿城区开展了巡视'],
    ['Hong Kong variants', '\u885e生健康局，\u654d述', '卫生健康局,叙述'],
    ['simplified 著 and 么 stay', '显著成效,著名,什么', '显著成效,著名,什么'],
    ['phrases convert as words', '乾隆年間，乾淨整潔，瞭解情況', '乾隆年间,干净整洁,了解情况'],
    ['CJK compatibility ideograph', '\uf900\u2f00', '岂一'],
    ['list markers stay', '①②⑩㈠（一）', '①②⑩㈠(一)'],
    ['length-changing NFKC stays', 'ﬁ…½㎡', 'ﬁ…½㎡'],
    ['astral characters stay', '𝐀𠵾', '𝐀𠵾'],
    ['simplified ASCII text is unchanged', '2021年1月11日至2月6日,省委巡视一组对湖里区委开展巡视。', '2021年1月11日至2月6日,省委巡视一组对湖里区委开展巡视。'],
  ])('%s', (_name, input, expected) => {
    const folded = foldText(input);
    expect(folded).toBe(expected);
    expect(folded.length).toBe(input.length);
  });

  it('returns the very same string when nothing folds', () => {
    const s = '省委第八巡视组对温州市鹿城区开展了巡视';
    expect(foldText(s)).toBe(s);
  });

  it('keeps the length of any string (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        expect(foldText(s).length).toBe(s.length);
      }),
      { numRuns: 400 },
    );
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => foldText(s).length === s.length));
    // First sight of each code unit builds its fold entry: slow on a loaded machine, never wrong.
  }, 60_000);

  it('folds the same character the same way wherever it is', () => {
    expect(foldText('（１）巡視\n（２）巡察')).toBe('(1)巡视\n(2)巡察');
  });
});

describe('isTraditional / toSimplified', () => {
  it.each([
    ['中共溫州市鹿城區委關於巡視整改進展情況的通報', true],
    ['中共温州市鹿城区委关于巡视整改进展情况的通报', false],
    ['乾隆', false],
    ['', false],
  ])('isTraditional(%s) = %s', (s, expected) => {
    expect(isTraditional(s)).toBe(expected);
  });

  it('converts a field value (length may change)', () => {
    expect(toSimplified('中共溫州市鹿城區委')).toBe('中共温州市鹿城区委');
    expect(toSimplified('㈠巡視')).toBe('(一)巡视');
  });
});

describe('large input', () => {
  it('folds 2 MB of traditional text (its speed is measured by npm run bench)', () => {
    const line = '根據省委統一部署，2024年3月18日至5月20日，省委第八巡視組對溫州市鹿城區開展了巡視。給予黨紀處分42人。\n';
    const text = line.repeat(Math.ceil((2 * 1024 * 1024) / Buffer.byteLength(line)));
    const folded = foldText(text);
    expect(folded.length).toBe(text.length);
    expect(folded.startsWith('根据省委统一部署')).toBe(true);
  });
});
