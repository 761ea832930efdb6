// Every rule of every parser fires on its own examples, and no fact names a rule that is not
// declared: a rule that silently stops matching (or an undocumented one) fails here.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainExtraction } from '../../lib/extract';
import { extractFoundFacts } from '../../lib/facts/extract-facts';
import { PARSERS, REFINERS } from '../../lib/facts/pipeline';
import { foldText } from '../../lib/text/fold';

const RULES = PARSERS.flatMap((p) => p.rules.map((r) => ({ parser: p.id, ...r })));
const DECLARED = new Set(RULES.map((r) => r.id));

describe('each rule fires on its own examples', () => {
  it.each(RULES.flatMap((r) => r.examples.map((example) => [r.id, example] as const)))('%s: %s', (id, example) => {
    const rules = extractFoundFacts(foldText(example), example, []).map((f) => f.rule);
    expect(rules).toContain(id);
  });
});

describe('the rule table', () => {
  it('has unique ids, each with its parser as prefix and at least one example', () => {
    expect(DECLARED.size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id.startsWith(`${r.parser}.`), r.id).toBe(true);
      expect(r.examples.length, r.id).toBeGreaterThan(0);
    }
  });
  it('names every refiner once', () => {
    expect(new Set(REFINERS.map((r) => r.id)).size).toBe(REFINERS.length);
  });
  it('declares every rule a fact on the seed and real notices names', () => {
    const shared = path.resolve(__dirname, '../../../shared/fixtures');
    const files = [shared, path.join(shared, 'real')].flatMap((dir) =>
      readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)),
    );
    expect(files.length).toBeGreaterThan(40);
    const used = new Set(files.flatMap((f) => explainExtraction(readFileSync(f, 'utf8')).rules));
    for (const id of used) expect(DECLARED.has(id), id).toBe(true);
  });
});
