import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { flattenInSlices, sliceUnits } from '../../lib/dom/flatten-in-slices';
import { flattenText } from '../../lib/dom/flatten-text';
import { pointToOffset, resolveOffsets, segmentAt, type DomSpan, type Segment } from '../../lib/dom/offsets-to-range';

// ../shared beside the repository (the fixtures are not copied into it).
const SHARED_FIXTURES = new URL('../../../shared/fixtures', import.meta.url).pathname;

// Synthetic nodes: strings standing for text nodes; gaps are separators.
//   "给予" "党纪处分" "42人" | \n | "政务处分" "21人"
const NODES = ['给予', '党纪处分', '42人', '政务处分', '21人'];
function layout(): Segment<string>[] {
  const segs: Segment<string>[] = [];
  let at = 0;
  NODES.forEach((node, i) => {
    if (i === 3) at += 1; // '\n'
    segs.push({ node, start: at, end: at + node.length });
    at += node.length;
  });
  return segs;
}
const SEGS = layout();
const TEXT = '给予党纪处分42人\n政务处分21人';

/** The text a span covers, read back through the segments (what a Range would contain). */
function textOf<N>(segs: Segment<N>[], span: DomSpan<N>, value: (n: N) => string): string {
  const a = segs.findIndex((s) => s.node === span.startNode);
  const b = segs.findIndex((s) => s.node === span.endNode);
  if (a === b) return value(segs[a].node).slice(span.startOffset, span.endOffset);
  let out = value(segs[a].node).slice(span.startOffset);
  for (let i = a + 1; i < b; i++) out += value(segs[i].node);
  return out + value(segs[b].node).slice(0, span.endOffset);
}

describe('resolveOffsets (pure)', () => {
  const cases: [string, number, number, DomSpan<string> | null][] = [
    ['inside one node', 2, 4, { startNode: '党纪处分', startOffset: 0, endNode: '党纪处分', endOffset: 2 }],
    ['across three nodes', 1, 9, { startNode: '给予', startOffset: 1, endNode: '42人', endOffset: 3 }],
    ['ending exactly at a node end', 6, 9, { startNode: '42人', startOffset: 0, endNode: '42人', endOffset: 3 }],
    ['starting on the separator snaps forward', 9, 12, { startNode: '政务处分', startOffset: 0, endNode: '政务处分', endOffset: 2 }],
    ['ending on the separator snaps back', 6, 10, { startNode: '42人', startOffset: 0, endNode: '42人', endOffset: 3 }],
    ['across the separator', 8, 12, { startNode: '42人', startOffset: 2, endNode: '政务处分', endOffset: 2 }],
    ['only the separator', 9, 10, null],
    ['empty', 3, 3, null],
    ['reversed', 5, 3, null],
    ['past the end', 40, 45, null],
    ['the whole text', 0, TEXT.length, { startNode: '给予', startOffset: 0, endNode: '21人', endOffset: 3 }],
  ];
  for (const [name, start, end, want] of cases) {
    it(name, () => expect(resolveOffsets(SEGS, start, end)).toEqual(want));
  }

  it('reads back every substring that does not begin or end on the separator', () => {
    for (let s = 0; s < TEXT.length; s++) {
      for (let e = s + 1; e <= TEXT.length; e++) {
        if (TEXT[s] === '\n' || TEXT[e - 1] === '\n') continue;
        const span = resolveOffsets(SEGS, s, e)!;
        expect(textOf(SEGS, span, (n) => n)).toBe(TEXT.slice(s, e).replace('\n', ''));
      }
    }
  });

  it('segmentAt and pointToOffset', () => {
    expect(segmentAt(SEGS, 0)).toBe(0);
    expect(segmentAt(SEGS, 6)).toBe(2);
    expect(segmentAt(SEGS, 9)).toBe(-1); // separator
    expect(segmentAt(SEGS, 10)).toBe(3);
    const index = new Map(SEGS.map((s, i) => [s.node as unknown as Node, i]));
    expect(pointToOffset(SEGS as unknown as Segment<Text>[], index, '42人' as unknown as Node, 2)).toBe(8);
    expect(pointToOffset(SEGS as unknown as Segment<Text>[], index, '42人' as unknown as Node, 99)).toBe(9);
    expect(pointToOffset(SEGS as unknown as Segment<Text>[], index, 'x' as unknown as Node, 0)).toBeNull();
  });
});

