// The pure helpers of the dashboard's notice page: facts placed in the archived text, the runs
// the text is rendered in, a selection as a quote, and the correction rows the page writes.
import { describe, expect, it } from 'vitest';
import { placeQuote, selectionQuote, textRuns, type FactPlace } from '../../lib/anchoring/archive-marks';
import { additionOf, correctionOf, correctionPatch, guessFact, parseFigure, rejectionOf } from '../../lib/db/correction-drafts';
import { correctionRowSchema } from '../../lib/db';
import { FACTS } from './db-test-data';

const TEXT = '一、总体情况。共给予党纪处分42人,其中党内警告28人。清退款项185.82万元。';

describe('placeQuote', () => {
  const at = TEXT.indexOf('党纪处分42人');
  it.each([
    ['its own offsets when the text there is its quote', '党纪处分42人', at, at + 7, { start: at, end: at + 7 }],
    ['re-anchored when the offsets moved', '党纪处分42人', at + 5, at + 12, { start: at, end: at + 7 }],
    ['null when the quote is not in the text', '撤职3人', 0, 4, null],
    ['null for an empty quote', '', 0, 0, null],
  ] as const)('%s', (_, quote, start, end, expected) => {
    expect(placeQuote(TEXT, quote, start, end)).toEqual(expected);
  });
});

describe('textRuns', () => {
  const p = (key: string, start: number, end: number): FactPlace => ({ key, start, end });
  it.each([
    ['no facts: one plain run', 10, [], [[0, 10, []]]],
    ['empty text: no runs', 0, [p('a', 0, 0)], []],
    ['one fact in the middle', 10, [p('a', 2, 5)], [[0, 2, []], [2, 5, ['a']], [5, 10, []]]],
    ['a fact at each end', 6, [p('a', 0, 2), p('b', 4, 6)], [[0, 2, ['a']], [2, 4, []], [4, 6, ['b']]]],
    ['overlapping facts split into runs', 10, [p('a', 1, 6), p('b', 4, 8)], [[0, 1, []], [1, 4, ['a']], [4, 6, ['a', 'b']], [6, 8, ['b']], [8, 10, []]]],
    ['a fact inside another', 8, [p('a', 0, 8), p('b', 2, 4)], [[0, 2, ['a']], [2, 4, ['a', 'b']], [4, 8, ['a']]]],
    ['out of range and empty facts ignored or clamped', 5, [p('a', 3, 99), p('b', 2, 2)], [[0, 3, []], [3, 5, ['a']]]],
  ] as const)('%s', (_, length, places, expected) => {
    const runs = textRuns(length, places);
    expect(runs.map((r) => [r.start, r.end, r.keys])).toEqual(expected);
  });
});

describe('selectionQuote', () => {
  const text = '前文。\n  撤职2人  \n后文';
  const s = text.indexOf('撤');
  it.each([
    ['a plain selection', s, s + 4, { exact: '撤职2人', prefix: '前文。\n  ', suffix: '  \n后文', start: s, end: s + 4 }],
    ['white space around it trimmed', s - 2, s + 6, { exact: '撤职2人', prefix: '前文。\n  ', suffix: '  \n后文', start: s, end: s + 4 }],
    ['selected backwards', s + 4, s, { exact: '撤职2人', prefix: '前文。\n  ', suffix: '  \n后文', start: s, end: s + 4 }],
    ['only white space', s - 2, s, null],
    ['separators around it trimmed', text.indexOf('。'), s + 4, { exact: '撤职2人', prefix: '前文。\n  ', suffix: '  \n后文', start: s, end: s + 4 }],
    ['only a separator', 2, 3, null],
    ['nothing', 3, 3, null],
  ] as const)('%s', (_, start, end, expected) => {
    expect(selectionQuote(text, start, end)).toEqual(expected);
  });

  it('keeps at most 32 characters of context', () => {
    const long = `${'甲'.repeat(40)}撤职2人${'乙'.repeat(40)}`;
    const q = selectionQuote(long, 40, 44)!;
    expect([q.prefix.length, q.suffix.length, q.exact]).toEqual([32, 32, '撤职2人']);
  });
});

