// Quantities in English text: Arabic figures with scales and units, number words through
// compromise, hedges, percentages; dates, years, phone numbers and list markers are not numbers.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { findEnglishNumbers, type Nlp } from '../../lib/english/english-numbers';

const run = (text: string) => findEnglishNumbers(text, nlp as unknown as Nlp).map((n) => [n.value, n.unit, n.approx, n.quote]);

describe('findEnglishNumbers', () => {
  it.each([
    ['42 people were given sanctions', [42, '人', false, '42 people']],
    ['forty-two people were given sanctions', [42, '人', false, 'forty-two people']],
    ['two people were admonished', [2, '人', false, 'two people']],
    ['126,000 yuan was refunded', [126000, '元', false, '126,000 yuan']],
    ['1.8 million yuan was refunded', [1800000, '元', false, '1.8 million yuan']],
    ['1.8582 million yuan', [1858200, '元', false, '1.8582 million yuan']],
    ['about 110 million yuan', [110000000, '元', true, 'about 110 million yuan']],
    ['RMB 5 million', [5000000, '元', false, '5 million']],
    ['nearly 10,000 person-times', [10000, '人次', true, 'nearly 10,000 person-times']],
    ['more than 50 cases', [50, '件', true, 'more than 50 cases']],
    ['21 relevant responsible persons', [21, '人', false, '21 relevant responsible persons']],
    ['110 items', [110, '项', false, '110 items']],
    ['35 problems', [35, '个', false, '35 problems']],
    ['accounted for 3.9% of GDP', [3.9, '%', false, '3.9%']],
    ['grew by 12 percent', [12, '%', false, '12 percent']],
  ])('%s', (text, expected) => {
    expect(run(text)).toEqual([expected]);
  });

  it.each([
    'From March 18 to May 20, 2024, the team',
    'On August 6, the team gave feedback',
    'Time: 2021-10-11 08:54',
    'Contact number: 0577-88030919',
    'in 2024 the district',
    '(1) Improve the list',
    'No. 188, Guangchang Road',
    '5G factories',
    'Email: fzxyq2017@163.com',
    'one of the measures; Two Safeguards',
  ])('no number in %s', (text) => {
    expect(run(text)).toEqual([]);
  });

  it('never throws when compromise does', () => {
    const broken = (() => { throw new Error('boom'); }) as unknown as Nlp;
    expect(findEnglishNumbers('seventy-three people and 3 people', broken).map((n) => n.value)).toEqual([3]);
  });
});
