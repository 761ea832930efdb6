import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findNumbers,
  matchQuantity,
  NUMBER_TOKEN_SOURCE,
  parseChineseNumeral,
  parseNumberToken,
} from '../../lib/numbers';

const FIXTURES = '../shared/fixtures';

describe('parseChineseNumeral', () => {
  it.each([
    ['十', 10], ['十三', 13], ['二十七', 27], ['两', 2], ['一百零五', 105], ['三千二百', 3200],
    ['一万二千', 12000], ['〇', 0], ['零', 0], ['十万', 100000], ['一亿二千万', 120000000],
    ['一千零一十', 1010], ['二〇二四', 2024], ['两千', 2000],
  ])('%s → %d', (s, v) => expect(parseChineseNumeral(s)).toBe(v));
  it.each(['', '十三五', 'abc'])('%s is not a numeral', (s) => expect(parseChineseNumeral(s)).toBeNull());
});

describe('parseNumberToken', () => {
  it.each([
    ['42', 42, false], ['1,200', 1200, false], ['185.82', 185.82, false], ['1.8万', 18000, false],
    ['185.82万', 1858200, false], ['1548.65万', 15486500, false], ['13473.94万', 134739400, false],
    ['3100余万', 31000000, true], ['1.1亿', 110000000, false], ['约1.1亿', 110000000, true],
    ['近万', 10000, true], ['50余', 50, true], ['10多', 10, true], ['超过300', 300, true], ['超300', 300, true],
    ['逾5000', 5000, true], ['大约3', 3, true], ['1万余', 10000, true], ['十余', 10, true],
    ['二十多万', 200000, true], ['逾千万', 10000000, true], ['超百万', 1000000, true],
    ['百余万', 1000000, true], ['千余', 1000, true], ['三千余万', 30000000, true], ['4千', 4000, false], ['76.54万', 765400, false],
    ['0.42亿', 42000000, false], ['267.66万', 2676600, false], ['29.01万', 290100, false],
  ])('%s → %d (approx %s)', (t, value, approx) => expect(parseNumberToken(t)).toEqual({ value, approx }));
  it.each(['', '万', 'abc', '十三五'])('%s is not a number', (t) => expect(parseNumberToken(t)).toBeNull());
  it('the token source matches one whole token and has no capturing groups', () => {
    const re = new RegExp(`^${NUMBER_TOKEN_SOURCE}$`);
    for (const t of ['1,200', '185.82万', '3100余万', '近万', '二十七', '约1.1亿', '10多']) expect(re.test(t)).toBe(true);
    expect(new RegExp(`${NUMBER_TOKEN_SOURCE}|`).exec('')!.length).toBe(1);
  });
});

type Row = [text: string, expected: Array<[quote: string, value: number, unit: string | null, approx: boolean]>];
const q = (text: string) => findNumbers(text).map((n) => [n.quote, n.value, n.unit, n.approx]);

describe('findNumbers: forms', () => {
  it.each<Row>([
    ['给予党纪处分42人', [['42人', 42, '人', false]]],
    ['给予党纪处分４２人'.normalize('NFKC'), [['42人', 42, '人', false]]],
    ['清退款项185.82万元,挽回损失1548.65万元', [['185.82万元', 1858200, '元', false], ['1548.65万元', 15486500, '元', false]]],
    ['罚款68680元', [['68680元', 68680, '元', false]]],
    ['约1.1亿元', [['约1.1亿元', 110000000, '元', true]]],
    ['补缴金额合计3100余万元。', [['3100余万元', 31000000, '元', true]]],
    ['涉及1,200人', [['1,200人', 1200, '人', false]]],
    ['13人,5人', [['13人', 13, '人', false], ['5人', 5, '人', false]]],
    ['开除十三人,两人降级,二十七个问题', [['十三人', 13, '人', false], ['两人', 2, '人', false], ['二十七个', 27, '个', false]]],
    ['完善十二项制度', [['十二项', 12, '项', false]]],
    ['留党察看二年', [['二年', 2, '年', false]]],
    ['受众1.8万人次', [['1.8万人次', 18000, '人次', false]]],
    ['近万人次', [['近万人次', 10000, '人次', true]]],
    ['专题会议50余次', [['50余次', 50, '次', true]]],
    ['10多个单位', [['10多个', 10, '个', true]]],
    ['超过300人', [['超过300人', 300, '人', true]]],
    ['逾百分之五十', [['逾百分之五十', 50, '%', true]]],
    ['10万元以上', [['10万元以上', 100000, '元', true]]],
    ['30岁左右', [['30岁左右', 30, '岁', true]]],
    ['35周岁以下', [['35周岁', 35, '周岁', false]]],
    ['一百余人', [['一百余人', 100, '人', true]]],
    ['4万多元', [['4万多元', 40000, '元', true]]],
    ['3至5年', [['3', 3, '年', true], ['5年', 5, '年', true]]],
    ['42 人', [['42 人', 42, '人', false]]],
    ['直接受众近4千人次', [['近4千人次', 4000, '人次', true]]],
    ['约谈16人次', [['16人次', 16, '人次', false]]],
    ['信访件65件次', [['65件次', 65, '件次', false]]],
    ['3个月', [['3个月', 3, '个月', false]]],
    ['4个方面', [['4个', 4, '个', false]]],
    ['3-5人', [['3', 3, '人', true], ['5人', 5, '人', true]]],
    ['经济总量突破2000亿', [['2000亿', 200000000000, null, false]]],
  ])('%s', (text, expected) => expect(q(text)).toEqual(expected));
});

