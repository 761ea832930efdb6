// Number words feed the English fact pairing like Arabic figures: each sentence gives exactly
// the listed facts (code, value, unit, approx), and every quote is text.slice(start, end).
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { extractEnglish, type Nlp } from '../../lib/english/extract-english';
import { findEnglishNumbers } from '../../lib/english/english-numbers';
import { figuresOf, pairTerms } from '../../lib/english/english-pairing';
import type { TermHit } from '../../lib/english/english-terms';

type Row = [code: string, value: number | null, unit: string | null, approx: boolean];
const facts = (text: string) => extractEnglish(text, nlp as unknown as Nlp).facts;

describe('facts from number words', () => {
  it.each<[string, Row[]]>([
    // sanctions
    ['twenty-one people were given party disciplinary sanctions.', [['party_discipline', 21, '人', false]]],
    ['Sixteen people were given government sanctions, and three people were admonished.', [['gov_sanction', 16, '人', false], ['admonishment', 3, '人', false]]],
    ['eleven party members were given intra-party warnings and two were given serious warnings.', [['party_warning', 11, '人', false], ['party_serious_warning', 2, '人', false]]],
    ['One person was expelled from the party.', [['party_expulsion', 1, '人', false]]],
    ['(eleven warnings, one demerit, one major demerit and one expulsion)', [['gov_warning', 11, '人', false], ['gov_demerit', 1, '人', false], ['gov_major_demerit', 1, '人', false], ['gov_expulsion', 1, '人', false]]],
    ['one serious warning and one removal from party posts', [['party_serious_warning', 1, '人', false], ['party_post_removal', 1, '人', false]]],
    ['more than twenty people were criticized and educated.', [['criticism_education', 20, '人', true]]],
    ['nearly thirty cadres were given reminder talks.', [['reminder_talk', 30, '人', true]]],
    ['a total of forty-two people were dealt with.', [['handled', 42, '人', false]]],
    ['one hundred and five cases were placed on file for investigation.', [['case_filed', 105, '件', false]]],
    ['fourteen people were transferred to judicial organs.', [['prosecution_transfer', 14, '人', false]]],
    // counts
    ['A total of forty-two rectification measures were formulated.', [['measures', 42, '条', false]]],
    ['sixty-three specific, practical and operable rectification measures were formulated.', [['measures', 63, '条', false]]],
    ['two hundred and fifteen problems pointed out by the inspection team.', [['problems_found', 215, '个', false]]],
    ['thirty-five problems fed back by the inspection team, and thirty problems completed rectification.', [['problems_found', 35, '个', false], ['problems_rectified', 30, '个', false]]],
    ['over thirty systems were established and improved.', [['rules_made', 30, '项', true]]],
    ['twelve problem clues were transferred.', [['clues', 12, '条', false]]],
    ['12 problem clues were transferred.', [['clues', 12, '条', false]]],
    // money into yuan
    ['3 million yuan was refunded.', [['money_refunded', 3000000, '元', false]]],
    ['1.2 million yuan of economic losses were recovered.', [['money_recovered', 1200000, '元', false]]],
    ['ten thousand yuan was refunded.', [['money_refunded', 10000, '元', false]]],
    ['fines of two hundred thousand yuan were imposed.', [['money_fined', 200000, '元', false]]],
    ['about three million yuan of economic losses were recovered.', [['money_recovered', 3000000, '元', true]]],
    ['(twenty intra-party warnings, three removals from party posts and two expulsions from the party)', [['party_warning', 20, '人', false], ['party_post_removal', 3, '人', false], ['party_expulsion', 2, '人', false]]],
    // pooled totals, people with a qualifier, a term before "with N people"
    ['seventy-two people were given party disciplinary sanctions and government sanctions.', [['discipline_total', 72, '人', false]]],
    ['26 people were given reminder talks, criticism and education, and admonishment.', [['handled', 26, '人', false]]],
    ['twenty-one village cadres were given criticism and education.', [['criticism_education', 21, '人', false]]],
    ['9 township cadres were given admonishment talks.', [['admonishment', 9, '人', false]]],
    ['The Organization Department conducted reminder talks with eleven cadres who had problems.', [['reminder_talk', 11, '人', false]]],
    ['Investigated and dealt with 17 cases involving nineteen people.', [['handled', 19, '人', false]]],
    // no count where the word is not one
    ['One of the cadres was given an intra-party warning.', [['party_warning', null, null, false]]],
    ['No one was given party disciplinary sanctions.', []],
    ['The Second Inspection Group gave feedback; the first rectification measures were formulated.', []],
    ['The Eighth Inspection Team conducted the third round of inspections; the "four forms" were used.', []],
  ])('%s', (text, expected) => {
    const got = facts(text);
    expect(got.map((f): Row => [f.code, f.value, f.unit, f.approx])).toEqual(expected);
    for (const f of got) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('quotes start at the hedge and end at the term', () => {
    const text = 'In 2024, more than twenty people were given party disciplinary sanctions.';
    const [f] = facts(text);
    expect([f.start, f.end, f.quote]).toEqual([9, 72, 'more than twenty people were given party disciplinary sanctions']);
  });
});

// A bare "measures" (an alias proposed for the lexicon) counts only right after its figure;
// the term is made by hand so the rule is tested whatever the lexicon holds today.
describe('bare count nouns pair only with an adjacent figure', () => {
  const measuresIn = (text: string): TermHit => {
    const start = text.lastIndexOf('measures');
    return { code: 'measures', kind: 'count', alias: 'measures', start, end: start + 'measures'.length };
  };
  it.each<[string, number | null]>([
    ['The district formulated sixty-three measures.', 63],
    ['one hundred and five measures were formulated', 105],
    ['Self-examined 165 enterprise-related policies and measures.', null],
    ['formulated 19 prevention and control measures', null],
    ['the measures were revised: 12', null],
  ])('%s', (text, value) => {
    const figures = figuresOf(text, findEnglishNumbers(text, nlp as unknown as Nlp));
    const [pair] = pairTerms(text, [measuresIn(text)], figures);
    expect(pair.figure?.value ?? null).toBe(value);
  });
});
