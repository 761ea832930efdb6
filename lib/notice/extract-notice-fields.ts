// The notice's own fields (who was inspected, by whom, when; who published it and when), read
// from the folded text, so every value is simplified. A field the text does not state is null.
import { EMPTY_NOTICE, type NoticeFields } from '../contract';
import { iso } from './dates';
import { findFeedbackDate } from './feedback';
import { bodyName, findInspection } from './inspection-sentence';
import { typeOf } from './patterns';
import { resolveSelf } from './self-name';
import { findPageDate, findSignature } from './signature';
import { stripPinyin } from '../text/strip-pinyin';
import { findTitle, issuerFromTitle } from './title';

export function extractNoticeFields(folded: string): NoticeFields {
  try {
    return readFields(stripPinyin(folded));
  } catch {
    return { ...EMPTY_NOTICE };
  }
}

function readFields(text: string): NoticeFields {
  const inspection = findInspection(text);
  const title = findTitle(text, inspection ? inspection.sentence.start : undefined);
  const signature = findSignature(text);
  const issuer = signature.issuer ?? issuerFromTitle(title);
  return {
    title,
    issuer,
    inspectedUnit: resolveSelf(inspection?.unit ?? null, issuer, text),
    inspectionBody: inspection ? bodyName(inspection.body) : null,
    inspectionType: inspection?.type ?? typeOf(title ?? ''),
    inspectionStart: iso(inspection?.start ?? null),
    inspectionEnd: iso(inspection?.end ?? null),
    feedbackDate: iso(findFeedbackDate(text, inspection)),
    publishedDate: iso(signature.date ?? findPageDate(text, inspection?.sentence.start)),
  };
}
