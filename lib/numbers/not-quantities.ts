// Digits that are not quantities: dates, times, phone numbers, document numbers, ordinals, list
// markers, codes with Latin letters and fixed political phrases. The scanner matches these first,
// at the same or an earlier position, and steps over them.
import { NUMBER_TOKEN_SOURCE } from './number-token';
import { UNIT_SOURCE } from './units';

/** Fixed phrases whose numeral is no count (四个意识, 中央八项规定, 五位一体 …). */
export const IDIOMS = [
  '四个意识', '四个自信', '四个全面', '四个不放过', '四个着力', '两个维护', '两个确立', '两个责任',
  '两个务必', '三个务必', '两个结合', '两个大局', '两个毫不动摇', '三个代表', '三个区分开来',
  '三个一批', '五个必须', '七个有之', '八项规定', '五位一体', '四位一体', '三位一体', '四种形态',
  '一岗双责', '三重一大', '一案双查', '两学一做', '三会一课', '三项制度', '九年一贯',
] as const;

const Y = '(?:19|20)\\d{2}';
const SEP = '[-—–~至到]';
const D = '(?<![\\d.])';

/** What is not a quantity and starts with a digit: dates, times, phones, list markers, codes. */
const DIGIT_LED = [
  // 2021-10-11, 2021/10/11, 2021.10.11, 2021-10
  `${D}${Y}[-/.](?:1[0-2]|0?[1-9])(?:[-/.](?:3[01]|[12]\\d|0?[1-9]))?(?!\\d)`,
  // 2021—2023年, 2019-21年度
  `${D}${Y}\\s*${SEP}\\s*(?:${Y}|\\d{2})\\s*年`,
  // 2024年, 2024年度, 2024年3月, 2024年3月18日
  `${D}${Y}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?)?`,
  // 3月18日, 5月, 3月18日—20日
  `${D}\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?(?:\\s*${SEP}\\s*\\d{1,2}\\s*[日号])?`,
  // 18日, 3号 (days, house and document numbers)
  `${D}\\d{1,3}\\s*[日号]`,
  // 08:54, 8:30:00, 9时30分, 9点30
  `${D}\\d{1,2}\\s*:\\s*\\d{2}(?::\\d{2})?(?!\\d)`,
  `${D}\\d{1,2}[时点]\\d{1,2}分?`,
  // 0592-5720117, 13912345678
  `${D}0\\d{2,3}\\s*[-—]\\s*\\d{7,8}(?:-\\d{1,5})?`,
  `${D}1[3-9]\\d{9}(?!\\d)`,
  // list markers at a line or sentence start: "1.", "2、"
  `(?<=(?:^|[\\n。;:!?])[ \\t]*)\\d{1,3}\\s*[.、](?!\\d)`,
  // circled markers folded to digits (①针对 → 1针对) at a line or sentence start, when no unit follows
  `(?<=(?:^|[\\n。;:!?])[ \\t]*)\\d{1,2}(?![\\d.,%‰万亿千余多\\s\\-~—–至到])(?!${UNIT_SOURCE})`,
  // codes: 5G, 163.com
  '\\d+\\.?\\d*[A-Za-z][\\w-]*',
];

/** What is not a quantity and starts with something else. */
const OTHER_LED = [
  // 〔2021〕12号, [2021]3号, (2021)第5号
  `[〔\\[(【]\\s*${Y}\\s*[〕\\])】]\\s*第?\\s*\\d+\\s*号`,
  // (0592)5720117
  `\\(0\\d{2,3}\\)\\s*\\d{7,8}(?:-\\d{1,5})?`,
  // ordinals: 第22期, 第八巡视组, 第3名
  `第\\s*${NUMBER_TOKEN_SOURCE}`,
  // list markers "(26)", "(一)"
  `[(【]\\s*(?:\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*[)】]`,
  // codes mixing Latin letters and digits: COVID-19, H7N9, A4, R2
  '[A-Za-z]+[-.]?\\d[\\w.-]*',
];

/** Fixed phrases, led by a Chinese numeral. */
export const IDIOM_SOURCE = `(?:${IDIOMS.join('|')})`;
/** Everything not a quantity that can start with a digit. */
export const DIGIT_LED_NOT_QUANTITY_SOURCE = `(?:${DIGIT_LED.join('|')})`;
/** Everything not a quantity. */
export const NOT_QUANTITY_SOURCE = `(?:${[...OTHER_LED, ...DIGIT_LED, IDIOM_SOURCE].join('|')})`;
