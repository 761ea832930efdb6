// Number words in machine-translated notices: exact values from compromise on spans a strict
// cardinal grammar picks, hedges and units read as for Arabic figures, offsets into the
// original text; ordinals, slogans, proper names and "one" as a pronoun are never numbers.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { findEnglishNumbers, type Nlp } from '../../lib/english/english-numbers';
import { parseNumberWords } from '../../lib/english/english-word-numbers';

const NLP = nlp as unknown as Nlp;
type Row = [value: number, unit: string | null, approx: boolean, quote: string];
const run = (text: string): Row[] => findEnglishNumbers(text, NLP).map((n) => [n.value, n.unit, n.approx, n.quote]);

describe('parseNumberWords gives exact values', () => {
  it.each([
    ['sixteen', 16], ['sixty-three', 63], ['twenty-one', 21], ['forty two', 42], ['ninety-nine', 99],
    ['one hundred and five', 105], ['two hundred and fifteen', 215], ['three hundred', 300], ['eleven hundred', 1100],
    ['ten thousand', 10000], ['two hundred thousand', 200000], ['one thousand and five', 1005],
    ['seventy-three thousand four hundred', 73400], ['one million two hundred thousand', 1200000],
    ['three million', 3000000], ['three hundred million', 300000000], ['zero', 0],
    ['ninety-nine thousand nine hundred and ninety-nine', 99999],
  ])('%s = %d', (phrase, value) => {
    expect(parseNumberWords(phrase, NLP)).toBe(value);
  });

  it('is null when compromise throws or reads no number', () => {
    expect(parseNumberWords('fifty-one', (() => { throw new Error('boom'); }) as unknown as Nlp)).toBeNull();
    expect(parseNumberWords('reminder talks', NLP)).toBeNull();
  });
});

describe('number words as mentions', () => {
  it.each<[string, Row[]]>([
    // counts with and without a unit word
    ['The district formulated sixty-three measures.', [[63, null, false, 'sixty-three']]],
    ['Of these, sixteen rectified and nineteen are being rectified.', [[16, null, false, 'sixteen'], [19, null, false, 'nineteen']]],
    ['twenty-one people were given party disciplinary sanctions', [[21, '人', false, 'twenty-one people']]],
    ['Twenty-one people were given party disciplinary sanctions', [[21, '人', false, 'Twenty-one people']]],
    ['a total of two hundred and fifteen problems were found', [[215, '个', false, 'two hundred and fifteen problems']]],
    ['one hundred and five cases were filed', [[105, '件', false, 'one hundred and five cases']]],
    ['a total of forty-two rectification measures', [[42, null, false, 'forty-two']]],
    ['seventeen relevant responsible persons were held accountable', [[17, '人', false, 'seventeen relevant responsible persons']]],
    ['twelve person-times were interviewed', [[12, '人次', false, 'twelve person-times']]],
    ['One person was given a party warning.', [[1, '人', false, 'One person']]],
    ['and one case was transferred', [[1, '件', false, 'one case']]],
    // money into yuan
    ['3 million yuan was refunded', [[3000000, '元', false, '3 million yuan']]],
    ['1.2 million yuan was recovered', [[1200000, '元', false, '1.2 million yuan']]],
    ['ten thousand yuan was refunded', [[10000, '元', false, 'ten thousand yuan']]],
    ['three million yuan of losses', [[3000000, '元', false, 'three million yuan']]],
    ['two hundred thousand yuan in fines', [[200000, '元', false, 'two hundred thousand yuan']]],
    ['fines of eighty thousand yuan', [[80000, '元', false, 'eighty thousand yuan']]],
    // hedges
    ['more than twenty people were criticized', [[20, '人', true, 'more than twenty people']]],
    ['nearly 100 people were educated', [[100, '人', true, 'nearly 100 people']]],
    ['over 30 systems were improved', [[30, null, true, 'over 30']]],
    ['about forty cases', [[40, '件', true, 'about forty cases']]],
    ['twenty or more people', [[20, '人', true, 'twenty or more people']]],
    ['20 or more cases', [[20, '件', true, '20 or more cases']]],
    ['close to ninety percent', [[90, '%', true, 'close to ninety percent']]],
  ])('%s', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it.each([
    // ordinals are never counts
    'The Second Inspection Group of the Municipal Party Committee gave feedback',
    'the Eighth Inspection Team of the Provincial Party Committee',
    'In the third round of inspections, the first problem was the second one',
    'the twenty-first meeting and the thirty-second session',
    // "one" as a pronoun or article
    'one of the measures was delayed',
    'each one was checked, one by one, and every one was signed',
    'no one was left out; on the one hand, and one after another',
    'the problems were solved one at a time',
    // compounds, slogans, proper names, enumerations, fractions
    'a one-stop service and a one-vote veto, a three-year action plan',
    'the "four winds" and the "four forms" of supervision',
    '“three important and one large” matters were supervised',
    'firmly achieve the Two Safeguards and the Four Consciousnesses',
    'One is to strengthen leadership. Two is to improve the rules. three is the key task.',
    'in the first three quarters and two thirds of the funds',
    'implement one case, one policy and one person, one file',
    'zero tolerance for corruption',
  ])('no number in %s', (text) => {
    expect(run(text)).toEqual([]);
  });

  it('offsets point into the original text, hedges included', () => {
    const text = 'Since March, more than twenty people\nwere admonished, and two hundred and fifteen problems, ten thousand yuan.';
    const found = findEnglishNumbers(text, NLP);
    expect(found.map((n) => [n.start, n.end])).toEqual([[13, 36], [58, 90], [92, 109]]);
    for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.quote);
  });

});
