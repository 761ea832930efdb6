// The printed title (a short line near the top: …关于巡视整改情况的通报) and the issuer it names.
// Titles come behind a column tag (【巡察整改】…), in a 标 题: metadata line, or broken over two
// lines (中共某某区委 / 关于巡视整改情况的通报, or …关于十二届省委第一轮巡视 / 整改进展情况的通报).
import { ORG_RE, TITLE_RE } from './patterns';

const TITLE_ZONE = 4000;
const CHROME = /[>>»|]|首页|当前位置/;
/** 【巡察整改】, 【通报】, [整改情况通报] before the title. */
const TAG = /^(?:\s*[【[][^】\]]{1,12}[】\]])+\s*/;
/** 标 题: …, up to the next label of an information-disclosure table. */
const TITLE_FIELD = /(?:^|\s)标\s*题\s*[::]\s*(.+?)(?=\s+(?:发文字号|文号|发布日期|发布时间|成文日期|成文时间|发布机构|索引号|主题分类|有效性|主题词)|\s*$)/m;
const MAX = 80;

/** Page metadata printed on the title's own line: … 发布时间:2024-05-06 来源:…. */
const TRAILING_META = /\s+(?:来源|发布时间|发布日期|发表时间|时间|日期|作者|编辑|浏览|阅读|点击)\s*[::].*$/;
const clean = (line: string) => line.trim().replace(TAG, '').replace(TRAILING_META, '').trim();
/** 一、 (二) 3. — a section heading inside the text, never the title. */
const HEADING = /^(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d+[.、])/;
const titled = (line: string) => line.length <= MAX && !CHROME.test(line) && !HEADING.test(line) && TITLE_RE.test(line);

/** The first title-shaped line before `before` (the opening sentence), or null. Behind a long
 *  menu the title is looked for just above the opening sentence. */
export function findTitle(text: string, before = TITLE_ZONE): string | null {
  const zone = before > TITLE_ZONE ? text.slice(before - TITLE_ZONE / 2, before) : text.slice(0, before);
  const field = TITLE_FIELD.exec(zone);
  if (field && titled(clean(field[1]!))) return clean(field[1]!);
  const lines = zone.split('\n').map(clean).filter(Boolean);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (titled(line)) {
      // A title broken over two lines: 中共XX区委 / 关于巡视整改情况的通报.
      const previous = lines[i - 1] ?? '';
      if (line.startsWith('关于') && ORG_RE.test(previous)) return previous + line;
      return line;
    }
    // …关于十二届省委第一轮巡视 / 整改进展情况的通报: neither half is a title on its own.
    const next = lines[i + 1];
    if (next && !titled(next) && !CHROME.test(line + next) && !/[。,;:]/.test(line + next) && titled(line + next)) return line + next;
  }
  // Only in the chrome: the window title (…的通报_清廉XX网) or the breadcrumbs' last step.
  for (const line of lines) {
    if (line.length > 120) continue;
    for (const part of [line.split(/_|\||\s-\s/)[0]!, line.split(/>|>|»/).pop()!]) {
      const candidate = clean(part);
      if (candidate !== line && candidate.length <= MAX && TITLE_RE.test(candidate)) return candidate;
    }
  }
  return null;
}

/** 中共福州市委滨海新城工作委员会关于巡察整改情况的通报 → 中共福州市委滨海新城工作委员会. */
export function issuerFromTitle(title: string | null): string | null {
  if (!title) return null;
  const prefix = /^(.{2,40}?)关于/.exec(title)?.[1] ?? /^(.{2,40}?)(?:巡视|巡察)/.exec(title)?.[1];
  return prefix && ORG_RE.test(prefix) ? prefix : null;
}
