// Surface terms of the lexicon compiled into alternations (longest first), the behaviour sets the
// parsers consult, and the number-with-unit pieces every pattern shares. Nothing here is spelt
// anew: the words come from ../lexicon, the number grammar from ../numbers/number-token.ts.
import { NUMBER_TOKEN_SOURCE, parseNumberToken } from '../numbers/number-token';
import { SANCTION_COUNTERS, TERMS, TOTAL_LEADS, UNIT_NAMES, type Behaviour, type Code, type FactKind } from '../lexicon';

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

/** The codes whose behaviour has `flag` set. */
function codesWith(flag: keyof Behaviour): Set<Code> {
  return new Set(TERMS.filter((x) => x.behaviour[flag]).map((x) => x.code));
}
/** The aliases listed under `flag` across the lexicon. */
function aliasesWith(flag: 'weak' | 'peopleOnly'): Set<string> {
  return new Set(TERMS.flatMap((x) => x.behaviour[flag] ?? []));
}

export const WEAK_ALIASES = aliasesWith('weak');
export const PEOPLE_ONLY_ALIASES = aliasesWith('peopleOnly');
export const TAKES_OBJECT = codesWith('takesObject');
export const POOLABLE = codesWith('poolable');
export const NEVER_NULL = codesWith('neverNull');
export const ACTOR = codesWith('actor');
export const PARTY_GRADE = new Map<Code, Code>(
  TERMS.flatMap((x) => (x.behaviour.partyGrade ? [[x.code, x.behaviour.partyGrade as Code] as [Code, Code]] : [])),
);

/** Tests whether a stretch of text names any sanction. */
export const SANCTION_TERM = new RegExp(alternation(SANCTION_ALIASES.keys()));

export const NUM = `(?:${NUMBER_TOKEN_SOURCE})`;
/** Counters a sanction figure is written with; 名 counts people, 家 counts units. */
export const SANCTION_UNIT = `(?:${alternation(SANCTION_COUNTERS)})`;
/** A figure of people after a figure of cases (N件N人, N起N人, N条N人). */
export const PEOPLE_AFTER = `(?:(${NUM})(人次|人|名))?`;
/** A total's lead word before its figure (共计, 累计, 达 …), optional. */
export const LEAD = `(?:${alternation(TOTAL_LEADS)})?`;

/** The contract's unit for a counter as written. */
export function normUnit(unit: string): string {
  return UNIT_NAMES[unit] ?? unit;
}

export function parseNum(token: string): { value: number; approx: boolean } | null {
  return parseNumberToken(token);
}
