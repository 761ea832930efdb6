// The charts as Observable Plot figures. Each draws one part of chartData (lib/collection/
// chart-data.ts) and returns a bare SVG (no legend <figure>), so the SVG and PNG downloads hold
// the whole chart, legend included.
import * as Plot from '@observablehq/plot';
import type { CodeTotal, GroupTotal, MoneyTotal } from '@/lib/collection';

/** Named fonts first: the PNG is painted from the SVG alone, with no page styles around it. */
const FONT = 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';
const STYLE = { fontFamily: FONT, fontSize: '12px', background: 'white', color: '#1f2328', overflow: 'visible' };
const BAR = '#4269d0';
const MONEY_COLORS = ['#4269d0', '#efb118'];

/** Room for the longest label: CJK glyphs are about a font size wide, Latin about half. */
function labelWidth(labels: readonly string[]): number {
  const w = (s: string) => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 12 : 6.8), 0);
  return Math.min(260, Math.max(40, ...labels.map(w)) + 14);
}

const fmt = (n: number, digits = 2) => n.toLocaleString(undefined, { maximumFractionDigits: digits });

export interface Bar {
  label: string;
  value: number;
}

/** Horizontal bars in the given order, each with its figure at its end. */
/** `doc`: the document to draw in (the page's by default; a test's linkedom one). */
export function drawBarsX(bars: readonly Bar[], width: number, xLabel: string, doc?: Document): SVGSVGElement {
  const marginLeft = labelWidth(bars.map((b) => b.label));
  return Plot.plot({
    width, height: 26 * bars.length + 50, marginLeft, marginRight: 56, style: STYLE, ...(doc ? { document: doc } : {}),
    x: { label: xLabel, grid: true, nice: true },
    y: { label: null, domain: bars.map((b) => b.label) },
    marks: [
      Plot.barX(bars, { x: 'value', y: 'label', fill: BAR }),
      Plot.text(bars, { x: 'value', y: 'label', text: (b: Bar) => fmt(b.value), textAnchor: 'start', dx: 4 }),
      Plot.ruleX([0]),
    ],
  }) as SVGSVGElement;
}

/** Vertical bars, one per key (years), each with its figure above it. */
export function drawBarsY(bars: readonly Bar[], width: number, yLabel: string, doc?: Document): SVGSVGElement {
  return Plot.plot({
    width, height: 260, marginTop: 28, marginLeft: 56, style: STYLE, ...(doc ? { document: doc } : {}),
    x: { label: null, domain: bars.map((b) => b.label), padding: 0.25 },
    y: { label: yLabel, grid: true, nice: true },
    marks: [
      Plot.barY(bars, { x: 'label', y: 'value', fill: BAR }),
      Plot.text(bars, { x: 'label', y: 'value', text: (b: Bar) => fmt(b.value), dy: -7 }),
      Plot.ruleY([0]),
    ],
  }) as SVGSVGElement;
}

export function gradeBars(grades: readonly CodeTotal[], label: (code: string) => string): Bar[] {
  return grades.map((g) => ({ label: label(g.code), value: g.value }));
}

export function groupBars(groups: readonly GroupTotal[], field: 'notices' | 'sanctioned', unknown: string): Bar[] {
  return groups.map((g) => ({ label: g.key || unknown, value: g[field] }));
}

/** Grouped bars per year, one per money code, in 10,000 yuan, with the legend drawn inside. */
export function drawMoney(money: readonly MoneyTotal[], codes: readonly string[], label: (code: string) => string, unknownYear: string, width: number, yLabel: string, doc?: Document): SVGSVGElement {
  const rows = money.map((m) => ({ year: m.year || unknownYear, code: m.code, name: label(m.code), wan: m.value / 10_000 }));
  const names = codes.map(label);
  const years = [...new Set(rows.map((r) => r.year))];
  return Plot.plot({
    width, height: 300, marginTop: 48, marginLeft: 56, style: STYLE, ...(doc ? { document: doc } : {}),
    fx: { label: null, domain: years, padding: 0.15 },
    x: { axis: null, domain: names, padding: 0.1 },
    y: { label: yLabel, grid: true, nice: true },
    color: { domain: names, range: MONEY_COLORS },
    marks: [
      Plot.barY(rows, { fx: 'year', x: 'name', y: 'wan', fill: 'name' }),
      Plot.text(rows, { fx: 'year', x: 'name', y: 'wan', text: (r: { wan: number }) => fmt(r.wan, 1), dy: -7, fontSize: 10 }),
      Plot.ruleY([0]),
      // The legend, in the SVG itself: a swatch and a name per code, above the last facet's
      // right edge (the y axis label holds the top left).
      ...names.flatMap((name, i) => [
        // fx as a function: a bare string would be read as a field name.
        Plot.dot([name], { fx: () => years[years.length - 1], frameAnchor: 'top-right', dx: -6, dy: -38 + i * 16, fill: MONEY_COLORS[i], r: 5, symbol: 'square' }),
        Plot.text([name], { fx: () => years[years.length - 1], frameAnchor: 'top-right', dx: -16, dy: -38 + i * 16, text: (d: string) => d, textAnchor: 'end' }),
      ]),
    ],
  }) as SVGSVGElement;
}
