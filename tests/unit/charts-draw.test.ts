// The charts as drawn (on linkedom): one bar per figure with its number, labels in the given
// order, and the money chart's legend inside its own SVG so the downloads carry it.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chartData, codeLabel, MONEY_CODES, type ChartRow } from '../../lib/collection';
import { drawBarsX, drawBarsY, drawMoney, gradeBars, groupBars } from '../../components/dashboard/charts/draw-charts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const zh = (code: string) => codeLabel(code, 'zh');

const ROWS: ChartRow[] = [
  { year: 2024, province: '浙江省', figures: [{ code: 'party_discipline', kind: 'sanction', value: 42 }, { code: 'money_refunded', kind: 'money', value: 1_858_200 }] },
  { year: 2023, province: '', figures: [{ code: 'admonishment', kind: 'sanction', value: 16 }, { code: 'money_recovered', kind: 'money', value: 50_000 }] },
];
const data = chartData(ROWS);

const texts = (svg: SVGSVGElement) => [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');

describe('drawn charts', () => {
  it('sanctions by grade: a bar per code, labelled in vocabulary order, with its figure', () => {
    const svg = drawBarsX(gradeBars(data.grades, zh), 800, '人数', document as unknown as Document);
    expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(2);
    const t = texts(svg);
    expect(t.indexOf('党纪处分')).toBeLessThan(t.indexOf('诫勉'));
    expect(t).toEqual(expect.arrayContaining(['42', '16']));
  });

  it('by year: a bar per year, the undated named', () => {
    const svg = drawBarsY(groupBars(data.years, 'notices', '未注明日期'), 400, '通报数', document as unknown as Document);
    expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(2);
    expect(texts(svg)).toEqual(expect.arrayContaining(['2023', '2024']));
  });

  it('by province: the unplaced notices under the regions word', () => {
    const svg = drawBarsX(groupBars(data.provinces, 'notices', '非地方单位/不详'), 400, '通报数', document as unknown as Document);
    expect(texts(svg)).toEqual(expect.arrayContaining(['浙江省', '非地方单位/不详']));
  });

  it('money by year: in 10,000 yuan, with the legend inside the SVG', () => {
    const svg = drawMoney(data.money, MONEY_CODES, zh, '未注明日期', 800, '万元', document as unknown as Document);
    const t = texts(svg);
    expect(t).toEqual(expect.arrayContaining(['185.8', '5', zh('money_refunded'), zh('money_recovered')]));
    expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(2);
  });
});
