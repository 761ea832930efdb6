// Is an English (machine-translated) page a rectification notice? Weighted evidence of the
// genre — the notice's title phrase, the inspection-and-feedback opening, the announcing and
// supervising formulas, sanction totals — against the near misses: news of an inspection
// team arriving, one official's expulsion, statistical bulletins.
import type { Detection } from '../contract';

interface Signal { re: RegExp; weight: number; reason: string }

const INSPECTION = '(?:central\\s+|provincial\\s+|municipal\\s+|county\\s+|district\\s+)?(?:patrol\\s+inspections?|circuit\\s+inspections?|inspections?|patrols?|inspection\\s+tours?)';

const POSITIVE: Signal[] = [
  { re: new RegExp(`\\b${INSPECTION}\\s+(?:and\\s+)?rectification\\b`, 'i'), weight: 0.2, reason: 'speaks of inspection rectification' },
  { re: /\b(?:inspection|patrol)\s+(?:team|group)s?\b[^.\n]{0,160}?\b(?:gave|give|provided|fed\s+back|feedback)\b|\bfeedback\s+on\s+the\s+(?:patrol\s+)?(?:inspection|patrol)/i, weight: 0.2, reason: 'inspection team gave feedback' },
  { re: /\b(?:conducted|carried\s+out)\s+(?:an?\s+)?(?:special\s+|routine\s+|regular\s+)?(?:patrol\s+|circuit\s+)?(?:inspection|patrol)\s+(?:of|on)\b/i, weight: 0.1, reason: 'opening inspection sentence' },
  { re: /\brectification[^.\n]{0,80}\b(?:is|are)\s+hereby\s+(?:announced|published|reported|made\s+public|notified)|\bhereby\s+(?:announce|publish|report)[^.\n]{0,60}rectification/i, weight: 0.2, reason: 'announces the rectification' },
  { re: /\bwelcome[^.\n]{0,80}\bsupervis\w*[^.\n]{0,80}\brectification\b|\bsupervis\w*\s+the\s+implementation\s+of\s+the\s+(?:patrol\s+)?(?:inspection|rectification)/i, weight: 0.2, reason: 'invites supervision of the rectification' },
];

const NEGATIVE: Signal[] = [
  { re: /\bstatistical\s+(?:bulletin|communiqu[eé])|\bnational\s+economic\s+and\s+social\s+development\b/i, weight: 0.5, reason: 'statistical bulletin' },
  { re: /\b(?:was|has\s+been)\s+(?:expelled\s+from\s+the\s+party|placed\s+under\s+(?:disciplinary\s+)?(?:review|investigation))|\bserious\s+violations?\s+of\s+discipline\s+and\s+law\b[^.\n]{0,120}\b(?:expelled|dismissed)\b/i, weight: 0.25, reason: 'one official\'s disciplinary announcement' },
  { re: /\b(?:was|were|has\s+been)\s+stationed\b|\bmobili[sz]ation\s+meeting\b|\bwill\s+(?:be\s+)?(?:stationed|accept|receive)\b[^.\n]{0,80}\b(?:letters|calls|visits|reports)\b/i, weight: 0.3, reason: 'news of an inspection team arriving' },
];

const RECTIFICATION = /\brectif(?:ication|y|ied)\b/gi;
const TITLE_WORD = /\b(?:notice|circular|report|announcement|bulletin|briefing)\b/i;
const INSPECTION_WORD = new RegExp(`\\b${INSPECTION}\\b`, 'i');

/** A title among the page's first lines names both the rectification and the inspection. */
function titleNamesRectification(text: string): boolean {
  const top = text.slice(0, 3000).split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 8);
  return top.some((l) => l.length < 250 && TITLE_WORD.test(l) && /\brectif/i.test(l) && INSPECTION_WORD.test(l));
}

export function detectEnglish(text: string, sanctionFigures: number): Detection {
  const head = text.length > 400_000 ? `${text.slice(0, 200_000)}\n${text.slice(-200_000)}` : text;
  const reasons: string[] = [];
  let score = 0;
  if (titleNamesRectification(text)) { score += 0.45; reasons.push('title names the rectification of an inspection'); }
  for (const s of POSITIVE) if (s.re.test(head)) { score += s.weight; reasons.push(s.reason); }
  const rect = (head.match(RECTIFICATION) ?? []).length;
  if (rect >= 8) { score += 0.15; reasons.push(`${rect} mentions of rectification`); }
  else if (rect < 3) score -= 0.2;
  if (sanctionFigures >= 3) { score += 0.15; reasons.push(`${sanctionFigures} sanction figures`); }
  for (const s of NEGATIVE) if (s.re.test(head)) { score -= s.weight; reasons.push(`against: ${s.reason}`); }
  // News of a feedback meeting talks of rectification too; a notice reports or announces it.
  const reports = reasons.some((r) => /title|announces|invites|sanction figures/.test(r) && !r.startsWith('against'));
  if (!reports) score = Math.min(score, 0.45);
  score = Math.max(0, Math.min(1, score));
  return { isNotice: score >= 0.5, score: Math.round(score * 100) / 100, reasons };
}
