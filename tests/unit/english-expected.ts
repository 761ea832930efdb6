// Expected answers for the English (machine-translated) texts in tests/fixtures/english/:
// the Chinese gold's (code, value) pairs for the parts that were translated, and the notice
// fields as the English page states them.
import type { NoticeFields } from '../../lib/contract';

export type Pair = readonly [string, number | null];

export interface EnglishCase {
  file: string;
  isNotice: boolean;
  facts?: Pair[];
  notice?: Partial<NoticeFields>;
  /** Gold pairs this extractor is known to miss (reported as gaps). */
  knownMisses?: Pair[];
}

const N = null;

export const ENGLISH_CASES: EnglishCase[] = [
  {
    file: 'lucheng-001.en.txt',
    isNotice: true,
    facts: [
      ['problems_found', 27], ['measures', 110], ['party_discipline', 42], ['party_warning', 28],
      ['party_serious_warning', 8], ['party_post_removal', 1], ['party_probation', 2], ['party_expulsion', 3],
      ['gov_sanction', 21], ['gov_warning', 11], ['gov_demerit', 4], ['gov_major_demerit', 1], ['gov_demotion', 1],
      ['gov_dismissal', 1], ['gov_expulsion', 3], ['organizational_handling', 5], ['admonishment', 16],
      ['reminder_talk', 15], ['rules_made', 55], ['money_refunded', 1858200], ['money_recovered', 15486500],
      ['handled', 3], ['rules_made', 23], ['voluntary_surrender', 5], ['case_filed', 7], ['detention', 3],
      ['handled', 19], ['prosecution_transfer', 4], ['case_filed', 12], ['detention', 4], ['discipline_total', 11],
      ['prosecution_transfer', 4], ['handled', 7], ['accountability', 5], ['discipline_total', 8], ['measures', 139],
    ],
    notice: {
      title: null,
      issuer: 'CPC Wenzhou Lucheng District Committee',
      inspectedUnit: 'Lucheng District, Wenzhou City',
      inspectionBody: 'Eighth Inspection Team of the Provincial Party Committee',
      inspectionType: '巡视',
      inspectionStart: '2024-03-18',
      inspectionEnd: '2024-05-20',
      feedbackDate: '2024-08-06',
      publishedDate: '2025-06-10',
    },
  },
  {
    file: 'huli-000.en.txt',
    isNotice: true,
    facts: [
      ['problems_found', 35], ['petitions', 16], ['measures', 112], ['problems_rectified', 30], ['handled', 21],
      ['case_filed', 6], ['discipline_total', 1], ['reminder_talk', 1], ['criticism_education', 6],
      ['ordered_review', 2], ['admonishment', 6], ['reminder_talk', N], ['money_fined', 765400], ['interview', 16],
      ['rules_made', 42], ['handled', 19], ['handled', 4], ['case_filed', 50], ['detention', 4],
      ['discipline_total', 43], ['prosecution_transfer', 2], ['case_filed', 5], ['discipline_total', 4],
      ['handled', 26], ['case_filed', N], ['ordered_review', N], ['money_fined', 290100], ['money_recovered', 100000],
      ['admonishment', N], ['criticism_education', N], ['money_recovered', 31000000], ['clues', 6], ['petitions', 65],
      ['clues', 6], ['case_filed', 4], ['handled', 21], ['discipline_total', 1], ['petitions', 63], ['petitions', 2],
      ['case_filed', 4], ['handled', 5], ['admonishment', N], ['admonishment', N], ['admonishment', N],
    ],
    // "transferred a total of 6 problems involving people and matters": the English names no clue.
    knownMisses: [['clues', 6]],
    notice: {
      title: null,
      issuer: 'CPC Xiamen Huli District Committee',
      inspectedUnit: 'Huli District Committee',
      inspectionBody: 'First Inspection Team of the Provincial Party Committee',
      inspectionType: '巡视',
      inspectionStart: '2021-01-11',
      inspectionEnd: '2021-02-06',
      feedbackDate: '2021-06-25',
      publishedDate: '2022-02-22',
    },
  },
  {
    file: 'binhai-004.en.txt',
    isNotice: true,
    facts: [['measures', 113], ['rules_made', 28], ['criticism_education', 3], ['reminder_talk', 2], ['measures', 38]],
    notice: {
      title: 'Notice of the Binhai New City Working Committee of the CPC Fuzhou Municipal Committee on the Rectification of the Patrol Inspection',
      issuer: 'Binhai New City Working Committee of the CPC Fuzhou Municipal Committee',
      inspectedUnit: 'Binhai New City Working Committee of the Municipal Party Committee',
      inspectionBody: 'First Patrol Inspection Team of the Municipal Party Committee',
      inspectionType: '巡察',
      inspectionStart: '2020-10-28',
      inspectionEnd: '2020-11-30',
      feedbackDate: '2021-03-25',
      publishedDate: '2021-10-11',
    },
  },
  {
    file: 'word-numbers.en.txt',
    isNotice: true,
    facts: [
      ['party_discipline', 42], ['gov_sanction', 2], ['money_refunded', 10000], ['money_recovered', 110000000],
      ['rules_made', 50], ['money_fined', 126000], ['money_refunded', 1800000],
    ],
    notice: { inspectionType: '巡察', inspectionStart: '2023-04-01', inspectionEnd: '2023-05-15', feedbackDate: '2023-06-20', publishedDate: '2023-07-30' },
  },
  {
    // Written for the number words: about half its figures are words ("forty-eight problems",
    // "two hundred and forty thousand yuan", "one demerit"), beside ordinals, slogans and
    // "one" as a pronoun that are never counts.
    file: 'qingshan-words.en.txt',
    isNotice: true,
    facts: [
      ['problems_found', 48], ['measures', 126], ['problems_rectified', 41], ['discipline_total', 72],
      ['money_refunded', 1360000], ['money_recovered', 3000000], ['rules_made', 34], ['criticism_education', 21],
      ['admonishment', 6], ['case_filed', 33], ['detention', 8], ['prosecution_transfer', 5],
      ['party_discipline', 46], ['party_warning', 29], ['party_serious_warning', 9], ['party_post_removal', 3],
      ['party_probation', 2], ['party_expulsion', 3], ['gov_sanction', 26], ['gov_warning', 14], ['gov_demerit', 6],
      ['gov_major_demerit', 1], ['gov_demotion', 2], ['gov_dismissal', 2], ['gov_expulsion', 1],
      ['money_fined', 240000], ['handled', 19], ['money_refunded', 10000], ['rules_made', 5],
      ['organizational_handling', 4], ['reminder_talk', 11], ['ordered_review', 1], ['clues', 19], ['petitions', 56],
      ['clues', 12], ['clues', 7], ['petitions', 50], ['petitions', 6], ['accountability', 2],
    ],
    notice: {
      title: 'Notice of the CPC Qingshan County Committee on the Progress of Rectification of the Inspection by the Provincial Party Committee',
      issuer: 'CPC Qingshan County Committee', inspectedUnit: 'Qingshan County',
      inspectionBody: 'Fifth Inspection Team of the Provincial Party Committee', inspectionType: '巡视',
      inspectionStart: '2023-09-04', inspectionEnd: '2023-11-10', feedbackDate: '2024-01-16', publishedDate: '2024-07-18',
    },
  },
  {
    // Not a translated fixture: another region's phrasing, to keep the patterns general.
    file: 'variant-anxi.en.txt',
    isNotice: true,
    facts: [
      ['discipline_total', 31], ['party_warning', 12], ['party_serious_warning', 5], ['organizational_handling', 9],
      ['admonishment', 14], ['money_recovered', 3260000], ['money_refunded', 480000], ['rules_made', 68],
      ['problems_found', 52], ['problems_rectified', 45], ['case_filed', 29], ['prosecution_transfer', 3],
      ['party_warning', N],
    ],
    // "Of the 52 problems fed back, 45 have been rectified": a bare "rectified" is too often self-found problems.
    knownMisses: [['problems_rectified', 45]],
    notice: {
      title: 'Notice of the CPC Anxi County Committee on the Progress of Rectification of the Circuit Inspection',
      issuer: 'CPC Anxi County Committee', inspectedUnit: 'Anxi County', inspectionType: '巡视',
      inspectionStart: '2022-04-06', inspectionEnd: '2022-06-02', feedbackDate: '2022-07-12', publishedDate: '2022-09-10',
    },
  },
  { file: 'near-miss-team-arrives.en.txt', isNotice: false },
  { file: 'near-miss-expelled.en.txt', isNotice: false },
  { file: 'near-miss-feedback-news.en.txt', isNotice: false },
  { file: 'near-miss-statistics.en.txt', isNotice: false },
];

/** Multiset precision and recall of (code, value) pairs. */
export function precisionRecall(got: Pair[], want: Pair[]): { p: number; r: number; missing: Pair[]; extra: Pair[] } {
  const key = ([c, v]: Pair): string => `${c}=${v}`;
  const pool = new Map<string, number>();
  for (const w of want) pool.set(key(w), (pool.get(key(w)) ?? 0) + 1);
  const extra: Pair[] = [];
  for (const g of got) {
    const n = pool.get(key(g)) ?? 0;
    if (n > 0) pool.set(key(g), n - 1); else extra.push(g);
  }
  const missing: Pair[] = [];
  for (const [k, n] of pool) for (let i = 0; i < n; i++) {
    const [c, v] = k.split('=');
    missing.push([c, v === 'null' ? null : Number(v)]);
  }
  const tp = got.length - extra.length;
  return { p: got.length ? tp / got.length : 1, r: want.length ? tp / want.length : 1, missing, extra };
}
