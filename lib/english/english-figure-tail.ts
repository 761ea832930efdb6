// What surrounds a figure, Arabic or in words: the scale, percent or unit word and an
// "or more" after it, a "more than" before it. One reader for both number finders.
import { HEDGE_AFTER, HEDGE_BEFORE, SCALES, UNIT_AFTER, unitOfWord } from './english-units';

export interface Tail { unit: string | null; scale: number; end: number; approx: boolean }

const SCALE_AFTER = /^\s*(hundred million|ten thousand|thousand|million|billion)\b/i;
const PERCENT_AFTER = /^\s*(?:%|percent\b|per cent\b)/i;

/** Reads what follows a figure: scale, percent or unit word, and an "or more" hedge. */
export function readTail(text: string, end: number): Tail {
  let scale = 1;
  let rest = text.slice(end, end + 80);
  const sc = SCALE_AFTER.exec(rest);
  if (sc) {
    scale = SCALES[sc[1].toLowerCase().replace(/\s+/g, ' ')] ?? 1;
    end += sc[0].length;
    rest = text.slice(end, end + 80);
  }
  let unit: string | null = null;
  const pc = PERCENT_AFTER.exec(rest);
  const un = pc ? null : UNIT_AFTER.exec(rest);
  if (pc) { unit = '%'; end += pc[0].length; }
  else if (un) { unit = unitOfWord(un[1]); end += un[0].length; }
  const hedge = HEDGE_AFTER.exec(text.slice(end, end + 20));
  if (hedge) end += hedge[0].length;
  // "20 or more people": the unit after the hedge.
  const late = hedge && !unit ? UNIT_AFTER.exec(text.slice(end, end + 80)) : null;
  if (late) { unit = unitOfWord(late[1]); end += late[0].length; }
  return { unit, scale, end, approx: !!hedge };
}

/** Start of the figure with its hedge ("more than 20"), or `start`. */
export function hedgeStart(text: string, start: number): number {
  const m = HEDGE_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return m ? start - m[0].length : start;
}
