// Made-up summary rows for the dashboard grid's scale and layout checks: written straight into
// the summaries table (the grid reads nothing else), with ids far above any saved notice's.
import type { SummaryRow } from '../../lib/db';

export const SYNTHETIC_ID_BASE = 1_000_000;

const PLACES: Array<[string, string, string]> = [
  ['浙江省', '温州市', '鹿城区'], ['山东省', '潍坊市', '奎文区'], ['福建省', '厦门市', '湖里区'], ['广东省', '深圳市', '南山区'],
  ['四川省', '成都市', '武侯区'], ['江苏省', '苏州市', '姑苏区'], ['湖北省', '武汉市', '江汉区'], ['河南省', '郑州市', '金水区'],
];
const UNITS = ['人民政府', '发展和改革局', '教育局', '住房和城乡建设局', '市场监督管理局', '卫生健康委员会'];
const TAGS = ['待核', '重点', '已引用', ''];

/** n deterministic rows: places, years, types, figures, warnings and tags all vary. */
export function syntheticSummaries(n: number, now = Date.parse('2026-12-01T08:00:00Z')): SummaryRow[] {
  return Array.from({ length: n }, (_, i) => {
    const [province, city, county] = PLACES[i % PLACES.length];
    const unit = `${county}${UNITS[i % UNITS.length]}`;
    const xuncha = i % 3 !== 0;
    const type = xuncha ? '巡察' : '巡视';
    const year = 2016 + (i % 9);
    const published = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const body = xuncha ? `${county}委第${1 + (i % 5)}巡察组` : `${province.slice(0, 2)}省委第${1 + (i % 12)}巡视组`;
    const issuer = `中共${city}${county}委`;
    const title = `中共${unit}党组关于${xuncha ? '区委巡察' : '省委巡视'}整改进展情况的通报（第${i + 1}号）`;
    const party = i % 4 === 0 ? undefined : 3 + (i % 97);
    const money = i % 5 === 0 ? undefined : 12_000 * (1 + (i % 311));
    const saved = new Date(now - i * 3_600_000).toISOString();
    const tag = TAGS[i % TAGS.length];
    return {
      noticeId: SYNTHETIC_ID_BASE + i,
      url: `http://www.example.gov.cn/art/${year}/${1 + (i % 12)}/${1 + (i % 28)}/art_1229_${100000 + i}.html?from=list&page=${i}`,
      host: 'www.example.gov.cn',
      title,
      notice: {
        title, issuer, inspectedUnit: unit, inspectionBody: body, inspectionType: type,
        inspectionStart: null, inspectionEnd: null, feedbackDate: null, publishedDate: published,
      },
      year,
      issuer, inspectionBody: body, inspectionType: type, province, city, county, divisionCode: '',
      figures: [
        ...(party === undefined ? [] : [{ code: 'party_discipline' as const, kind: 'sanction' as const, value: party, unit: '人', approx: false, parent: null, from: 'headline' as const }]),
        ...(money === undefined ? [] : [{ code: 'money_refunded' as const, kind: 'money' as const, value: money, unit: '元', approx: false, parent: null, from: 'headline' as const }]),
      ],
      codes: [...(party === undefined ? [] : ['party_discipline' as const]), ...(money === undefined ? [] : ['money_refunded' as const])],
      factCount: 4 + (i % 40),
      warningCount: i % 7 === 0 ? 1 : 0,
      correctionCount: 0,
      tags: tag ? [tag] : [],
      note: i % 10 === 0 ? '需核对原文' : '',
      engineVersion: 'synthetic',
      savedAt: saved,
      updatedAt: saved,
    };
  });
}
