// Finds the vocabulary's English surface forms (aliasesEn) in a text: one alternation built
// once from lib/vocabulary.ts, longest alias first so "serious warning" beats "warning".
import { TERMS, type Code } from '../vocabulary';

export interface TermHit {
  code: Code;
  kind: 'sanction' | 'money' | 'count';
  alias: string;
  start: number;
  end: number;
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

// "expulsion from the party" is plural inside ("three expulsions from the party"), where a
// trailing -s cannot reach; without the inner plural the bare "expulsions" would take it.
const INNER_PLURAL = /^(?![a-z]+ed\s)([a-z]+[^s\s])(\s+(?:from|of|within|on)\s.+)$/;

const BY_ALIAS = new Map<string, (typeof TERMS)[number]>();
for (const term of TERMS) {
  for (const a of term.aliasesEn) {
    const forms = [norm(a)];
    const inner = INNER_PLURAL.exec(norm(a));
    if (inner) forms.push(`${inner[1]}s${inner[2]}`);
    for (const f of forms) if (!BY_ALIAS.has(f)) BY_ALIAS.set(f, term);
  }
}

const ALIAS_RE = new RegExp(
  `\\b(?:${[...BY_ALIAS.keys()].sort((a, b) => b.length - a.length).map(esc).join('|')})s?\\b`,
  'gi',
);

/**
 * Generic words that name a sanction only when a figure is attached ("3 warnings"); alone
 * they are too often something else ("warning education", "dealt with the matter").
 */
const NEEDS_FIGURE = new Set([
  'warning', 'warnings', 'interview', 'interviews', 'interviewed', 'handled', 'dealt with',
  'accountability', 'filed', 'detention', 'detained', 'probation', 'dismissal', 'dismissals',
  'dismissed', 'expulsion', 'expulsions', 'expelled', 'demotion', 'demotions', 'demoted',
  'demerit', 'demerits', 'party discipline', 'disciplinary sanctions', 'punished',
  'investigated and dealt with', 'government sanction', 'administrative sanction',
]);

export function needsFigure(alias: string): boolean {
  return NEEDS_FIGURE.has(norm(alias));
}

/**
 * Bare count nouns that name a count only right after its figure ("sixty-three measures"),
 * never across words ("165 enterprise-related policies and measures") or before it.
 */
const BARE_COUNT_NOUNS = new Set(['measures', 'measure']);

export function isBareCountNoun(alias: string): boolean {
  return BARE_COUNT_NOUNS.has(norm(alias));
}

const ALIAS_AT = new RegExp(ALIAS_RE.source, 'iy');

/** Does a vocabulary term start exactly at `pos` ("one warning", "one serious warning")? */
export function termAt(text: string, pos: number): boolean {
  ALIAS_AT.lastIndex = pos;
  return ALIAS_AT.test(text);
}

export function findTerms(text: string): TermHit[] {
  const out: TermHit[] = [];
  for (const m of text.matchAll(ALIAS_RE)) {
    // Plurals the vocabulary does not list ("serious intra-party warnings") fold to the singular.
    const term = BY_ALIAS.get(norm(m[0])) ?? BY_ALIAS.get(norm(m[0]).slice(0, -1));
    if (!term) continue;
    const start = m.index ?? 0;
    out.push({ code: term.code, kind: term.kind, alias: m[0], start, end: start + m[0].length });
  }
  return out;
}
