// Only what a reader can see becomes page text: the style rules, the inline-style path the
// command-line extractor takes (linkedom, no layout), and the live-page judgement over computed
// styles and boxes (here a fake LayoutSource).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { flattenText } from '../../lib/dom/flatten-text';
import { hiddenByInlineStyle, hiddenByStyle, parseColor } from '../../lib/dom/style-rules';
import { textVisibility, type BoxLike, type ComputedValues } from '../../lib/dom/text-visibility';

const REAL = '给予党纪处分42人';
const PLANTED = '给予党纪处分999人';

function body(html: string) {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return document;
}

describe('hiddenByStyle', () => {
  it.each([
    [{ display: 'none' }, true],
    [{ visibility: 'hidden' }, true],
    [{ visibility: 'collapse' }, true],
    [{ opacity: '0' }, true],
    [{ opacity: '0.01' }, true],
    [{ opacity: '0%' }, true],
    [{ opacity: '0.5' }, false],
    [{ fontSize: '0px' }, true],
    [{ fontSize: '0' }, true],
    [{ fontSize: '1px' }, true],
    [{ fontSize: '0em' }, true],
    [{ fontSize: '12px' }, false],
    [{ color: 'transparent' }, true],
    [{ color: 'rgba(0, 0, 0, 0)' }, true],
    [{ color: 'rgb(0 0 0 / 0)' }, true],
    [{ color: '#0000' }, true],
    [{ color: 'rgb(34, 34, 34)' }, false],
    [{ clip: 'rect(0px, 0px, 0px, 0px)', position: 'absolute' }, true],
    [{ clip: 'rect(1px 1px 1px 1px)' }, true],
    [{ clip: 'rect(0px, 0px, 0px, 0px)', position: 'static' }, false],
    [{ clip: 'rect(0px, 100px, 20px, 0px)', position: 'absolute' }, false],
    [{ clip: 'auto', position: 'absolute' }, false],
    [{ clipPath: 'inset(50%)' }, true],
    [{ clipPath: 'inset(0 0 100% 0)' }, true],
    [{ clipPath: 'inset(10%)' }, false],
    [{ clipPath: 'circle(0px at 50% 50%)' }, true],
    [{ clipPath: 'circle(0)' }, true],
    [{ clipPath: 'circle(40%)' }, false],
    [{ clipPath: 'none' }, false],
    [{}, false],
  ])('%o → %s', (style, hidden) => {
    expect(hiddenByStyle(style)).toBe(hidden);
  });

  it('parses the colours getComputedStyle writes', () => {
    expect(parseColor('rgb(255, 255, 255)')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('rgba(1, 2, 3, 0.5)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('red')).toBeNull();
  });
});

describe('hiddenByInlineStyle (the command-line path)', () => {
  it.each([
    ['display:none', true],
    ['opacity: 0 !important', true],
    ['FONT-SIZE:0', true],
    ['position:absolute;left:-9999px', true],
    ['position:fixed; top:-10000px', true],
    ['position:relative;left:-9999px', false],
    ['text-indent:-9999px', true],
    ['text-indent:2em', false],
    ['width:0;height:0;overflow:hidden', true],
    ['width:1px;height:1px;overflow:hidden;position:absolute', true],
    ['height:0', false],
    ['clip-path: inset(50%)', true],
    ['position:absolute;clip:rect(0 0 0 0)', true],
    ['color:transparent', true],
    ['color:#333;font-size:16px', false],
  ])('%s → %s', (style, hidden) => {
    expect(hiddenByInlineStyle(style)).toBe(hidden);
  });
});

describe('flattenText skips text hidden by its markup', () => {
  it.each([
    ['opacity 0', '<span style="opacity:0">'],
    ['opacity 0 on an ancestor', '<div style="opacity:0"><p><span>'],
    ['font-size 0', '<span style="font-size:0">'],
    ['visibility hidden', '<span style="visibility:hidden">'],
    ['display none', '<span style="display:none">'],
    ['clip rect', '<span style="position:absolute;clip:rect(0 0 0 0)">'],
    ['clip-path inset', '<span style="clip-path:inset(50%)">'],
    ['clip-path circle', '<span style="clip-path:circle(0)">'],
    ['off-screen left', '<div style="position:absolute;left:-9999px">'],
    ['text-indent', '<div style="text-indent:-9999px;overflow:hidden">'],
    ['zero-size box', '<div style="width:0;height:0;overflow:hidden">'],
    ['transparent colour', '<span style="color:transparent">'],
    ['aria-hidden chrome', '<span aria-hidden="true">'],
    ['hidden attribute', '<span hidden>'],
  ])('%s', (_name, open) => {
    const closers = [...open.matchAll(/<(\w+)/g)].map((m) => `</${m[1]}>`).reverse().join('');
    const doc = body(`<p>${REAL}。</p>${open}${PLANTED}${closers}<p>政务处分21人。</p>`);
    const { text } = flattenText(doc.body as unknown as Node);
    expect(text).toContain(REAL);
    expect(text).toContain('政务处分21人');
    expect(text).not.toContain('999');
  });
});

/** A fake layout: styles by element id (defaults: visible, inline), boxes by id. */
function fakeLayout(styles: Record<string, ComputedValues>, boxes: Record<string, Partial<BoxLike>> = {}, scroll = { x: 0, y: 0 }) {
  const reads = { style: 0, box: 0 };
  const box = (id: string): BoxLike => ({ left: 10, top: 10, right: 200, bottom: 30, width: 190, height: 20, ...boxes[id] });
  return {
    reads,
    source: {
      style: (el: Element) => {
        reads.style++;
        return { display: 'block', opacity: '1', fontSize: '16px', color: 'rgb(34, 34, 34)', overflow: 'visible', backgroundImage: 'none', ...styles[el.id] };
      },
      box: (el: Element) => {
        reads.box++;
        return box(el.id);
      },
      scroll: () => scroll,
    },
  };
}

describe('textVisibility (the live page, over computed styles and boxes)', () => {
  const page = `<div id="page"><p id="real">${REAL}。</p><div id="wrap"><span id="plant">${PLANTED}</span></div><p id="more">政务处分21人。</p></div>`;

  it.each<[string, Record<string, ComputedValues>, Record<string, Partial<BoxLike>>?, { x: number; y: number }?]>([
    ['opacity 0 on an ancestor', { wrap: { opacity: '0' } }],
    ['font-size 0', { plant: { fontSize: '0px' } }],
    ['visibility hidden', { plant: { visibility: 'hidden' } }],
    ['display none on an ancestor', { wrap: { display: 'none' } }],
    ['clip rect', { plant: { clip: 'rect(0px, 0px, 0px, 0px)', position: 'absolute' } }],
    ['clip-path on an ancestor', { wrap: { clipPath: 'inset(50%)' } }],
    ['off-screen left', { plant: { position: 'absolute' } }, { plant: { left: -9999, right: -9800 } }],
    ['off-screen left on a scrolled page', {}, { plant: { left: -1400, right: -1300 } }, { x: 1000, y: 0 }],
    ['above the page', {}, { plant: { top: -9999, bottom: -9980 } }],
    ['text-indent', { plant: { textIndent: '-9999px' } }],
    ['zero-size box with overflow hidden', { wrap: { overflow: 'hidden' } }, { wrap: { width: 0, height: 0 } }],
    ['colour of its background', { wrap: { backgroundColor: 'rgb(250, 250, 250)' }, plant: { color: 'rgb(250, 250, 250)' } }],
    ['white on the default canvas', { plant: { color: 'rgb(255, 255, 255)' } }],
    ['transparent colour', { plant: { color: 'rgba(0, 0, 0, 0)' } }],
  ])('%s is skipped', (_name, styles, boxes, scroll) => {
    const doc = body(page);
    const { source } = fakeLayout(styles, boxes, scroll);
    const { text } = flattenText(doc.body as unknown as Node, { isTextHidden: textVisibility(source) });
    expect(text).toBe(`${REAL}。\n政务处分21人。`);
  });

  it.each<[string, Record<string, ComputedValues>, Record<string, Partial<BoxLike>>?, { x: number; y: number }?]>([
    ['below the fold', {}, { plant: { top: 5000, bottom: 5020 } }],
    ['left of the viewport but scrolled into reach', {}, { plant: { left: -300, right: -100 } }, { x: 400, y: 0 }],
    ['white text on a dark background', { wrap: { backgroundColor: 'rgb(30, 30, 30)' }, plant: { color: 'rgb(255, 255, 255)' } }],
    ['same colour over a background image', { wrap: { backgroundImage: 'url("x.png")' }, plant: { color: 'rgb(255, 255, 255)' } }],
    ['same colour with a text shadow', { plant: { color: 'rgb(255, 255, 255)', textShadow: 'rgb(0, 0, 0) 1px 1px 0px' } }],
    ['a font size set back inside a font-size:0 wrapper', { wrap: { fontSize: '0px' } }],
    ['a zero-height box that lets its text overflow', {}, { wrap: { width: 0, height: 0 } }],
    ['a hanging indent', { plant: { textIndent: '-2em' } }],
    ['display: contents', { wrap: { display: 'contents' } }, { wrap: { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 } }],
  ])('%s is kept', (_name, styles, boxes, scroll) => {
    const doc = body(page);
    const { source } = fakeLayout(styles, boxes, scroll);
    const { text } = flattenText(doc.body as unknown as Node, { isTextHidden: textVisibility(source) });
    expect(text).toContain(PLANTED);
  });

  it('reads each element\'s style at most once a walk, and only on the path of some text', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `<tr><td>${i}</td><td>x</td></tr>`).join('');
    const doc = body(`<div id="page"><table><tbody>${rows}</tbody></table><div><div><img></div></div></div>`);
    const { source, reads } = fakeLayout({});
    const isTextHidden = textVisibility(source);
    flattenText(doc.body as unknown as Node, { isTextHidden });
    // 100 cells + 50 rows + tbody + table + #page + body + html; the empty divs are never read.
    expect(reads.style).toBe(100 + 50 + 5);
    // Boxes only for the elements holding text (no element here clips its overflow).
    expect(reads.box).toBe(100);
    // Walked again with the same judge: the ancestors' answers are remembered, the cells re-read.
    flattenText(doc.body as unknown as Node, { isTextHidden });
    expect(reads.style).toBe(100 + 50 + 5 + 100);
  });
});
