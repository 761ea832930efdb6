// Unit words of machine-translated notices, mapped to the contract's Chinese units, and the
// hedges that make a figure approximate. One table, read by the number finder and the pairing.

/** English counter noun (lower case, singular and plural) → contract unit. */
const UNIT_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['person-times', '人次'], ['person-time', '人次'], ['person times', '人次'], ['man-times', '人次'],
  ['people', '人'], ['persons', '人'], ['person', '人'], ['personnel', '人'], ['cadres', '人'], ['cadre', '人'],
  ['officials', '人'], ['official', '人'], ['party members', '人'], ['party member', '人'],
  ['yuan', '元'], ['rmb', '元'],
  ['cases', '件'], ['case', '件'], ['petitions', '件'], ['petition', '件'], ['incidents', '起'],
  ['items', '项'], ['item', '项'], ['pieces', '条'], ['problem clues', '条'], ['problem clue', '条'], ['clues', '条'], ['clue', '条'], ['articles', '条'],
  ['problems', '个'], ['problem', '个'], ['issues', '个'], ['times', '次'],
];

/** Adjectives a machine translation puts between a number and the people it counts. */
const PEOPLE_QUALIFIERS = [
  'relevant', 'responsible', 'related', 'leading', 'district-managed', 'city-managed', 'county-managed',
  'department-level', 'section-level', 'party', 'public', 'other', 'village', 'township', 'community', 'grassroots',
];

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const UNIT_BY_WORD = new Map(UNIT_WORDS.map(([w, u]) => [w, u]));
const unitAlternation = [...UNIT_BY_WORD.keys()].sort((a, b) => b.length - a.length).map(esc).join('|');

/** Matches at the start of the text after a number: qualifiers, then the unit word. */
export const UNIT_AFTER = new RegExp(
  `^\\s*(?:(?:${PEOPLE_QUALIFIERS.map(esc).join('|')})\\s+){0,2}(${unitAlternation})\\b`,
  'i',
);

export function unitOfWord(word: string): string | null {
  return UNIT_BY_WORD.get(word.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** Scale words after a figure ("1.8582 million yuan"). */
export const SCALES: Record<string, number> = {
  'hundred million': 1e8,
  'ten thousand': 1e4,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};

export const HEDGE_BEFORE = /(?:more than|over|nearly|almost|about|approximately|around|close to|at least|some|roughly|upwards of)\s+$/i;
export const HEDGE_AFTER = /^\s*(?:or more|and above|or above|odd)\b/i;
