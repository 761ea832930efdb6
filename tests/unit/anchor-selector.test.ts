// Re-anchoring saved facts after the page changed: position, quote and context, fuzzy (whitespace
// and small edits), and null when the fact's words are gone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorSelector, createAnchorer } from '../../lib/anchoring/anchor-selector';
import { approximateEnds, matchStart } from '../../lib/anchoring/approximate-match';
import { describeQuote } from '../../lib/anchoring/text-quote';
import { stripWhitespace } from '../../lib/anchoring/whitespace-index';

const SHARED_FIXTURES = new URL('../../../shared/fixtures', import.meta.url).pathname;
const FIXTURES = ['000_d5ca2e1d78e5ca64', '001_fbfa88aa01baddd2', '004_23dfe72a4a5e21ec'].map((name) => {
  const text = readFileSync(`${SHARED_FIXTURES}/${name}.txt`, 'utf8');
  const gold = JSON.parse(readFileSync(`${SHARED_FIXTURES}/${name}.gold.json`, 'utf8')) as { facts: { quote: string }[] };
  const spans = gold.facts
    .map((f) => ({ start: text.indexOf(f.quote), end: text.indexOf(f.quote) + f.quote.length }))
    .filter((s) => s.start >= 0);
  return { name, text, spans };
});

const BANNER = '首页 > 工作之窗 > 巡视巡察\n【通知】本站将于今晚22:00进行系统维护,给予不便敬请谅解。\n';

type Edited = { text: string; map(offset: number): number | null };

/** Builds an edited text from kept/inserted pieces, tracking where each old offset went. */
function rebuild(text: string, pieces: Array<{ keep: [number, number] } | { insert: string }>): Edited {
  let out = '';
  const moves: Array<[number, number, number]> = []; // old start, old end, new start
  for (const p of pieces) {
    if ('keep' in p) {
      moves.push([p.keep[0], p.keep[1], out.length]);
      out += text.slice(p.keep[0], p.keep[1]);
    } else out += p.insert;
  }
  return {
    text: out,
    map: (o) => {
      const m = moves.find(([a, b]) => o >= a && o < b);
      return m ? m[2] + o - m[0] : null;
    },
  };
}

/** Re-wrapped: a line break every 23 characters, and paragraph breaks doubled. */
function rewrap(text: string): Edited {
  const pieces: Array<{ keep: [number, number] } | { insert: string }> = [];
  for (let at = 0; at < text.length; at += 23) {
    pieces.push({ keep: [at, Math.min(text.length, at + 23)] }, { insert: at % 3 ? '\n' : ' \n  ' });
  }
  return rebuild(text, pieces);
}

const EDITS: Array<{ name: string; edit(text: string): Edited; methods: string[] }> = [
  { name: 'unchanged', edit: (text) => ({ text, map: (o) => o }), methods: ['position'] },
  { name: 'banner inserted', edit: (text) => rebuild(text, [{ insert: BANNER }, { keep: [0, text.length] }]), methods: ['quote', 'fuzzy'] },
  { name: 're-wrapped paragraphs', edit: rewrap, methods: ['position', 'quote', 'fuzzy'] },
  {
    name: 'banner and re-wrapped',
    edit: (text) => {
      const w = rewrap(text);
      return { text: BANNER + w.text, map: (o) => (w.map(o) === null ? null : w.map(o)! + BANNER.length) };
    },
    methods: ['quote', 'fuzzy'],
  },
];

