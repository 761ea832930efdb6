// The quantities and facts of a folded notice, with offsets into the page's own text. A page that
// prints pinyin after its characters (處(chù)分(fèn)) is read without the annotations, and every
// offset is mapped back, so quotes are still slices of the page and highlights land on it.
import type { NumberMention } from '../contract';
import { findNumbers } from '../numbers/find-numbers';
import { stripPinyinMapped } from '../text/strip-pinyin';
import { extractFoundFacts } from './extract-facts';
import type { Found } from './make-fact';
import { figureMentions } from './refiners/number-agreement';

export interface ReadFacts {
  found: Found[];
  numbers: NumberMention[];
}

export function readFacts(folded: string, original: string): ReadFacts {
  const stripped = stripPinyinMapped(folded, original);
  const [text, quoted] = stripped ? stripped.texts : [folded, original];
  const mentions = findNumbers(text);
  const found = extractFoundFacts(text, quoted, mentions);
  const numbers = figureMentions(quoted, found, mentions);
  if (!stripped) return { found, numbers: numbers.map((n) => ({ ...n, quote: original.slice(n.start, n.end) })) };
  const place = <T extends { start: number; end: number; quote: string }>(x: T): T => {
    const start = stripped.startToOriginal(x.start);
    const end = stripped.endToOriginal(x.end);
    return { ...x, start, end, quote: original.slice(start, end) };
  };
  return { found: found.map(place), numbers: numbers.map(place) };
}
