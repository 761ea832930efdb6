// Is this page a rectification notice (巡视/巡察整改情况的通报 or a progress report)? Named
// signals of the notice's own voice and body against the shapes of its near misses; the score
// is the sum of their weights (./weights.ts) and the reasons say which fired. Works on folded
// text with site chrome around the article, and on mirrors that print pinyin after characters.
import type { Detection } from '../contract';
import { stripPinyin } from '../text/strip-pinyin';
import { negativeSignals } from './negative-signals';
import { positiveSignals, type Regions, type Signal } from './positive-signals';

export const THRESHOLD = 0.5;
const HEAD = 20_000;
const TAIL = 4_000;

export function detectNotice(folded: string): Detection {
  try {
    const { positive, negative } = detectionSignals(folded);
    const raw = positive.reduce((n, s) => n + s.weight, 0) - negative.reduce((n, s) => n + s.weight, 0);
    const score = Math.round(Math.min(1, Math.max(0, raw)) * 100) / 100;
    return {
      isNotice: score >= THRESHOLD,
      score,
      reasons: [...positive.map((s) => s.reason), ...negative.map((s) => `against: ${s.reason}`)],
    };
  } catch {
    return { isNotice: false, score: 0, reasons: ['detection failed'] };
  }
}

/** The signals that fired, for and against (what `detectNotice` sums). */
export function detectionSignals(folded: string): { positive: Signal[]; negative: Signal[] } {
  const text = stripPinyin(folded);
  const regions: Regions = { text, head: text.slice(0, HEAD), tail: text.slice(Math.max(0, text.length - TAIL)) };
  const positive = positiveSignals(regions);
  const fired = new Set(positive.map((s) => s.name));
  // The notice's own voice: it announces the rectification or invites supervision of it.
  const announces = fired.has('title') || fired.has('announce');
  const voice = announces || fired.has('closing');
  return { positive, negative: negativeSignals(regions, voice, announces, fired.has('feedbackItems')) };
}
