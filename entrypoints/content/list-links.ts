// A column list page's links as the DOM holds them: each anchor's address, text and where it
// sits (a list item or table row of the content, or the site's nav/header/footer). Which of them
// are articles is decided in lib/collect/pick-links.ts. Reads only what linkedom also implements
// (querySelectorAll, closest, getAttribute, textContent), so the background reads the next list
// pages it fetches with the very same code.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pickListLinks, type ListPageLinks, type RawLink } from '../../lib/collect/pick-links';
import { onMessage } from '../../lib/message-protocol';
import type { ListLinks } from '../../lib/messages';

const LIST_BLOCK = 'li, tr, dd, dt';
const CHROME = 'nav, header, footer, [role="navigation"], [class*="nav" i], [id*="nav" i], [class*="menu" i], [class*="crumb" i], [class*="foot" i], [id*="foot" i], [class*="page" i][class*="bar" i]';
const LIST = 'ul, ol, table, dl';
const MAX_LINKS = 5000;
const DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|(?:^|[^\d])\d{2}-\d{2}(?:[^\d]|$)/;

export function gatherLinks(doc: Document): RawLink[] {
  const out: RawLink[] = [];
  const blocks = new Map<Element, number>();
  const alike: AlikeCache = new Map();
  for (const a of Array.from(doc.querySelectorAll('a[href]')).slice(0, MAX_LINKS)) {
    const href = a.getAttribute('href') ?? '';
    // A title attribute often holds the whole title the list cut short with "…".
    const title = a.getAttribute('title')?.trim();
    const text = (a.textContent ?? '').trim();
    const li = a.closest(LIST_BLOCK);
    const row = li ?? repeatedRow(a, alike);
    const list = li ? li.closest(LIST) : (row?.parentElement ?? null);
    const item = row;
    if (list && !blocks.has(list)) blocks.set(list, blocks.size);
    out.push({
      href,
      text: title && title.length > text.length ? title : text,
      inListBlock: item !== null,
      inChrome: a.closest(CHROME) !== null,
      block: list ? blocks.get(list) : undefined,
      // The item's own text beside the link: the date a list prints after each title.
      dated: item ? DATE.test((item.textContent ?? '').replace(a.textContent ?? '', '')) : false,
    });
  }
  return out;
}

/** Per parent: how many of its children of each tag.class hold a link (counted once per parent). */
type AlikeCache = Map<Element, Map<string, number>>;
const kindOf = (el: Element) => `${el.localName}.${el.getAttribute('class') ?? ''}`;

function alikeCount(parent: Element, kind: string, cache: AlikeCache): number {
  let counts = cache.get(parent);
  if (!counts) {
    counts = new Map();
    for (const sib of Array.from(parent.children)) {
      if (sib.localName === 'a' || sib.querySelector('a[href]')) counts.set(kindOf(sib), (counts.get(kindOf(sib)) ?? 0) + 1);
    }
    cache.set(parent, counts);
  }
  return counts.get(kind) ?? 0;
}

/** Lists built of divs: the anchor or its ancestor (up to 3 levels) that repeats among ≥ 3
 *  siblings of the same tag and class, each holding a link, is a row of a list. */
function repeatedRow(a: Element, cache: AlikeCache): Element | null {
  let el: Element | null = a;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    const parent: Element | null = el.parentElement;
    if (!parent || el.localName === 'body') return null;
    if (alikeCount(parent, kindOf(el), cache) >= 3) return el;
  }
  return null;
}

export function listLinksOf(doc: Document, url: string): ListPageLinks {
  return pickListLinks(gatherLinks(doc), url);
}

/** Answers the popup's getListLinks in the top frame (a list page is never an iframe's). */
export function answerListLinks(ctx: ContentScriptContext, doc: Document): void {
  const remove = onMessage('getListLinks', (): ListLinks | null => {
    const url = doc.URL;
    if (!/^https?:/.test(url)) return null;
    const found = listLinksOf(doc, url);
    return { url: new URL(url).href.replace(/#.*$/, ''), items: found.items, next: found.next };
  });
  ctx.onInvalidated(remove);
}