describe('offsets over a real DOM (linkedom + flattenText)', () => {
  const html =
    '<html><body><div>首页 &gt; <a href="#">巡视巡察</a></div>' +
    '<p>在整改中,给予<b>党纪</b>处分<span>4</span>2人(<i>党内警告</i>28人);</p>' +
    '<table><tr><td>清退款项</td><td>185.82万元</td></tr></table><p>政务处分21人。</p></body></html>';
  const { document } = parseHTML(html);
  const flat = flattenText(document.body);

  it('maps every quote back to the nodes that hold it', () => {
    for (const quote of ['党纪处分42人', '42人', '党内警告28人', '185.82万元', '政务处分21人', '巡视巡察']) {
      const start = flat.text.indexOf(quote);
      expect(start, quote).toBeGreaterThanOrEqual(0);
      const span = resolveOffsets(flat.segments, start, start + quote.length)!;
      expect(textOf(flat.segments, span, (n) => n.data)).toBe(quote);
    }
  });

  it('maps a DOM point back to its text offset', () => {
    const index = new Map<Node, number>(flat.segments.map((s, i) => [s.node, i]));
    const four = flat.segments.find((s) => s.node.data === '4')!;
    expect(pointToOffset(flat.segments, index, four.node, 1)).toBe(flat.text.indexOf('42人') + 1);
  });
});

describe('flattenInSlices', () => {
  const text = readFileSync(`${SHARED_FIXTURES}/001_fbfa88aa01baddd2.txt`, 'utf8');
  const paragraphs = text.split('\n').filter(Boolean);
  const body = paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
  const { document } = parseHTML(`<html><body><div id="wrap"><div class="main">${body}</div><div data-rectify-lens>badge</div></div></body></html>`);

  it('equals one-pass flattening on a page of blocks', async () => {
    let pauses = 0;
    const one = flattenText(document.body);
    const sliced = await flattenInSlices(document.body, { threshold: 0, pause: async () => void pauses++ });
    expect(sliced.text).toBe(one.text);
    expect(sliced.segments.map((s) => [s.start, s.end, s.node.data])).toEqual(one.segments.map((s) => [s.start, s.end, s.node.data]));
    expect(one.text).not.toContain('badge');
  });

  it('opens big wrappers into their children', () => {
    const units = [...sliceUnits(document.body, {}, 10)];
    expect(units.length).toBeGreaterThan(10); // the <p>s, not the one wrapper
    expect(units.some((u) => (u as Element).hasAttribute?.('data-rectify-lens'))).toBe(false);
  });

  it.each([
    // [rows in the table, max elements per unit (the table itself included), units are the rows]
    [3, 20, false], // 1 table + 1 tbody + 3 tr + 6 td = 11 elements: one unit
    [3, 11, false], // exactly max: still one unit
    [3, 9, true], // table (11) and tbody (10) both over max: opened down to the rows
    [50, 20, true],
  ])('a wrapper of %i rows with max %i is opened: %s', (rows, max, opened) => {
    const tr = Array.from({ length: rows }, (_, i) => `<tr><td>${i}</td><td>${i}人</td></tr>`).join('');
    const { document: d } = parseHTML(`<html><body><div><table><tbody>${tr}</tbody></table></div></body></html>`);
    const units = [...sliceUnits(d.body.firstElementChild!, {}, max)];
    expect(units.every((u) => (u as Element).localName === 'tr')).toBe(opened);
    expect(units.length).toBe(opened ? rows : 1);
  });
});
