// STUB (owned by the English helper).
import type { Detection, Fact, NoticeFields, NumberMention } from '../contract';
export type Nlp = (text: string) => unknown;
export function looksEnglish(text: string): boolean {
  const sample = text.slice(0, 4000);
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  const han = (sample.match(/[\u3400-\u9fff]/g) ?? []).length;
  return latin > 200 && latin > han * 4;
}
export function extractEnglish(
  _text: string,
  _nlp: Nlp,
): { detection: Detection; notice: NoticeFields; facts: Fact[]; numbers: NumberMention[] } {
  throw new Error('not implemented');
}
