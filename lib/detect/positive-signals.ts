// What a rectification notice says that its neighbours do not. The notice's own voice — a title
// naming 巡视/巡察整改情况, 现将巡视整改情况予以公布, the closing invitation to supervise — weighs
// most; the body's signs (opening sentence 巡视组对…开展了巡视 with its feedback, many 整改, the
// sanction totals, a signature) add up to less than the threshold on their own, since news and
// work reports share them.
import { findInspection } from '../notice/inspection-sentence';
import { ANNOUNCE_GENERIC_RE, ANNOUNCE_RE, CLOSING_RE, CONTACT_RE, FEEDBACK_RE, ORG_RE } from '../notice/patterns';
import { wholeDate } from '../notice/dates';
import { findTitle } from '../notice/title';
import { TERMS } from '../vocabulary';

export interface Signal {
  weight: number;
  reason: string;
}

export interface Regions {
  text: string;
  head: string;
  tail: string;
}

const SANCTION_ALIASES = TERMS.filter((t) => t.kind === 'sanction')
  .flatMap((t) => [t.label, ...t.aliases].map((a) => [a, t.label] as const))
  .sort((a, b) => b[0].length - a[0].length);
const SANCTION_FIGURE = new RegExp(`(${SANCTION_ALIASES.map(([a]) => a).join('|')})(?:处分)?(?:共|共计|合计)?\\d+(?:人|名|件)`, 'g');
const LABEL_OF = new Map<string, string>(SANCTION_ALIASES);
const SANCTION_ZONE = 20_000;
const NEWS_HEADLINE = /公布|召开|推进会|部署会|督导|调研|动员|座谈/;

export function positiveSignals({ text, head, tail }: Regions): Signal[] {
  const out: Signal[] = [];
  const inspection = findInspection(head);
  const title = findTitle(head, inspection ? inspection.sentence.start : undefined);
  // A headline about the notice (某县公布巡察整改情况, …整改推进会) is news, not the notice's title.
  if (title) out.push({ weight: NEWS_HEADLINE.test(title) && !title.includes('关于') ? 0.1 : 0.35, reason: `title names ${title.includes('巡察') ? '巡察' : '巡视'}整改情况: ${title}` });

  const announce = ANNOUNCE_RE.exec(head);
  if (announce) out.push({ weight: 0.35, reason: `announces: ${announce[0]}` });
  else {
    const generic = ANNOUNCE_GENERIC_RE.exec(head);
    const line = generic ? lineAt(head, generic.index) : '';
    if (generic && line.includes('整改')) out.push({ weight: 0.15, reason: `announces: ${generic[0]} (after 整改 figures)` });
  }

  if (inspection?.unit) {
    out.push({ weight: 0.15, reason: `opening sentence: ${inspection.body}对${inspection.unit}开展了${inspection.type ?? '巡视'}` });
    const feedback = FEEDBACK_RE.exec(head.slice(inspection.sentence.start, inspection.sentence.start + 1500));
    if (feedback) out.push({ weight: 0.05, reason: `feedback: ${feedback[0]}` });
  }

  const rectify = count(text, '整改');
  if (rectify >= 15 && rectify * 1000 >= text.length * 3) out.push({ weight: 0.1, reason: `${rectify} mentions of 整改` });

  const codes = new Set<string>();
  for (const m of text.slice(0, SANCTION_ZONE).matchAll(SANCTION_FIGURE)) codes.add(LABEL_OF.get(m[1]!) ?? m[1]!);
  if (codes.size >= 2) out.push({ weight: 0.1, reason: `sanction totals: ${[...codes].slice(0, 4).join('/')} figures` });

  const closing = CLOSING_RE.exec(tail);
  if (closing) out.push({ weight: 0.3, reason: `closing: ${closing[0]}` });
  if (closing && CONTACT_RE.test(tail)) out.push({ weight: 0.05, reason: 'closing: 联系电话/电子邮箱 for supervision' });
  if (signed(tail)) out.push({ weight: 0.05, reason: 'signed by a party committee with a date' });
  return out;
}

function lineAt(s: string, pos: number): string {
  const a = s.lastIndexOf('\n', pos) + 1;
  const b = s.indexOf('\n', pos);
  return s.slice(a, b < 0 ? s.length : b);
}

export function count(s: string, word: string): number {
  let n = 0;
  for (let i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + word.length)) n++;
  return n;
}

function signed(tail: string): boolean {
  const lines = tail.split('\n').map((l) => l.trim()).filter(Boolean);
  for (let i = lines.length - 1; i > 0 && i >= lines.length - 30; i--) {
    if (wholeDate(lines[i]!) && ORG_RE.test(lines[i - 1]!)) return true;
  }
  return false;
}