describe('correction rows', () => {
  const NOW = new Date('2025-07-01T00:00:00.000Z');
  const fact = { ...FACTS[0], id: 7, selector: { exact: FACTS[0].quote, prefix: '前', suffix: '后', start: FACTS[0].start, end: FACTS[0].end } };

  it.each([
    ['nothing changed', { value: 42, unit: '人', code: 'party_discipline' }, {}],
    ['the value', { value: 43, unit: '人', code: 'party_discipline' }, { value: 43 }],
    ['the value cleared', { value: null, unit: '人', code: 'party_discipline' }, { value: null }],
    ['an empty unit is no unit', { value: 42, unit: '', code: 'party_discipline' }, { unit: null }],
    ['the code and the unit', { value: 42, unit: '人次', code: 'party_warning' }, { unit: '人次', code: 'party_warning' }],
  ] as const)('patch: %s', (_, edit, expected) => {
    expect(correctionPatch(fact, edit)).toEqual(expected);
  });

  it('a correction carries the fact id, its anchor with context, and only the changes', () => {
    const row = correctionOf(1, fact, { value: 43, unit: '人', code: 'party_discipline' }, NOW)!;
    expect(correctionRowSchema.parse(row)).toEqual({
      noticeId: 1, kind: 'corrected', factId: 7, patch: { value: 43 },
      anchor: { exact: '给予党纪处分42人', prefix: '前', suffix: '后', start: 10, end: 19 },
      createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(),
    });
    expect(correctionOf(1, fact, { value: 42, unit: '人', code: 'party_discipline' }, NOW)).toBeNull();
  });

  it('a rejection carries the fact and its anchor, no patch', () => {
    expect(correctionRowSchema.parse(rejectionOf(1, fact, NOW))).toMatchObject({ kind: 'rejected', factId: 7, anchor: { exact: fact.quote, start: 10 } });
  });

  it.each([
    ['a sanction keeps its unit', { code: 'gov_dismissal', value: 2, unit: '人', approx: false }, { kind: 'sanction', label: '撤职', unit: '人' }],
    ['money is always in yuan', { code: 'money_refunded', value: 1858200, unit: '万元', approx: false }, { kind: 'money', label: '清退', unit: '元' }],
    ['a count without a unit', { code: 'measures', value: 12, unit: '', approx: true }, { kind: 'count', unit: null, approx: true }],
  ] as const)('an addition: %s', (_, edit, expected) => {
    const anchor = { exact: '撤职2人', prefix: '', suffix: '', start: 50, end: 54 };
    const row = correctionRowSchema.parse(additionOf(1, anchor, edit, NOW));
    expect(row).toMatchObject({ kind: 'added', anchor, fact: { ...expected, code: edit.code, value: edit.value, quote: '撤职2人', start: 50, end: 54, headline: false, parent: null } });
    expect(row.factId).toBeUndefined();
  });

  it.each([
    ['撤职2人', { code: 'gov_dismissal', value: 2, unit: '人', approx: false }],
    ['给予党内警告处分28人', { code: 'party_warning', value: 28, unit: '人' }],
    ['清退款项约185.82万元', { code: 'money_refunded', value: 1858200, approx: true }],
    ['制定完善制度12项', { code: 'rules_made', value: 12, unit: '项' }],
    ['没有数字的句子', { value: null, unit: null }],
  ] as const)('guessFact(%s)', (quote, expected) => {
    expect(guessFact(quote)).toMatchObject(expected);
  });
});

describe('textRuns at scale', () => {
  it('splits a long archive with thousands of facts in one sweep', () => {
    const places = Array.from({ length: 20_000 }, (_, i) => ({ key: `f${i}`, start: i * 50 + 10, end: i * 50 + 20 }));
    const runs = textRuns(1_000_000, places);
    expect(runs).toHaveLength(40_001);
    expect(runs.filter((r) => r.keys.length).length).toBe(20_000);
    expect(runs.every((r, i) => r.end > r.start && (i === 0 || r.start === runs[i - 1].end))).toBe(true);
  });
});

describe('parseFigure', () => {
  it.each([
    ['42', 42], ['1,858,200', 1858200], ['185.82万', 1858200], ['185.82万元', 1858200], ['1.1亿元', 110000000],
    [' 3 ', 3], ['', null], ['  ', null], ['abc', undefined], ['-3', undefined], ['1.2.3', undefined], ['万', undefined],
  ] as const)('%j → %j', (input, expected) => {
    expect(parseFigure(input)).toBe(expected);
  });
});
