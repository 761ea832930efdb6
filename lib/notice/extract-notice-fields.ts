// STUB (owned by the detection/notice helper).
import { EMPTY_NOTICE, type NoticeFields } from '../contract';
export function extractNoticeFields(_folded: string): NoticeFields {
  return { ...EMPTY_NOTICE };
}