describe('anchorSelector on fixtures', () => {
  for (const { name, text, spans } of FIXTURES) {
    for (const { name: editName, edit, methods } of EDITS) {
      it(`${name}: ${editName}`, () => {
        expect(spans.length).toBeGreaterThan(3);
        const { text: edited, map } = edit(text);
        const anchorer = createAnchorer(edited);
        for (const { start, end } of spans) {
          const found = anchorer.anchor(describeQuote(text, start, end));
          // Whitespace inserted inside a quote stays inside the found span.
          expect(found, text.slice(start, end)).toMatchObject({ start: map(start), end: map(end - 1)! + 1 });
          expect(methods).toContain(found!.method);
        }
      });
    }

    it(`${name}: a fact whose sentence was removed is not found; the others are`, () => {
      const victim = spans[Math.floor(spans.length / 2)];
      // The sentence around the victim: from the last 。 or line break before it to the next one.
      const from = Math.max(text.lastIndexOf('。', victim.start), text.lastIndexOf('\n', victim.start)) + 1;
      const ends = [text.indexOf('。', victim.end), text.indexOf('\n', victim.end)].filter((i) => i >= 0);
      const to = ends.length ? Math.min(...ends) + 1 : text.length;
      const removed = text.slice(from, to);
      const { text: edited, map } = rebuild(text, [{ keep: [0, from] }, { keep: [to, text.length] }]);
      const anchorer = createAnchorer(edited);
      for (const span of spans) {
        const found = anchorer.anchor(describeQuote(text, span.start, span.end));
        const inside = span.start >= from && span.end <= to;
        if (inside) expect(found, `${text.slice(span.start, span.end)} removed with «${removed}»`).toBeNull();
        else if (!removed.includes(text.slice(span.start, span.end))) expect(found).toMatchObject({ start: map(span.start) });
      }
    });
  }
});

describe('anchorSelector', () => {
  const cases: Array<{ name: string; saved: string; quote: [number, number]; page: string; expected: { start: number; end: number; method: string } | null }> = [
    {
      name: 'duplicates told apart by their context',
      saved: '甲单位给予党纪处分3人。乙单位给予党纪处分3人。',
      quote: [15, 23],
      page: '乙单位给予党纪处分3人。甲单位给予党纪处分3人。',
      expected: { start: 3, end: 11, method: 'quote' },
    },
    {
      name: 'the stored position when nothing moved',
      saved: '前言。给予党纪处分42人,其中党内警告28人。',
      quote: [3, 12],
      page: '前言。给予党纪处分42人,其中党内警告28人。',
      expected: { start: 3, end: 12, method: 'position' },
    },
    {
      name: 'a small edit inside the quote (fuzzy)',
      saved: '根据巡视反馈意见,共给予党纪政务处分42人,其中党内警告28人。',
      quote: [11, 22],
      page: '根据巡视反馈意见,共给予党纪、政务处分42人,其中党内警告28人。',
      expected: { start: 11, end: 23, method: 'fuzzy' },
    },
    {
      name: 'the quote re-wrapped across lines (fuzzy)',
      saved: '共给予党纪政务处分42人,其中党内警告28人。',
      quote: [1, 12],
      page: '共给予党纪政务\n处分42人,其中党内警告28人。',
      expected: { start: 1, end: 13, method: 'fuzzy' },
    },
    {
      name: 'a short quote with none of its context left',
      saved: '对3名干部诫勉谈话,诫勉3人。其余略。',
      quote: [10, 14],
      page: '全文已更新。本年度诫勉3人,另有其他。',
      expected: null,
    },
    { name: 'an empty quote', saved: 'abc', quote: [1, 1], page: 'abc', expected: null },
  ];
  it.each(cases)('$name', ({ saved, quote, page, expected }) => {
    expect(anchorSelector(page, describeQuote(saved, quote[0], quote[1]))).toEqual(expected);
  });
});

describe('approximate search', () => {
  it.each([
    ['给予党纪政务处分42人', '共给予党纪、政务处分42人,其中', 2, 1, 1],
    ['abcdefghij', 'xxabcdXfghijxx', 2, 1, 2],
    ['a'.repeat(40) + 'b', 'zz' + 'a'.repeat(39) + 'b' + 'zz', 2, 1, 1], // the long-pattern path
  ] as const)('%s in %s', (pattern, text, k, errors, start) => {
    const ends = approximateEnds(text, pattern, k);
    const best = ends.reduce((a, b) => (b.errors < a.errors ? b : a));
    expect(best.errors).toBe(errors);
    expect(matchStart(text, pattern, best.end, k).start).toBe(start);
  });
});

describe('stripWhitespace', () => {
  it('removes what /\\s/ matches, and maps every kept character back', () => {
    const all = Array.from({ length: 0x3100 }, (_, i) => String.fromCharCode(i)).join('') + '\ufeffx';
    const s = stripWhitespace(all);
    expect(s.text).toBe(all.replace(/\s/g, ''));
    for (let i = 0; i < s.text.length; i++) expect(all[s.map[i]]).toBe(s.text[i]);
  });
});
