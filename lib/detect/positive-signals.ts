// What a rectification notice says that its neighbours do not. The notice's own voice — a title
// naming 巡视/巡察整改情况, 现将巡视整改情况予以公布, the closing invitation to supervise — weighs
// most; the body's signs (opening sentence 巡视组对…开展了巡视 with its feedback, many 整改, the
// rectification of feedback items one by one, the sanction totals, a signature) weigh less, since
// news and work reports share some of them. Weights: ./weights.ts.
import { findInspection } from '../notice/inspection-sentence';
import { ANNOUNCE_BARE_RE, ANNOUNCE_GENERIC_RE, ANNOUNCE_RE, CLOSING_RE, CONTACT_RE, FEEDBACK_RE, ORG_RE } from '../notice/patterns';
import { wholeDate } from '../notice/dates';
import { findTitle } from '../notice/title';
import { TERMS } from '../vocabulary';
import { WEIGHTS, type SignalName } from './weights';

export interface Signal {
  name: SignalName;
  weight: number;
  reason: string;
}

export interface Regions {
  text: string;
  head: string;
  tail: string;
}

export const signal = (name: SignalName, reason: string): Signal => ({ name, weight: WEIGHTS[name], reason });

const SANCTION_ALIASES = TERMS.filter((t) => t.kind === 'sanction')
  .flatMap((t) => [t.label, ...t.aliases].map((a) => [a, t.label] as const))
  .sort((a, b) => b[0].length - a[0].length);
const SANCTION_FIGURE = new RegExp(`(${SANCTION_ALIASES.map(([a]) => a).join('|')})(?:处分)?(?:共|共计|合计)?\\d+(?:人|名|件)`, 'g');
const LABEL_OF = new Map<string, string>(SANCTION_ALIASES);
const SANCTION_ZONE = 20_000;
const NEWS_HEADLINE = /公布|召开|推进会|部署会|督导|调研|动员|座谈/;
/** Rectification of something other than an inspection, or a rule that prescribes publication. */
const OTHER_SUBJECT = /审计|督察|环保|环境保护/;
const PRESCRIBES = /应当|应于|须|不得|要求各/;
/** A feedback item reported as rectified (or in progress): 整改情况:, 已整改到位, 已办结, 立行立改. */
const RESULT = /整改(?:情况|进展|成效|结果|落实情况)\s*[::]|已(?:全部)?(?:整改到位|完成整改|整改完成|办结|销号)|(?<![未不没])完成整改|(?<![未不没已])整改到位|立行立改|正在(?:整改|办理)|持续整改|长期坚持/g;
/** The inspection's feedback as the object of the work: 巡察反馈的, 巡视组指出, 巡察组移交, 反馈问题. */
const FEEDBACK_MENTION = /(?:巡视|巡察)组?(?:反馈|指出|移交|交办)|反馈(?:的)?(?:问题|意见)/g;
const RESULT_ONE = new RegExp(RESULT.source);
const FEEDBACK_ONE = new RegExp(FEEDBACK_MENTION.source);
/** Section headings of a rectification report: 二、巡视反馈意见整改落实情况, (三)关于“…”的问题,
 *  and the per-problem label 整改情况: at the start of a line. */
const SECTION = /^\s*(?:(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d+[.、]|问题\d+[.、:])[^\n。]{0,30}?(?:整改[^\n。]{0,6}?(?:情况|进展|落实|工作)|关于“[^”\n]{2,40}”的?问题|下一步[^\n。]{0,4}打算)|整改(?:情况|进展|措施|成效)\s*[::])/gm;
const SELF_VOICE = /(?<!对)(?:我|本)(?:局|单位|院|校|委|县|市|区|乡|镇|厅|公司|中心)(?:党组|党委)?[^。\n]{0,24}?(?:整改|巡视|巡察)|(?:局|委|院|厅|校|公司)(?:党组|党委)(?:将|坚持|高度重视|认真|切实)[^。\n]{0,30}?整改/;

