// The three annotated fixtures: facts as a multiset of (code, value) against the gold files, plus
// units, parents and checks. Fails with the missed and spurious pairs listed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeChecks } from '../../lib/facts/compute-checks';
import { extractFacts } from '../../lib/facts/extract-facts';

const DIR = new URL('../../../shared/fixtures/', import.meta.url);
const IDS = ['000_d5ca2e1d78e5ca64', '001_fbfa88aa01baddd2', '004_23dfe72a4a5e21ec'];

interface GoldFact { code: string; value: number | null; unit: string | null; parent?: string | null }

function diff(got: string[], want: string[]) {
  const left = [...want];
  const spurious: string[] = [];
  for (const g of got) {
    const i = left.indexOf(g);
    if (i >= 0) left.splice(i, 1);
    else spurious.push(g);
  }
  return { missed: left, spurious };
}

describe.each(IDS)('fixture %s', (id) => {
  const text = readFileSync(new URL(`${id}.txt`, DIR), 'utf8');
  const gold = JSON.parse(readFileSync(new URL(`${id}.gold.json`, DIR), 'utf8'));
  const folded = text.normalize('NFKC').length === text.length ? text.normalize('NFKC') : text;
  const facts = extractFacts(folded, text, []);

  it('facts match the gold (code, value) multiset', () => {
    const key = (f: GoldFact) => `${f.code}=${f.value}|${f.unit}|${f.parent ?? null}`;
    expect(diff(facts.map(key), gold.facts.map(key))).toEqual({ missed: [], spurious: [] });
  });

  it('checks match the gold', () => {
    expect(computeChecks(facts)).toEqual(gold.checks);
  });

  it('quotes are slices of the text, sorted by start', () => {
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(facts.map((f) => f.start)).toEqual([...facts.map((f) => f.start)].sort((a, b) => a - b));
  });
});
