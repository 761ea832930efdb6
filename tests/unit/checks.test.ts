// computeChecks on hand-made fact lists: which total each part belongs to, and the sums.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../lib/contract';
import { computeChecks } from '../../lib/facts/compute-checks';

let pos = 0;
function f(code: string, value: number | null, parent: string | null = null): Fact {
  pos += 10;
  return {
    kind: 'sanction', code: code as Fact['code'], label: code, value, unit: value === null ? null : '人',
    approx: false, parent: parent as Fact['parent'], headline: false, quote: '', start: pos, end: pos + 5,
  };
}

describe('computeChecks', () => {
  it('sums a parenthesis breakdown', () => {
    const facts = [f('party_discipline', 42), f('party_warning', 28, 'party_discipline'), f('party_serious_warning', 14, 'party_discipline')];
    expect(computeChecks(facts)).toEqual([{ code: 'party_discipline', stated: 42, sumOfParts: 42, ok: true }]);
  });

  it('reports a partial breakdown as not ok, nested parts go to the nearest total', () => {
    const facts = [
      f('handled', 21), f('case_filed', 6, 'handled'), f('discipline_total', 1, 'case_filed'),
      f('criticism_education', 15, 'handled'), f('case_filed', 7),
    ];
    expect(computeChecks(facts)).toEqual([
      { code: 'handled', stated: 21, sumOfParts: 21, ok: true },
      { code: 'case_filed', stated: 6, sumOfParts: 1, ok: false },
    ]);
  });

  it('status counts of one code attach past other facts to the transferred total', () => {
    const facts = [
      f('clues', 6), f('petitions', 65), f('clues', 6, 'clues'), f('case_filed', 4),
      f('petitions', 63, 'petitions'), f('petitions', 2, 'petitions'),
    ];
    expect(computeChecks(facts)).toEqual([
      { code: 'clues', stated: 6, sumOfParts: 6, ok: true },
      { code: 'petitions', stated: 65, sumOfParts: 65, ok: true },
    ]);
  });

  it('parts written before their total (……,共计党纪处分5人)', () => {
    const facts = [f('handled', 9), f('party_warning', 3, 'party_discipline'), f('party_serious_warning', 1, 'party_discipline'), f('party_discipline', 5)];
    expect(computeChecks(facts)).toEqual([{ code: 'party_discipline', stated: 5, sumOfParts: 4, ok: false }]);
  });

  it('ignores null values and facts without parts', () => {
    expect(computeChecks([f('admonishment', null), f('handled', 3)])).toEqual([]);
    expect(computeChecks([f('handled', 3), f('admonishment', null, 'handled')])).toEqual([]);
    expect(computeChecks([])).toEqual([]);
  });
});
