// The printed title (a short line near the top: …关于巡视整改情况的通报) and the issuer it names.
import { ORG_RE, TITLE_RE } from './patterns';

const TITLE_ZONE = 4000;
const CHROME = /[>>»|]|首页|当前位置/;

/** The first title-shaped line before `before` (the opening sentence), or null. */
export function findTitle(text: string, before = TITLE_ZONE): string | null {
  const lines = text.slice(0, Math.min(before, TITLE_ZONE)).split('\n');
  let previous = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length <= 80 && !CHROME.test(line) && TITLE_RE.test(line)) {
      // A title broken over two lines: 中共XX区委 / 关于巡视整改情况的通报.
      if (line.startsWith('关于') && ORG_RE.test(previous)) return previous + line;
      return line;
    }
    if (line) previous = line;
  }
  // Only in the chrome: the window title (…的通报_清廉XX网) or the breadcrumbs' last step.
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length > 120) continue;
    for (const part of [line.split(/_|\||\s-\s/)[0]!, line.split(/>|>|»/).pop()!]) {
      const candidate = part.trim();
      if (candidate !== line && candidate.length <= 80 && TITLE_RE.test(candidate)) return candidate;
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
