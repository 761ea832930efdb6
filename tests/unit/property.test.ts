// Properties every extraction must keep on any input: it never throws, its offsets are inside
// the text, every quote is the slice it claims, and the record passes the contract's schema.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import type { Nlp } from '../../lib/english/extract-english';
import { extract } from '../../lib/extract';
import { TERMS } from '../../lib/vocabulary';
import { expectSound } from './extraction-soundness';

const FIXTURES = resolve(__dirname, '../../../shared/fixtures');
const texts = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
const paragraphs = texts.flatMap((t) => t.split('\n')).filter((p) => /\d/.test(p) && p.length > 20);

const TITLES = ['关于巡视整改情况的通报\n', '中共某某区委关于巡察整改进展情况的通报\n', '關於巡視整改情況的通報\n'];
// The fixtures' own inspection sentences (…巡视组对…开展了巡视…反馈): with a title, enough for
// detection to call the text a notice, so the facts path runs.
const INSPECTION_LINES = texts.flatMap((t) => t.split('\n').slice(0, 8)).filter((l) => /巡[视察].{0,4}组对[^。]{2,40}开展/.test(l));
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
  fc
    .tuple(fc.constantFrom(...TITLES), fc.constantFrom(...INSPECTION_LINES), fc.constantFrom(...paragraphs), body)
    .map(([title, opening, p, b]) => `${title}${opening}\n${p}\n${b}`);

const RUNS = { numRuns: 200 };

// Machine-translated pages: English vocabulary, numbers and the notice's English phrasing.
const ENGLISH_OPENING = 'Notice on the rectification of the inspection\nFrom March 18 to May 20, 2024, the Eighth Inspection Team of the Provincial Party Committee conducted an inspection of Lucheng District. On August 6, the inspection team gave feedback.\n';
const englishWords = [
  ...TERMS.flatMap((t) => [...t.aliasesEn]),
  'a total of', 'of whom', 'including', 'people', 'person-times', 'cases', 'items', 'yuan', 'million', 'billion',
  'ten thousand', 'more than', 'nearly', 'about', 'over', 'one', 'two', 'twelve', ',', '.', ';', '(', ')', '\n', ' ',
];
const englishToken = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...englishWords) },
  { weight: 3, arbitrary: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }).map(String), fc.double({ min: 0, max: 1e4, noNaN: true }).map((d) => d.toFixed(2))) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
const englishText = fc
  .tuple(fc.boolean(), fc.array(englishToken, { maxLength: 80 }))
  .map(([opening, ts]) => `${opening ? ENGLISH_OPENING : ''}${ts.join(' ')}`);

describe('extract() properties', () => {
  it.each([
    ['random notice-like strings', noticeLike],
    ['random slices of the fixtures', fixtureSlice],
    ['notice openings + a fixture paragraph + random tokens', withOpening(noticeLike)],
    ['notice openings + a fixture paragraph + a fixture slice', withOpening(fixtureSlice)],
  ] as const)('%s: never throws, offsets and quotes are exact', (_name, arb) => {
    fc.assert(fc.property(arb, (text) => expectSound(text, extract(text, { source: 'prop' }))), RUNS);
  });

  it('machine-translated English text: never throws, offsets and quotes are exact', () => {
    const options = { source: 'prop', nlp: nlp as unknown as Nlp };
    fc.assert(fc.property(englishText, (text) => expectSound(text, extract(text, options))), { numRuns: 100 });
  });

  it('exercises the notice path (the openings make a notice)', () => {
    expect(INSPECTION_LINES.length).toBeGreaterThan(0);
    const samples = fc.sample(withOpening(noticeLike), { numRuns: 50, seed: 1 }).map((t) => extract(t));
    expect(samples.filter((x) => x.detection.isNotice).length).toBeGreaterThan(25);
    expect(samples.filter((x) => x.facts.length > 0).length).toBeGreaterThan(10);
  });

  it('keeps the whole fixtures sound too', () => {
    for (const text of texts) expectSound(text, extract(text));
  });
});