describe('findNumbers: percentages', () => {
  it.each<Row>([
    ['增速46.5%,提升17%', [['46.5%', 46.5, '%', false], ['17%', 17, '%', false]]],
    ['达到百分之十', [['百分之十', 10, '%', false]]],
    ['提升3个百分点', [['3个百分点', 3, '个百分点', false]]],
    ['完成约87.73%', [['约87.73%', 87.73, '%', true]]],
  ])('%s', (text, expected) => expect(q(text)).toEqual(expected));
});

describe('findNumbers: not quantities', () => {
  it.each([
    '2024年3月18日至5月20日', '3月18日', '8月6日', '2021-10-11', '时间:2021-10-11 08:54', '2024年', '2024年度',
    '2021—2023年', '2021-2023年', '电话:0592-5720117', '13912345678', '第22期', '第八巡视组', '第3名', '第一次',
    '1.学习贯彻', '\n2、加强', '(1)学深悟透', '(26)个别区级领导', '(一)党纪', '闽委〔2021〕12号', '12号文件',
    '5G工厂', 'COVID-19', 'xyq2017@163.com', '一是', '二是', '一把手', '一级抓一级', '一岗双责', '“四个意识”',
    '增强四个意识', '两个维护', '中央八项规定', '五位一体', '一个问题', '一次会议', '零部件', '十四五规划',
    '二〇二四年', '十九届五次全会', '九年一贯制', '增长了15', '平均得分98.11', '升级为2.0版', '1针对区信访大楼',
    '签约3', '个人事项', '三月', '12345热线', '建党100周年', '数十人', '几十个', '七台河市', '2024年1-6月',
  ])('%s', (text) => expect(findNumbers(text)).toEqual([]));

  it('keeps the quantity next to a date or ordinal', () => {
    expect(q('2024年软件企业21家')).toEqual([['21家', 21, '家', false]]);
    expect(q('第22期录用3篇')).toEqual([['3篇', 3, '篇', false]]);
    expect(q('违反中央八项规定精神5起5人')).toEqual([['5起', 5, '起', false], ['5人', 5, '人', false]]);
    expect(q('签约3个项目')).toEqual([['3个', 3, '个', false]]);
    expect(q('最近3年')).toEqual([['3年', 3, '年', false]]);
    expect(q('1.8万人')).toEqual([['1.8万人', 18000, '人', false]]);
    expect(q('\n12个问题')).toEqual([['12个', 12, '个', false]]);
  });
});

describe('matchQuantity', () => {
  it('reads the quantity at an index', () => {
    const text = '给予党纪处分42人(党内警告28人)';
    expect(matchQuantity(text, 6)).toMatchObject({ value: 42, unit: '人', quote: '42人', start: 6, end: 9 });
    expect(matchQuantity(text, 0)).toBeNull();
    expect(matchQuantity('2024年3人', 0)).toBeNull();
    expect(matchQuantity('第3人', 1)).toBeNull();
  });
});

describe('findNumbers: properties', () => {
  const pieces = ['1', '2', '0', '9', '.', ',', '-', '%', '一', '二', '十', '百', '千', '万', '亿', '两', '零', '余', '多', '近', '约', '超', '过', '第', '年', '月', '日', '人', '次', '个', '元', '件', '项', '以上', '(', ')', '〔', '〕', '“', '”', '\n', ' ', '。', 'a', 'G', '届', '号', '百分之'];
  it('never throws; mentions are exact slices, in order, non-overlapping', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')), (text) => {
        const ns = findNumbers(text);
        let last = 0;
        for (const n of ns) {
          expect(n.start).toBeGreaterThanOrEqual(last);
          expect(n.end).toBeGreaterThan(n.start);
          expect(n.end).toBeLessThanOrEqual(text.length);
          expect(n.quote).toBe(text.slice(n.start, n.end));
          expect(Number.isFinite(n.value)).toBe(true);
          last = n.end;
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => void findNumbers(text)), { numRuns: 500 });
  });
});

describe('findNumbers: fixtures', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));
  it.each(files)('%s: every money and sanction figure of the gold is found', (file) => {
    const text = readFileSync(`${FIXTURES}/${file}`, 'utf8').normalize('NFKC');
    const gold = JSON.parse(readFileSync(`${FIXTURES}/${file.replace('.txt', '.gold.json')}`, 'utf8'));
    const found = findNumbers(text);
    for (const fact of gold[0]?.facts ?? gold.facts ?? []) {
      if (fact.value === null) continue;
      const qStart = text.indexOf(fact.quote);
      expect(qStart, fact.quote).toBeGreaterThanOrEqual(0);
      const qEnd = qStart + fact.quote.length;
      const hit = found.some((n) => n.value === fact.value && n.start >= qStart && n.end <= qEnd);
      expect(hit, `${fact.quote} → ${fact.value}`).toBe(true);
    }
  });
  it('2 MB of notice text: finds every number and stays sorted (speed is measured by npm run bench)', () => {
    const all = files.map((f) => readFileSync(`${FIXTURES}/${f}`, 'utf8').normalize('NFKC')).join('\n');
    const big = all.repeat(Math.ceil(2_000_000 / all.length));
    const found = findNumbers(big);
    expect(found.length).toBeGreaterThan(1000);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
  });
});
