// Is this page a rectification notice (巡视/巡察整改情况的通报 or a progress report)? Weighted
// signals of the notice's own voice against the shapes of its near misses; the reasons say
// which fired. Works on folded text with site chrome around the article.
import type { Detection } from '../contract';
import { negativeSignals } from './negative-signals';
import { positiveSignals, type Regions } from './positive-signals';

export const THRESHOLD = 0.5;
const HEAD = 12_000;
const TAIL = 4_000;

export function detectNotice(folded: string): Detection {
  try {
    return detect(folded);
  } catch {
    return { isNotice: false, score: 0, reasons: ['detection failed'] };
  }
}

function detect(text: string): Detection {
  const regions: Regions = { text, head: text.slice(0, HEAD), tail: text.slice(Math.max(0, text.length - TAIL)) };
  const positive = positiveSignals(regions);
  // The notice's own voice: it announces the rectification or invites supervision of it.
  const announces = positive.some((s) => s.weight >= 0.35);
  const voice = announces || positive.some((s) => s.reason.startsWith('closing: 欢迎'));
  const negative = negativeSignals(regions, voice, announces);
  const raw = positive.reduce((n, s) => n + s.weight, 0) - negative.reduce((n, s) => n + s.weight, 0);
  const score = Math.round(Math.min(1, Math.max(0, raw)) * 100) / 100;
  return {
    isNotice: score >= THRESHOLD,
    score,
    reasons: [...positive.map((s) => s.reason), ...negative.map((s) => `against: ${s.reason}`)],
  };
}
