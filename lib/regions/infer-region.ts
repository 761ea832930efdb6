// Which province, city and county a notice's unit belongs to, read from the names it carries
// (中共温州市鹿城区委, 武汉经开区, 博兴县中医医院党委). Never a guess: a name that fits several
// places with nothing else to tell them apart gives only what they share, and units that are
// not places (a university, a state firm, the centre) give nothing at all.
import { toSimplified } from '../text/fold';
import { divisionIndex, type Division, type DivisionIndex } from './division-index';

export interface Region {
  province: string;
  /** The prefecture-level city; for Beijing, Tianjin, Shanghai and Chongqing the municipality. */
  city: string;
  county: string;
  /** GB/T 2260, six digits (330000 province, 330300 city, 330302 county); '' when unknown. */
  divisionCode: string;
}

export const NO_REGION: Region = Object.freeze({ province: '', city: '', county: '', divisionCode: '' });

/** Units that carry a place name but are no local authority of it (浙江大学, 浙江省能源集团有限公司, 中央…). */
const NOT_A_PLACE = /大学|学院|集团|公司|中央/;
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** Every division name in the text, longest first at each position, left to right. */
export function divisionMentions(text: string, index: DivisionIndex = divisionIndex()): Division[][] {
  const out: Division[][] = [];
  for (let i = 0; i < text.length; ) {
    let hit: readonly Division[] | undefined;
    let len = 0;
    for (const n of index.lengthsByFirst.get(text[i]) ?? []) {
      hit = i + n <= text.length ? index.byName.get(text.slice(i, i + n)) : undefined;
      if (hit) {
        len = n;
        break;
      }
    }
    if (hit) {
      out.push([...hit]);
      i += len;
    } else i += 1;
  }
  return out;
}

/** d is c, or lies within c, or c within d. */
function sameLine(a: Division, b: Division): boolean {
  const inside = (x: Division, y: Division) => x.code.startsWith(y.code);
  return inside(a, b) || inside(b, a);
}

const DEPTH = { province: 1, city: 2, county: 3 } as const;

/** The place most mentions agree on: the deepest division consistent with the most mentions;
 *  several equally good ones give the part they share. */
export function resolveMentions(mentions: readonly Division[][], index: DivisionIndex = divisionIndex()): Division | undefined {
  const candidates = [...new Set(mentions.flat())];
  let best: Division[] = [];
  let bestScore = -1;
  for (const d of candidates) {
    const support = mentions.filter((m) => m.some((c) => sameLine(c, d))).length;
    const score = support * 10 + DEPTH[d.level];
    if (score > bestScore) [best, bestScore] = [[d], score];
    else if (score === bestScore) best.push(d);
  }
  if (best.length <= 1) return best[0];
  // Equally good and different (城中区 of Xining and of Liuzhou): keep what they have in common.
  const [first, ...rest] = best;
  if (rest.every((d) => d.cityCode && d.cityCode === first.cityCode)) return index.byCode.get(first.cityCode);
  if (rest.every((d) => d.provinceCode === first.provinceCode)) return index.byCode.get(first.provinceCode);
  return undefined;
}

export function regionOfDivision(d: Division | undefined, index: DivisionIndex = divisionIndex()): Region {
  if (!d) return NO_REGION;
  const province = index.byCode.get(d.provinceCode)?.name ?? '';
  const city = d.level === 'province' ? ''
    : index.byCode.get(d.cityCode)?.name ?? (MUNICIPALITIES.has(d.provinceCode) ? province : '');
  return { province, city, county: d.level === 'county' ? d.name : '', divisionCode: d.code.padEnd(6, '0') };
}

/** The region the texts (a notice's issuer, inspected unit, …) name together. */
export function inferRegion(texts: ReadonlyArray<string | null | undefined>, index: DivisionIndex = divisionIndex()): Region {
  // 中共 opens most issuers and would run into a name: 中共和县委 is not 共和县.
  const given = texts.filter((t): t is string => !!t).map((t) => toSimplified(t).replace(/^(中共|中国共产党)/, ''));
  if (given.length === 0 || given.some((t) => NOT_A_PLACE.test(t))) return NO_REGION;
  return regionOfDivision(resolveMentions(given.flatMap((t) => divisionMentions(t, index)), index), index);
}

/** A notice's region from who issued it and what was inspected; the title's signer (the part
 *  before 关于) stands in for a missing issuer. */
export function noticeRegion(n: { issuer: string | null; inspectedUnit: string | null; title: string | null }): Region {
  const signer = n.issuer ?? n.title?.split('关于')[0] ?? null;
  return inferRegion([signer, n.inspectedUnit]);
}
