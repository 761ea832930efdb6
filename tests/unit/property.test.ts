// Properties every extraction must keep on any input: it never throws, its offsets are inside
// the text, every quote is the slice it claims, and the record passes the contract's schema.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractionSchema, type Extraction } from '../../lib/contract';
import { extract } from '../../lib/extract';
import { TERMS } from '../../lib/vocabulary';

const FIXTURES = resolve(__dirname, '../../../shared/fixtures');
const texts = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
const paragraphs = texts.flatMap((t) => t.split('\n')).filter((p) => /\d/.test(p) && p.length > 20);

const OPENINGS = ['关于巡视整改情况的通报\n', '中共某某区委关于巡察整改进展情况的通报\n', '關於巡視整改情況的通報\n'];
const words = [
  ...TERMS.flatMap((t) => [t.label, ...t.aliases]),
  '给予', '其中', '合计', '共', '余', '多', '近', '约', '超', '以上', '万', '亿', '元', '万元', '亿元', '人', '人次', '件', '起', '条', '项', '个',
  '一', '二', '两', '十', '十三', '二十七', '百', '千', '零', '〇', '１２', '４２', '%', '.', '0.5', '1,234',
  ',', '。', ';', '、', '(', ')', '(', ')', ':', '\n', ' ', '巡视组', '巡察', '2024年3月18日', '6月25日', '至', '-', '——',
];

const token = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...words) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
);
const noticeLike = fc.array(token, { maxLength: 80 }).map((ts) => ts.join(''));
const fixtureSlice = fc
  .tuple(fc.nat({ max: texts.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 3000 }))
  .map(([i, at, len]) => {
    const start = Math.floor(at * texts[i].length);
    return texts[i].slice(start, start + len);
  });
const withOpening = (body: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom(...OPENINGS), fc.constantFrom(...paragraphs), body).map(([o, p, b]) => `${o}${p}\n${b}`);

function expectSound(text: string, x: Extraction): void {
  expect(extractionSchema.parse(x)).toEqual(x);
  for (const item of [...x.facts, ...x.numbers]) {
    expect(item.start).toBeGreaterThanOrEqual(0);
    expect(item.start).toBeLessThanOrEqual(item.end);
    expect(item.end).toBeLessThanOrEqual(text.length);
    expect(item.quote).toBe(text.slice(item.start, item.end));
  }
  // JSON cannot carry NaN or Infinity: the CLI would print null and break the contract.
  for (const f of x.facts) if (f.value !== null) expect(Number.isFinite(f.value)).toBe(true);
  for (const n of x.numbers) expect(Number.isFinite(n.value)).toBe(true);
}

const RUNS = { numRuns: 200 };

describe('extract() properties', () => {
  it.each([
    ['random notice-like strings', noticeLike],
    ['random slices of the fixtures', fixtureSlice],
    ['notice openings + a fixture paragraph + random tokens', withOpening(noticeLike)],
    ['notice openings + a fixture paragraph + a fixture slice', withOpening(fixtureSlice)],
  ] as const)('%s: never throws, offsets and quotes are exact', (_name, arb) => {
    fc.assert(fc.property(arb, (text) => expectSound(text, extract(text, { source: 'prop' }))), RUNS);
  });

  it('keeps the whole fixtures sound too', () => {
    for (const text of texts) expectSound(text, extract(text));
  });
});
