// Surface terms of the vocabulary compiled into alternations (longest first), and the
// number-with-unit pieces every pattern shares. All terms come from ../vocabulary.ts.
import { NUMBER_TOKEN_SOURCE, parseNumberToken } from '../numbers/number-token';
import { TERMS, type Code, type FactKind } from '../vocabulary';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function aliasMap(kind: FactKind): Map<string, Code> {
  const map = new Map<string, Code>();
  for (const term of TERMS) {
    if (term.kind !== kind) continue;
    for (const alias of [term.label, ...term.aliases]) if (!map.has(alias)) map.set(alias, term.code);
  }
  return map;
}

export const SANCTION_ALIASES = aliasMap('sanction');
export const MONEY_ALIASES = aliasMap('money');

export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

export function aliasesOf(code: Code): string[] {
  const term = TERMS.find((x) => x.code === code);
  return term ? [term.label, ...term.aliases] : [];
}

/** Tests whether a stretch of text names any sanction. */
export const SANCTION_TERM = new RegExp(alternation(SANCTION_ALIASES.keys()));

export const NUM = `(?:${NUMBER_TOKEN_SOURCE})`;
/** Counters a sanction figure is written with; 名 counts people, 家 counts units. */
export const SANCTION_UNIT = '(?:人次|人|名|件次|件\\(次\\)|件|起|条|个|家)';
/** A figure of people after a figure of cases (N件N人, N起N人, N条N人). */
export const PEOPLE_AFTER = `(?:(${NUM})(人次|人|名))?`;

const UNIT_NAMES: Record<string, string> = { 名: '人', 家: '个', 件次: '件', '件(次)': '件' };

/** The contract's unit for a counter as written. */
export function normUnit(unit: string): string {
  return UNIT_NAMES[unit] ?? unit;
}

export function parseNum(token: string): { value: number; approx: boolean } | null {
  return parseNumberToken(token);
}

/** Aliases that are too common to stand without a figure (no null-valued fact). */
export const WEAK_ALIASES = new Set(['处分', '处理', '查处', '查办', '处置', '立案', '立案查处', '问责', '追责问责', '开除', '降级', '组织调整', '警告']);
