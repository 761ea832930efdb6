// Context tests that keep a sanction word from becoming a fact: routine or preventive talks,
// future or conditional rules, policy nouns ("reminder talk system") and bare headings.
import type { TermHit } from './english-terms';

const ROUTINE_BEFORE = /\b(?:daily|routine|regular|pre-holiday|holiday|pre-appointment|collective|heart-to-heart|integrity|clean government|normali[sz]ed|festival)\b[^,;.()]{0,30}$/i;
const POLICY_AFTER = /^\s+(?:system|systems|mechanism|mechanisms|regulations|rules|measures|work)\b/i;
const FUTURE = /\b(?:will|shall|should|must|would|if|whoever|those who|those whose|anyone who|in case of)\b/i;
const SENTENCE_END = /[.!?;](?=\s|$)|\n/g;

function sentenceStart(text: string, pos: number): number {
  const from = Math.max(0, pos - 400);
  let start = from;
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index < pos; m = SENTENCE_END.exec(text)) start = m.index + 1;
  return start;
}

/** Routine talks, policy nouns and future or conditional statements are never facts. */
export function isExcluded(text: string, t: TermHit): boolean {
  if (t.kind === 'sanction' && ROUTINE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) return true;
  if (t.kind === 'sanction' && POLICY_AFTER.test(text.slice(t.end, t.end + 20))) return true;
  return FUTURE.test(text.slice(sentenceStart(text, t.start), t.start));
}

/** A term alone on a short line is a heading ("(2) Admonishment"), not a sanction given. */
export function isHeading(text: string, t: TermHit): boolean {
  const lineStart = text.lastIndexOf('\n', t.start) + 1;
  let lineEnd = text.indexOf('\n', t.end);
  if (lineEnd < 0) lineEnd = text.length;
  return lineEnd - lineStart < 40;
}

export { sentenceStart };
