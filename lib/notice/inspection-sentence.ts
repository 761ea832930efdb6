// The opening sentence: [根据…部署,]2024年3月18日至5月20日,省委第八巡视组对温州市鹿城区开展了巡视.
// It names the inspection body, the inspected unit (the object of 对, or where it 进驻), the
// kind and the dates.
import { findDates, lastYearBefore, withYear, type DateMention } from './dates';
import { ARRIVAL_RE, BODY_SOURCE, OBJECT_RE, sentenceAt, typeOf, type InspectionType } from './patterns';

export interface Inspection {
  body: string;
  bodyStart: number;
  unit: string | null;
  type: InspectionType | null;
  start: DateMention | null;
  end: DateMention | null;
  sentence: { start: number; end: number };
}

const BODY_RE = new RegExp(BODY_SOURCE, 'g');
const RANGE_SEPARATOR = /^\s*起?(?:至|到|—{1,2}|-|~|－|–)\s*(次年|翌年|第二年)?\s*$/;
/** (以下简称“某某集团”) after a name. */
const ALIAS = /\s*[((](?:以下|下文)?简称[^()()]{0,24}[))]/g;
export const HEAD = 20_000;

/** The first body that inspected something (对…开展了巡视), else the first body named. */
export function findInspection(text: string, limit = HEAD): Inspection | null {
  const head = text.slice(0, limit);
  let fallback: Inspection | null = null;
  for (const m of head.matchAll(BODY_RE)) {
    const bodyEnd = m.index + m[0].length;
    const after = text.slice(bodyEnd, bodyEnd + 120);
    const object = OBJECT_RE.exec(after) ?? ARRIVAL_RE.exec(after);
    const sentence = sentenceAt(text, m.index);
    if (object) {
      const { start, end } = dateRange(text, sentence);
      const unit = object[1]!.replace(ALIAS, '').trim().replace(/^(?:了|于)/, '');
      return { body: m[0], bodyStart: m.index, unit: unit || null, type: (object[2] as InspectionType) ?? typeOf(m[0]), start, end, sentence };
    }
    fallback ??= { body: m[0], bodyStart: m.index, unit: null, type: typeOf(m[0]), start: null, end: null, sentence };
  }
  return fallback;
}

/** The body as the notice names it, or null where the site dropped its number (省委第巡视组). */
export function bodyName(body: string): string | null {
  return /第(?:巡视|巡察)/.test(body) ? null : body;
}

/** 2021年1月11日至2月6日: the first pair of dates joined by 至/—/- in the sentence. */
function dateRange(text: string, sentence: { start: number; end: number }): { start: DateMention | null; end: DateMention | null } {
  const dates = findDates(text, sentence.start, sentence.end);
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    const separator = RANGE_SEPARATOR.exec(text.slice(a.end, b.start));
    if (!separator) continue;
    const start = withYear(a, lastYearBefore(text, a.start));
    // 12月16日至次年2月3日: the end is in the year after the start's.
    if (separator[1] && b.year === null && start.year !== null) return { start, end: { ...b, year: start.year + 1 } };
    return { start, end: withYear(b, start) };
  }
  return { start: null, end: null };
}
