// The detection reasons are English sentences in the contract (../shared/spec/extraction.md:
// `detection.reasons: string[]`, read by the CLI and the scorer). The UI speaks the user's language,
// so it reads each sentence back to the signal that wrote it (positive-signals.ts,
// negative-signals.ts) and the details it carries; the UI then finds `reasons.<id>` in the locales.
// Keep these patterns beside the templates: tests/unit/reason-ids.test.ts runs the detector over
// the fixtures and fails on a reason no pattern reads.

export interface ReasonParts {
  /** Locale key suffix: `reasons.<id>`. */
  id: string;
  /** A signal against the page being a notice (written "against: …"). */
  against: boolean;
  /** The figures and quotes in the sentence, in the order of the locale message's $1, $2 … */
  subs: string[];
}

const PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ['title', /^title names (巡察|巡视)整改情况: ([\s\S]*)$/],
  ['announceAfterInspection', /^announces: ([\s\S]*) \(after the inspection's sentence\)$/],
  ['announceGeneric', /^announces: ([\s\S]*) \(after 整改 or the feedback\)$/],
  ['announce', /^announces: ([\s\S]*)$/],
  ['opening', /^opening sentence: ([\s\S]*)$/],
  ['feedback', /^feedback: ([\s\S]*)$/],
  ['rectifyDensity', /^(\d+) mentions of 整改$/],
  ['feedbackItems', /^rectification of feedback items: (\d+) results \(整改到位\/已办结…\), (\d+) mentions of the feedback, (\d+) sentences with both$/],
  ['sections', /^(\d+) section headings of a rectification report$/],
  ['selfVoice', /^the inspected unit speaks: ([\s\S]*)$/],
  ['sanctionTotals', /^sanction totals: ([\s\S]*) figures$/],
  ['contact', /^closing: 联系电话\/电子邮箱 for supervision$/],
  ['closing', /^closing: ([\s\S]*)$/],
  ['signed', /^signed by a party committee with a date$/],
  ['regulationArticles', /^regulation structure: (\d+) articles \(第一条 第二条…\)$/],
  ['regulationTitle', /^title of a regulation \(条例\/规定\/办法\)$/],
  ['ruleTitle', /^title of a rule or circular \(规定\/办法\/通知…\)$/],
  ['prescriptive', /^prescribes rules: (\d+) × 应当\/不得$/],
  ['workReport', /^a work summary or report: ([\s\S]*)$/],
  ['singleCase', /^single official's disciplinary case: ([\s\S]*)$/],
  ['bulletin', /^statistical bulletin \((\d+) percentages\)$/],
  ['linkList', /^list of links: (\d+) dated or notice-title lines, no article body$/],
  ['noInspection', /^hardly mentions 巡视\/巡察$/],
  ['otherRectification', /^rectification of audit or 督察 findings, not of an inspection$/],
  ['newsReport', /^news report \((\d+) meeting\/news phrases\)$/],
  ['newsAboutNotice', /^a reporter's words: ([\s\S]*)$/],
  ['feedbackDisclosure', /^discloses the feedback, not its rectification: ([\s\S]*)$/],
  ['explainer', /^a policy explainer \(问\/答, 解读\)$/],
  ['failed', /^detection failed$/],
];

export const REASON_IDS: readonly string[] = [...new Set(PATTERNS.map(([id]) => id))];

/** A reason sentence → its signal id and details; null for one no pattern reads (the English
 *  detector's, lib/english/english-detect.ts: those pages are read in English anyway). */
export function reasonParts(reason: string): ReasonParts | null {
  const against = reason.startsWith('against: ');
  const body = against ? reason.slice('against: '.length) : reason;
  for (const [id, re] of PATTERNS) {
    const m = re.exec(body);
    if (m) return { id, against, subs: m.slice(1) };
  }
  return null;
}
