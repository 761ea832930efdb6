// 省委第九巡视组对我市开展了巡视: the notice names the inspected unit by a pronoun (我市, 我县, 我局,
// 我单位…). It is resolved to the name the notice gives itself: a place (我市 → 廊坊市) from the
// issuer (中共廊坊市委) or another mention of that level (向芜湖县反馈); a unit (我局, 我单位) from
// the body the feedback went to (向中共某某局党组反馈) or the issuer when it is a party body.
// Where nothing names it, the pronoun stays as written.

const PLACE = /^(?:我|本)(省|市|县|区|乡|镇|州|旗|盟|街道|新区)$/;
const UNIT = /^(?:我|本)(?:局|单位|院|校|委|办|厅|公司|司|中心|部|社|所|会|馆|站|集团|医院|学校)(?:党组|党委|党总支|党支部)?$/;
const PARTY_BODY = /(?:党组|党委|委员会|党工委|党总支|党支部)$/;
const HAN = '[\\u4e00-\\u9fff]';
const NOT_NAME = /^(?:我|本|全|该|各|此|其)/;

export function resolveSelf(unit: string | null, issuer: string | null, text: string): string | null {
  if (!unit) return unit;
  const place = PLACE.exec(unit);
  if (place) return placeName(place[1]!, issuer, text) ?? unit;
  if (UNIT.test(unit)) return recipient(text) ?? (issuer && PARTY_BODY.test(issuer) ? issuer : unit);
  return unit;
}

/** 中共廊坊市委 → 廊坊市 (for 市); else 中共芜湖县委 or 向芜湖县反馈 in the text. */
function placeName(level: string, issuer: string | null, text: string): string | null {
  const own = issuer ? new RegExp(`^(?:中共|中国共产党)?(${HAN}{1,12}${level})(?:工作委员会|委员会|委|党工委|人民政府)`).exec(issuer) : null;
  if (own && !NOT_NAME.test(own[1]!)) return own[1]!;
  const head = text.slice(0, 6000);
  const patterns = [
    `中共(${HAN}{1,12}?${level})(?:工作委员会|委员会|党工委|委)`,
    `向(${HAN}{1,12}?${level})(?:委|党委|委员会)?(?:党组|主要负责同志)?反馈`,
  ];
  for (const p of patterns) {
    for (const m of head.matchAll(new RegExp(p, 'g'))) if (!NOT_NAME.test(m[1]!) && !/[省市县区]委/.test(m[1]!)) return m[1]!;
  }
  return null;
}

/** 向中共延津县农业农村局党组反馈了巡察意见: the named body the feedback went to. */
function recipient(text: string): string | null {
  const m = new RegExp(`向((?:中共|中国共产党)${HAN}{2,24}?(?:党组|党委|委员会|党工委))反馈`).exec(text.slice(0, 6000));
  return m ? m[1]! : null;
}
