// Context tests that keep a sanction word from becoming a fact: routine or preventive talks,
// future or conditional rules, denials ("no one was …"), policy nouns ("reminder talk
// system") and bare headings.
import type { TermHit } from './english-terms';

const ROUTINE_BEFORE = /\b(?:daily|routine|regular|pre-holiday|holiday|pre-appointment|collective|heart-to-heart|integrity|clean government|normali[sz]ed|festival)\b[^,;.()]{0,30}$/i;
const ROUTINE_AFTER = /^\s+(?:before|during|ahead\s+of)\s+(?:the\s+)?(?:holidays?|festivals?|appointments?|taking\s+office)\b/i;
const POLICY_AFTER = /^\s+(?:system|systems|mechanism|mechanisms|regulations|rules|measures|work)\b/i;
// "no one was given party disciplinary sanctions": a sanction denied is not a sanction given.
const NEGATED = /\b(?:no\s+one|nobody|none|no\s+(?:cadres?|officials?|people|persons?|party\s+members?))\b/i;
const FUTURE = /\b(?:will|shall|should|must|would|if|whoever|those who|those whose|anyone who|in case of)\b/i;
const CLAUSE_END = /[.!?;](?=\s|$)|\n/g;
const SENTENCE_END = /[.!?](?=\s|$)|\n/g;

let cache: { text: string; clause: number[]; sentence: number[] } | null = null;

function boundaries(text: string): { clause: number[]; sentence: number[] } {
  if (cache?.text !== text) {
    const clause = [...text.matchAll(CLAUSE_END)].map((m) => (m.index ?? 0) + 1);
    const sentence = [...text.matchAll(SENTENCE_END)].map((m) => (m.index ?? 0) + 1);
    cache = { text, clause, sentence };
  }
  return cache;
}

/** Start of the sentence holding `pos`; with `clauses`, a semicolon also starts one. */
function sentenceStart(text: string, pos: number, clauses = true): number {
  const ends = clauses ? boundaries(text).clause : boundaries(text).sentence;
  let lo = 0, hi = ends.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ends[mid] <= pos) lo = mid + 1; else hi = mid; }
  return lo > 0 ? ends[lo - 1] : 0;
}

/** Routine talks, policy nouns and future or conditional statements are never facts. */
export function isExcluded(text: string, t: TermHit): boolean {
  if (t.kind === 'sanction' && ROUTINE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) return true;
  if (t.kind === 'sanction' && ROUTINE_AFTER.test(text.slice(t.end, t.end + 40))) return true;
  if (t.kind === 'sanction' && POLICY_AFTER.test(text.slice(t.end, t.end + 20))) return true;
  const clause = text.slice(sentenceStart(text, t.start), t.start);
  return FUTURE.test(clause) || (t.kind === 'sanction' && NEGATED.test(clause));
}

/** A term alone on a short line is a heading ("(2) Admonishment"), not a sanction given. */
export function isHeading(text: string, t: TermHit): boolean {
  const lineStart = text.lastIndexOf('\n', t.start) + 1;
  let lineEnd = text.indexOf('\n', t.end);
  if (lineEnd < 0) lineEnd = text.length;
  return lineEnd - lineStart < 40;
}

export { sentenceStart };
