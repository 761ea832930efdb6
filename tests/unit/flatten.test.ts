import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { flattenText, textOfHtmlDocument, type FlatText } from '../../lib/dom/flatten-text';

function flat(body: string, options = {}): FlatText {
  const { document } = parseHTML(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
  return flattenText(document.body as unknown as Node, options);
}

function expectExactSegments({ text, segments }: FlatText): void {
  let previousEnd = 0;
  for (const seg of segments) {
    expect(text.slice(seg.start, seg.end)).toBe(seg.node.nodeValue);
    expect(seg.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = seg.end;
  }
}

describe('flattenText', () => {
  it.each([
    ['paragraphs', '<p>一</p><p>二</p>', '一\n二'],
    ['divs and headings', '<div><h1>标题</h1><div>正文</div></div>', '标题\n正文'],
    ['br', '<p>a<br>b<br><br>c</p>', 'a\nb\nc'],
    ['list items', '<ul><li>x</li><li>y</li></ul>', 'x\ny'],
    ['inline runs stay on one line', '<p>给予<b>党纪处分</b><span>42</span>人</p>', '给予党纪处分42人'],
    ['a real space between inline runs', '<p><b>3</b> <i>人</i></p>', '3 人'],
    ['source indentation between blocks is dropped', '<div>\n  <p>a</p>\n  <p>b</p>\n</div>', 'a\nb'],
    ['table cells', '<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>', 'a\tb\nc\td'],
    ['empty cell', '<table><tr><td>a</td><td> </td><td>b</td></tr></table>', 'a\tb'],
    ['hr', 'a<hr>b', 'a\nb'],
  ])('%s', (_name, body, expected) => {
    const result = flat(body);
    expect(result.text).toBe(expected);
    expectExactSegments(result);
  });

  it.each([
    ['script', '<p>a<script>var x = 1;</script>b</p>'],
    ['style', '<p>a<style>p { color: red }</style>b</p>'],
    ['noscript', '<p>a<noscript>enable js</noscript>b</p>'],
    ['template', '<p>a<template><i>t</i></template>b</p>'],
    ['textarea', '<p>a<textarea>typed</textarea>b</p>'],
    ['select', '<p>a<select><option>o</option></select>b</p>'],
    ['svg', '<p>a<svg><text>s</text></svg>b</p>'],
    ['iframe', '<p>a<iframe>f</iframe>b</p>'],
    ['hidden attribute', '<p>a<span hidden>h</span>b</p>'],
    ['contenteditable', '<p>a<span contenteditable="true">e</span>b</p>'],
    ['contenteditable empty value', '<p>a<span contenteditable>e</span>b</p>'],
    ['our own UI', '<p>a<div data-rectify-lens>ui</div>b</p>'],
  ])('skips %s', (_name, body) => {
    expect(flat(body).text.replace(/\n/g, '')).toBe('ab');
  });

  it('skips aria-hidden="true" chrome, keeps aria-hidden="false" and contenteditable="false"', () => {
    expect(flat('<p>a<span aria-hidden="true">x</span><span aria-hidden="false">y</span><span contenteditable="false">z</span>b</p>').text).toBe('ayzb');
  });

  it('asks the isHidden callback about each element', () => {
    const result = flat('<p>a<span class="off">x</span>b</p>', { isHidden: (el: Element) => el.getAttribute('class') === 'off' });
    expect(result.text).toBe('ab');
  });

  it('keeps <pre> content exactly, whitespace included', () => {
    const result = flat('<p>before</p><pre>  line 1\n\n  line 2\n</pre><p>after</p>');
    expect(result.text).toBe('before\n  line 1\n\n  line 2\nafter');
    expectExactSegments(result);
  });

  it('keeps whitespace when the root itself is a <pre>', () => {
    const { document } = parseHTML('<html><body><pre><b>a</b>\n\n<b>b</b></pre></body></html>');
    expect(flattenText(document.querySelector('pre') as unknown as Node).text).toBe('a\n\nb');
  });

  it('never alters text node contents, so offsets map back exactly', () => {
    const result = flat('<div class="crumb"><a>首页</a> &gt; <a>工作之窗</a></div><h1>关于巡视整改情况的通报</h1>\n<p>  给予党纪处分42人(党内警告28人,严重警告8人);\n政务处分21人。 </p><table><tr><td>合计</td><td>1,858,200元</td></tr></table>');
    expect(result.segments.length).toBeGreaterThan(5);
    expectExactSegments(result);
    expect(result.text).toContain('给予党纪处分42人(党内警告28人,严重警告8人);\n政务处分21人。');
  });

  it('walks deep trees without recursion limits', () => {
    const depth = 20000;
    const result = flat(`${'<div><span>'.repeat(depth / 2)}深${'</span></div>'.repeat(depth / 2)}<p>尾</p>`);
    expect(result.text).toBe('深\n尾');
  });

  it('flattens a large page (its speed is measured by npm run bench:browser)', () => {
    const body = Array.from({ length: 8000 }, (_, i) => `<div><p>第${i}段<b>给予</b>党纪处分<span>${i}人</span></p></div>`).join('\n');
    const { document } = parseHTML(`<html><body>${body}</body></html>`);
    const result = flattenText(document.body as unknown as Node);
    expect(result.segments.length).toBe(8000 * 4);
  });

  it('flattens a single text node root and an empty element', () => {
    const { document } = parseHTML('<html><body><p>x</p></body></html>');
    const p = document.querySelector('p')!;
    expect(flattenText(p.firstChild as unknown as Node).text).toBe('x');
    expect(flattenText(document.createElement('div') as unknown as Node)).toEqual({ text: '', segments: [] });
  });

  it('textOfHtmlDocument reads the page without its head', () => {
    const { document } = parseHTML('<html><head><title>T</title><style>x{}</style></head><body><p>正文</p></body></html>');
    expect(textOfHtmlDocument(document as unknown as Document)).toBe('正文');
  });
});
