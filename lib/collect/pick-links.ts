// Which links of a column list page (巡视巡察 › 整改公开, paged 1 2 3 … 下一页) are its articles,
// and which one is its next page. The DOM layer (entrypoints/content/list-links.ts) reports every
// anchor with where it sits; this decides, so the same rules serve the live page and the
// background's parsed next pages.

export interface RawLink {
  href: string;
  text: string;
  /** Inside a list item or table row of the page's content (not its nav, header or footer). */
  inListBlock: boolean;
  /** Inside <nav>, <header>, <footer> or an element named like one (menu, crumbs, footer). */
  inChrome?: boolean;
  /** Which list (ul, ol, table, dl) holds it: links of one list share the number. */
  block?: number;
  /** Its list item shows a date (2024-05-10, 2024年5月10日, [05-10]): an article list's mark. */
  dated?: boolean;
}

export interface ListLink {
  url: string;
  text: string;
}

export interface ListPageLinks {
  items: ListLink[];
  next: string | null;
}

/** Shorter link texts are menu entries and pager buttons, not article titles. */
export const MIN_TITLE_CHARS = 6;
/** Fewer article links than this and the page is not taken for a list. */
export const MIN_LIST_ITEMS = 2;

const NEXT_TEXT = /^(?:下一?页|下页|后一?页|next(?:\s*page)?|[>›»]|>>|››)$/i;
const PAGER_TEXT = /^(?:首页|尾页|末页|上一?页|前一?页|previous|prev|first|last|\d+|[<‹«]|<<|跳转|go|更多|more|返回|打印|关闭(?:窗口)?)$/i;
// Column and index pages: a list, not an article (index.html, index_2.html, list_3.shtml, /col12/).
const INDEX_PATH = /(?:\/|\/(?:index|list|default)(?:_\d+)?\.(?:s?html?|jsp|php|aspx?))$/i;

/** The page's URL without its #hash, or null for anything but http(s). */
export function normaliseUrl(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

export function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The page's article links (same origin, deduplicated, in page order) and its 下一页 link. */
export function pickListLinks(links: readonly RawLink[], pageUrl: string): ListPageLinks {
  const self = normaliseUrl(pageUrl, pageUrl);
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  let next: string | null = null;
  for (const link of links) {
    const url = normaliseUrl(link.href, pageUrl);
    if (!url || !sameOrigin(url, pageUrl)) continue;
    const text = squash(link.text);
    if (NEXT_TEXT.test(text)) {
      if (next === null && url !== self) next = url;
      continue;
    }
    if (!link.inListBlock || link.inChrome || url === self || seen.has(url)) continue;
    if (PAGER_TEXT.test(text) || [...text].length < MIN_TITLE_CHARS) continue;
    if (INDEX_PATH.test(new URL(url).pathname)) continue;
    seen.add(url);
    candidates.push({ url, text, block: link.block ?? -1, dated: !!link.dated });
  }
  return { items: articleBlocks(candidates).map(({ url, text }) => ({ url, text })), next };
}

interface Candidate extends ListLink {
  block: number;
  dated: boolean;
}

/**
 * The article list among the page's lists: the lists whose items carry dates, else the longest
 * list. A sidebar of related links or other columns is a list too, but an undated, shorter one.
 */
function articleBlocks(candidates: Candidate[]): Candidate[] {
  const dated = new Set(candidates.filter((c) => c.dated).map((c) => c.block));
  if (dated.size) return candidates.filter((c) => dated.has(c.block));
  const sizes = new Map<number, number>();
  for (const c of candidates) sizes.set(c.block, (sizes.get(c.block) ?? 0) + 1);
  let best = -1;
  let bestSize = 0;
  for (const [block, size] of sizes) if (size > bestSize) [best, bestSize] = [block, size];
  return candidates.filter((c) => c.block === best);
}

/** True when the page lists enough articles to offer collecting them. */
export function isListPage(found: ListPageLinks): boolean {
  return found.items.length >= MIN_LIST_ITEMS;
}