export function positiveSignals({ text, head, tail }: Regions): Signal[] {
  const out: Signal[] = [];
  const inspection = findInspection(head);
  const title = findTitle(head, inspection ? inspection.sentence.start : undefined);
  // A headline about the notice (某县公布巡察整改情况, …整改推进会) is news, not the notice's title.
  if (title) out.push(signal(NEWS_HEADLINE.test(title) && !title.includes('关于') ? 'newsHeadline' : 'title', `title names ${title.includes('巡察') ? '巡察' : '巡视'}整改情况: ${title}`));

  const announce = announcement(head);
  if (announce) out.push(announce);

  if (inspection?.unit) {
    out.push(signal('opening', `opening sentence: ${inspection.body}对${inspection.unit}开展了${inspection.type ?? '巡视'}`));
    const feedback = FEEDBACK_RE.exec(head.slice(inspection.sentence.start, inspection.sentence.start + 1500));
    if (feedback) out.push(signal('feedback', `feedback: ${feedback[0]}`));
  }

  const rectify = count(text, '整改');
  if ((rectify >= 15 && rectify * 1000 >= text.length * 3) || (rectify >= 8 && rectify * 1000 >= text.length * 15)) out.push(signal('rectifyDensity', `${rectify} mentions of 整改`));

  const results = head.match(RESULT)?.length ?? 0;
  const feedbacks = head.match(FEEDBACK_MENTION)?.length ?? 0;
  if (results >= 2 && feedbacks >= 2 && results + feedbacks >= 4 && !OTHER_SUBJECT.test(head.slice(0, 300))) {
    // 针对巡视反馈的…问题,…已整改到位: the item and its result in one sentence, more than once.
    const paired = head.split(/[。\n]/).filter((s) => s.search(FEEDBACK_ONE) >= 0 && s.search(RESULT_ONE) >= 0).length;
    const strong = results + feedbacks >= 8 || paired >= 2;
    const reason = `rectification of feedback items: ${results} results (整改到位/已办结…), ${feedbacks} mentions of the feedback, ${paired} sentences with both`;
    out.push({ ...signal('feedbackItems', reason), weight: WEIGHTS.feedbackItems + (strong ? 0.1 : 0) });
  }
  const sections = head.match(SECTION)?.length ?? 0;
  if (sections >= 2) out.push(signal('sections', `${sections} section headings of a rectification report`));
  const self = SELF_VOICE.exec(head);
  if (self && feedbacks >= 1) out.push(signal('selfVoice', `the inspected unit speaks: ${self[0]}`));

  const codes = new Set<string>();
  for (const m of text.slice(0, SANCTION_ZONE).matchAll(SANCTION_FIGURE)) codes.add(LABEL_OF.get(m[1]!) ?? m[1]!);
  if (codes.size >= 2) out.push(signal('sanctionTotals', `sanction totals: ${[...codes].slice(0, 4).join('/')} figures`));

  const closing = CLOSING_RE.exec(tail);
  if (closing) out.push(signal('closing', `closing: ${closing[0]}`));
  if (closing && CONTACT_RE.test(tail)) out.push(signal('contact', 'closing: 联系电话/电子邮箱 for supervision'));
  if (signed(tail)) out.push(signal('signed', 'signed by a party committee with a date'));
  return out;
}

/** 现将巡视整改情况予以公布 (or 整改落实情况, after a sentence naming the inspection); never in a
 *  rule that prescribes it (应当…予以公布) or for an audit's or 督察's rectification. */
function announcement(head: string): Signal | null {
  const m = ANNOUNCE_RE.exec(head);
  if (m) {
    const sentence = sentenceOf(head, m.index);
    if (!OTHER_SUBJECT.test(m[0]) && !PRESCRIBES.test(sentence)) {
      if (/巡视|巡察/.test(m[1]!)) return signal('announce', `announces: ${m[0]}`);
      if (/巡视|巡察/.test(head.slice(Math.max(0, m.index - 300), m.index))) return signal('announce', `announces: ${m[0]} (after the inspection's sentence)`);
    }
  }
  const bare = ANNOUNCE_BARE_RE.exec(head);
  if (bare && !PRESCRIBES.test(sentenceOf(head, bare.index))) return signal('announce', `announces: ${bare[0]}`);
  // 现将有关情况通报如下 counts in a line about 整改, or right after the inspection's feedback.
  const generic = ANNOUNCE_GENERIC_RE.exec(head);
  if (generic) {
    const line = lineAt(head, generic.index);
    const before = head.slice(Math.max(0, generic.index - 300), generic.index);
    if (!OTHER_SUBJECT.test(line) && (line.includes('整改') || (/巡视|巡察/.test(before) && before.includes('反馈')))) return signal('announceGeneric', `announces: ${generic[0]} (after 整改 or the feedback)`);
  }
  return null;
}

function sentenceOf(s: string, pos: number): string {
  const a = Math.max(s.lastIndexOf('。', pos), s.lastIndexOf('\n', pos)) + 1;
  const b = s.slice(pos).search(/[。\n]/);
  return s.slice(a, b < 0 ? s.length : pos + b);
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
