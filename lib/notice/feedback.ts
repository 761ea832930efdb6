// The feedback date: 6月25日,巡视组反馈巡视意见 / 并于2021年3月25日反馈了巡察意见 / 反馈会.
// The date is the last one before 反馈 in its sentence (after the inspection's own dates);
// a date without a year takes the year of the mention before it.
import { findDates, lastYearBefore, withYear, type DateMention } from './dates';
import type { Inspection } from './inspection-sentence';
import { FEEDBACK_RE, sentenceAt } from './patterns';

const WINDOW = 1500;
const FEEDBACK_ALL = new RegExp(FEEDBACK_RE.source, 'g');

export function findFeedbackDate(text: string, inspection: Inspection | null): DateMention | null {
  const from = inspection ? inspection.sentence.start : 0;
  const window = text.slice(from, from + WINDOW);
  for (const m of window.matchAll(FEEDBACK_ALL)) {
    const pos = from + m.index;
    const sentence = sentenceAt(text, pos);
    let lo = sentence.start;
    if (inspection?.end && inspection.end.end > lo && inspection.end.end <= pos) lo = inspection.end.end;
    const before = findDates(text, lo, pos).filter((d) => d.day !== null);
    const date = before[before.length - 1] ?? findDates(text, pos, sentence.end).find((d) => d.day !== null);
    if (!date) continue;
    return withYear(date, previousMention(text, date, inspection));
  }
  return null;
}

function previousMention(text: string, date: DateMention, inspection: Inspection | null): DateMention | null {
  const explicit = lastYearBefore(text, date.start);
  const last = inspection?.end ?? inspection?.start ?? null;
  if (last && last.start < date.start && (!explicit || explicit.start <= last.start)) return last;
  return explicit;
}
