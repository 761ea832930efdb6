import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorQuote, describeQuote } from '../../lib/anchoring/text-quote';

// ../shared beside the repository (the fixtures are not copied into it).
const SHARED_FIXTURES = new URL('../../../shared/fixtures', import.meta.url).pathname;

const FIXTURES = ['000_d5ca2e1d78e5ca64', '001_fbfa88aa01baddd2', '004_23dfe72a4a5e21ec'].map((name) => ({
  name,
  text: readFileSync(`${SHARED_FIXTURES}/${name}.txt`, 'utf8'),
}));

/** Quotes to remember: every "number + counter" in the fixture (many repeat verbatim). */
function spans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/\d+(?:\.\d+)?(?:万元|元|人次|人|件|个|条|项)/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

const BANNER = '首页 > 工作之窗 > 巡视巡察\n来源:本站 发布时间:2025-06-10\n';

// Each edit returns the new text and where an old offset went (or null when it was deleted).
const EDITS: { name: string; edit(text: string): { text: string; map(offset: number): number | null } }[] = [
  { name: 'unchanged', edit: (text) => ({ text, map: (o) => o }) },
  { name: 'banner prepended', edit: (text) => ({ text: BANNER + text, map: (o) => o + BANNER.length }) },
  {
    name: 'first paragraph removed',
    edit: (text) => {
      const cut = text.indexOf('\n') + 1;
      return { text: text.slice(cut), map: (o) => (o < cut ? null : o - cut) };
    },
  },
  {
    name: 'paragraph duplicated at the end',
    edit: (text) => {
      const cut = text.indexOf('\n') + 1;
      return { text: text + '\n' + text.slice(0, cut), map: (o) => o };
    },
  },
  {
    name: 'middle paragraph replaced by a longer one',
    edit: (text) => {
      const mid = text.indexOf('\n', text.length >> 1) + 1;
      const end = text.indexOf('\n', mid) + 1;
      const filler = '(本段内容已更新,详见附件。)'.repeat(5) + '\n';
      return {
        text: text.slice(0, mid) + filler + text.slice(end),
        map: (o) => (o < mid ? o : o < end ? null : o + filler.length - (end - mid)),
      };
    },
  },
];

describe('text-quote selectors on fixtures', () => {
  for (const { name, text } of FIXTURES) {
    for (const { name: editName, edit } of EDITS) {
      it(`${name}: ${editName}`, () => {
        const { text: edited, map } = edit(text);
        const all = spans(text);
        expect(all.length).toBeGreaterThan(10);
        let checked = 0;
        for (const { start, end } of all) {
          const selector = describeQuote(text, start, end);
          expect(selector.exact).toBe(text.slice(start, end));
          expect(selector.prefix.length).toBeLessThanOrEqual(32);
          expect(selector.suffix.length).toBeLessThanOrEqual(32);
          const moved = map(start);
          const found = anchorQuote(edited, selector);
          if (moved === null) continue; // deleted: any answer is acceptable except a crash
          expect(found, `${selector.exact} at ${start}`).toEqual({ start: moved, end: moved + (end - start) });
          checked++;
        }
        expect(checked).toBeGreaterThan(10);
      });
    }
  }
});

describe('anchorQuote', () => {
  it('prefers matching context over the position hint', () => {
    const text = '甲单位处分3人。乙单位处分3人。';
    const sel = describeQuote(text, 12, 15); // 乙单位's "分3人"
    const shifted = '乙单位处分3人。甲单位处分3人。'; // the two sentences swapped
    expect(anchorQuote(shifted, sel)).toEqual({ start: 4, end: 7 });
  });

  it('uses the position hint among equally good matches', () => {
    const text = 'ab ab ab ab';
    expect(anchorQuote(text, { exact: 'ab', prefix: '', suffix: '', start: 6, end: 8 })).toEqual({ start: 6, end: 8 });
    expect(anchorQuote(text, { exact: 'ab', prefix: '', suffix: '', start: 4, end: 6 })).toEqual({ start: 3, end: 5 });
  });

  it('returns null when the quote is gone or empty', () => {
    expect(anchorQuote('没有这个', { exact: '42人', prefix: '', suffix: '', start: 0, end: 3 })).toBeNull();
    expect(anchorQuote('42人', { exact: '', prefix: '', suffix: '', start: 0, end: 0 })).toBeNull();
  });

  it('clamps and orders describeQuote offsets', () => {
    expect(describeQuote('abc', 5, -1)).toEqual({ exact: 'abc', prefix: '', suffix: '', start: 0, end: 3 });
  });
});
