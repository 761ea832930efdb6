// Which changes may re-analyse a notice page: the article around the facts is found, its text
// compared; a clock or a ticker outside it is not a change, one inside it is.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { relevantRecord } from '../../entrypoints/content/watch-mutations';
import { articleContainer, textWithin } from '../../lib/dom/article-scope';
import { flattenText } from '../../lib/dom/flatten-text';

const PAGE = `<div class="top"><span id="clock">09:30:00</span></div>
<div class="main"><h1>关于巡视整改情况的通报</h1><div id="zoom"><p>给予党纪处分42人。</p><p>政务处分21人。</p></div></div>
<div class="foot">网站标识码3303020001</div>`;

function page() {
  const { document } = parseHTML(`<!doctype html><html><body>${PAGE}</body></html>`);
  const flat = flattenText(document.body as unknown as Node);
  const span = (s: string) => ({ start: flat.text.indexOf(s), end: flat.text.indexOf(s) + s.length });
  return { document, flat, span };
}

describe('articleContainer', () => {
  it.each([
    ['facts in two paragraphs', ['党纪处分42人', '政务处分21人'], 'zoom'],
    ['one fact: climbs out of its paragraph', ['党纪处分42人'], 'zoom'],
  ])('%s → #%s', (_name, quotes, id) => {
    const { flat, span } = page();
    expect(articleContainer(flat.segments, quotes.map(span))?.getAttribute('id')).toBe(id);
  });

  it('no facts: no article', () => {
    const { flat } = page();
    expect(articleContainer(flat.segments, [])).toBeNull();
  });

  it('textWithin gives the article\'s text only, whatever the clock says', () => {
    const { document, flat, span } = page();
    const zoom = articleContainer(flat.segments, [span('党纪处分42人')])!;
    expect(textWithin(flat.text, flat.segments, zoom)).toBe('给予党纪处分42人。\n政务处分21人。');
    document.getElementById('clock')!.textContent = '09:30:01';
    const again = flattenText(document.body as unknown as Node);
    expect(again.text).not.toBe(flat.text);
    expect(textWithin(again.text, again.segments, zoom)).toBe(textWithin(flat.text, flat.segments, zoom));
  });
});

describe('relevantRecord', () => {
  const notOurs = () => false;
  const record = (type: MutationRecordType, target: Node, added: Node[] = [], removed: Node[] = []) =>
    ({ type, target, addedNodes: added, removedNodes: removed }) as unknown as MutationRecord;

  it.each([
    ['the clock ticks, article known', (d: Document) => record('characterData', d.getElementById('clock')!.firstChild!), true, false],
    ['a paragraph added to the article', (d: Document) => record('childList', d.getElementById('zoom')!, [d.createElement('p')]), true, true],
    ['the clock ticks, no article yet', (d: Document) => record('childList', d.getElementById('clock')!, [d.createTextNode('09:30:01')]), false, false],
    ['a late article arrives, no article yet', (d: Document) => record('childList', d.body, [d.createTextNode('给予党纪处分42人。'.repeat(5))]), false, true],
  ])('%s → %s', (_name, make, withArticle, relevant) => {
    const { document, flat, span } = page();
    const scope = withArticle ? articleContainer(flat.segments, [span('党纪处分42人')]) : null;
    expect(relevantRecord(make(document as unknown as Document), notOurs, scope)).toBe(relevant);
  });
});
