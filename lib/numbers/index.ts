// The number parser: quantities in folded notice text, and the pieces the fact patterns reuse.
export { findNumbers, matchQuantity } from './find-numbers';
export {
  CHINESE_NUMERAL_SOURCE,
  HEDGE_PREFIXES,
  HEDGE_INFIXES,
  HEDGE_SOURCE,
  NUMBER_TOKEN_SOURCE,
  parseChineseNumeral,
  parseNumberToken,
} from './number-token';
export { MONEY_UNIT, UNIT_SOURCE, UNITS, type Unit } from './units';
export { IDIOMS } from './not-quantities';
