// The notice's own fields from an English page: title, issuer (signature or title), the
// opening inspection sentence (body, unit, dates, 巡视 or 巡察) and the feedback and
// publication dates. Absent fields stay null; nothing is guessed.
import { EMPTY_NOTICE, type NoticeFields } from '../contract';
import { findDates, isoDate, type DateMention } from './english-dates';

const OPENING = /(?:^|[.\n]\s*|,\s*|\d{4}\s+)(?:the\s+)?([a-z][^.,;\n]{2,140}?\b(?:team|group)(?:\s+(?:of|under)\s+the\s+[^.,;\n]{3,90}?(?:committee|commission|government|leading group))?)\s+(?:conducted|carried\s+out|launched|made)\s+(?:an?\s+)?([a-z -]{0,30}?(?:inspection|patrol)(?:\s+tours?|\s+work)?)\s+(?:of|on|into|at|in)\s+(?:the\s+)?([^.;\n]{2,160}?)(?=,\s*and\s|\s+and\s+(?:gave|fed|provided)|\.(?:\s|$)|;|\n)/i;
const TITLE_HINT = /\b(?:notice|circular|report|announcement|bulletin)\b/i;
const TITLE_ISSUER = [
  /^(?:notice|circular|report|announcement|bulletin)\s+(?:of|by|from)\s+(?:the\s+)?(.+?)\s+(?:on|regarding|concerning)\s+/i,
  /^(.+?)(?:'s)?\s+(?:notice|circular|report|announcement)\s+(?:on|regarding|concerning)\s+/i,
];
const ISSUER_HINT = /\b(?:committee|CPC|party|government|commission|bureau|leading group)\b/i;
const PAGE_DATE_LINE = /(?:\b(?:release|publication|publish(?:ed|ing)?|posting|posted|issued?)\s*(?:time|date|on)?|(?:^|\s)(?:time|date))\s*[:：]\s*([^\n]{0,40})/im;

function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

function inspectionType(mode: string, body: string): NoticeFields['inspectionType'] {
  if (/patrol/i.test(mode) || /patrol/i.test(body)) return '巡察';
  if (/circuit/i.test(mode) || /circuit/i.test(body)) return '巡视';
  if (/\b(?:provincial|central|autonomous region)\b/i.test(body)) return '巡视';
  if (/\b(?:municipal|city|county|district)\b/i.test(body)) return '巡察';
  return null;
}

/** The signature: a line that is only a date, with the signing body on the line above. */
function signature(text: string): { issuer: string | null; date: string | null } {
  const ls = lines(text.slice(-3000));
  for (let i = ls.length - 1; i >= 0; i--) {
    const ds = findDates(ls[i]);
    if (ds.length !== 1 || ds[0].end - ds[0].start < ls[i].length - 2) continue;
    const above = ls[i - 1] ?? '';
    const issuer = above.length <= 120 && ISSUER_HINT.test(above) && !/[.:;]/.test(above) ? above : null;
    return { issuer, date: isoDate(ds[0], null) };
  }
  return { issuer: null, date: null };
}

function feedbackDate(text: string, from: number, skip: DateMention[], fallbackYear: number | null): string | null {
  const window = text.slice(from, from + 2500);
  const re = /\b(?:gave|give|provided|fed\s+back|feedback)\b/gi;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const sStart = Math.max(window.lastIndexOf('.', m.index - 1), window.lastIndexOf('\n', m.index - 1)) + 1;
    const rest = window.slice(m.index);
    const sEnd = m.index + (rest.search(/\.(?:\s|$)|\n/) + 1 || rest.length);
    const ds = findDates(window.slice(sStart, sEnd))
      .map((d) => ({ ...d, start: d.start + sStart + from, end: d.end + sStart + from }))
      .filter((d) => !skip.some((s) => s.start === d.start));
    const after = ds.find((d) => d.start >= m!.index + from);
    const pick = after ?? ds[ds.length - 1];
    if (pick) return isoDate(pick, fallbackYear);
  }
  return null;
}

export function extractEnglishNotice(text: string): NoticeFields {
  const notice: NoticeFields = { ...EMPTY_NOTICE };
  notice.title = lines(text.slice(0, 3000)).slice(0, 8).find((l) => l.length < 250 && TITLE_HINT.test(l) && /rectif/i.test(l)) ?? null;
  const sig = signature(text);
  notice.issuer = sig.issuer;
  if (!notice.issuer && notice.title) {
    for (const re of TITLE_ISSUER) {
      const m = re.exec(notice.title);
      if (m) { notice.issuer = m[1].trim(); break; }
    }
  }
  const page = PAGE_DATE_LINE.exec(text.slice(0, 3000));
  const pageDate = page ? findDates(page[1])[0] : undefined;
  notice.publishedDate = sig.date ?? (pageDate ? isoDate(pageDate, null) : null);

  const open = OPENING.exec(text.slice(0, 20000));
  if (!open) return notice;
  notice.inspectionBody = open[1].trim();
  notice.inspectedUnit = open[3].trim();
  notice.inspectionType = inspectionType(open[2], open[1]);
  const bodyAt = open.index + open[0].indexOf(open[1]);
  const sStart = Math.max(text.lastIndexOf('.', bodyAt - 1), text.lastIndexOf('\n', bodyAt - 1), bodyAt - 400, 0);
  const spans = findDates(text.slice(sStart, bodyAt)).map((d) => ({ ...d, start: d.start + sStart, end: d.end + sStart }));
  const [a, b] = spans.slice(-2);
  if (a && b) {
    const year = b.year ?? a.year;
    notice.inspectionStart = isoDate(a, year);
    notice.inspectionEnd = isoDate(b, year);
  }
  const year = b?.year ?? a?.year ?? null;
  notice.feedbackDate = feedbackDate(text, sStart, spans, year);
  return notice;
}
