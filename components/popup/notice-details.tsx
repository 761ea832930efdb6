// Who issued the notice, who was inspected by whom and when, and why it counts as a notice (in the
// UI's language; the contract's English sentence stays in data-reason).
import { i18n } from '../i18n';
import type { Detection, NoticeFields } from '@/lib/contract';
import { reasonText } from './reason-text';

function span(a: string | null, b: string | null): string | null {
  if (!a && !b) return null;
  return `${a ?? '?'} – ${b ?? '?'}`;
}

export function NoticeDetails({ notice, detection }: { notice: NoticeFields; detection: Detection }) {
  const rows: Array<[string, string | null, string]> = [
    [i18n.t('fields.title'), notice.title, 'title'],
    [i18n.t('fields.issuer'), notice.issuer, 'issuer'],
    [i18n.t('fields.inspectedUnit'), notice.inspectedUnit, 'inspectedUnit'],
    [i18n.t('fields.inspectionBody'), notice.inspectionBody, 'inspectionBody'],
    [i18n.t('fields.inspection'), span(notice.inspectionStart, notice.inspectionEnd), 'inspection'],
    [i18n.t('fields.feedbackDate'), notice.feedbackDate, 'feedbackDate'],
    [i18n.t('fields.publishedDate'), notice.publishedDate, 'publishedDate'],
  ];
  const shown = rows.filter(([, value]) => value);
  return (
    <>
      {shown.length > 0 && (
        <dl className="fields" data-testid="notice-fields">
          {shown.map(([label, value, key]) => (
            <div key={key} style={{ display: 'contents' }} data-field={key}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {detection.reasons.length > 0 && (
        <div data-testid="detection-reasons">
          <h3 className="small muted">{i18n.t('popup.reasons')}</h3>
          <ul className="small reasons">
            {detection.reasons.map((r, i) => (
              <li key={i} data-reason={r}>{reasonText(r)}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
