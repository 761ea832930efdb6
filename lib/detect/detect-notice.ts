// STUB (owned by the detection/notice helper).
import type { Detection } from '../contract';
export function detectNotice(_folded: string): Detection {
  return { isNotice: false, score: 0, reasons: [] };
}
