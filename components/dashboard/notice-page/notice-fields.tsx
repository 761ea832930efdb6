// The notice's own fields, where it came from and which engine read it.
import { i18n } from '#i18n';
import type { StoredNotice } from '@/lib/db';
import { formatTimestamp, orDash } from './format';

export function NoticeFields({ notice }: { notice: StoredNotice }) {
  const n = notice.notice;
  const period = n.inspectionStart || n.inspectionEnd
    ? i18n.t('noticePage.inspectionPeriod', [orDash(n.inspectionStart), orDash(n.inspectionEnd)])
    : '—';
  const rows: Array<[string, string, string]> = [
    ['title', i18n.t('fields.title'), orDash(n.title)],
    ['issuer', i18n.t('fields.issuer'), orDash(n.issuer)],
    ['inspectedUnit', i18n.t('fields.inspectedUnit'), orDash(n.inspectedUnit)],
    ['inspectionBody', i18n.t('fields.inspectionBody'), orDash(n.inspectionBody)],
    ['inspectionType', i18n.t('noticePage.inspectionType'), orDash(n.inspectionType)],
    ['inspection', i18n.t('fields.inspection'), period],
    ['feedbackDate', i18n.t('fields.feedbackDate'), orDash(n.feedbackDate)],
    ['publishedDate', i18n.t('fields.publishedDate'), orDash(n.publishedDate)],
    ['pageTitle', i18n.t('noticePage.pageTitle'), orDash(notice.pageTitle)],
    ['engineVersion', i18n.t('noticePage.engineVersion'), notice.engineVersion ?? i18n.t('noticePage.unknown')],
    ['savedAt', i18n.t('fields.savedAt'), formatTimestamp(notice.savedAt)],
    ['updatedAt', i18n.t('noticePage.updatedAt'), formatTimestamp(notice.updatedAt)],
  ];
  const sources = [...new Set([notice.url, notice.source].filter((s) => /^https?:/.test(s)))];
  return (
    <section className="np-section" data-testid="notice-fields">
      <h2>{i18n.t('noticePage.sectionNotice')}</h2>
      <dl className="fields np-fields">
        {rows.map(([key, label, value]) => (
          <div key={key} className="np-field" data-field={key}>
            <dt>{label}</dt>
            <dd data-testid={`field-${key}`}>{value}</dd>
          </div>
        ))}
        <div className="np-field np-wide" data-field="source">
          <dt>{i18n.t('noticePage.source')}</dt>
          <dd>
            {sources.map((url) => (
              <a key={url} href={url} target="_blank" rel="noreferrer noopener" data-testid="source-link" className="np-url">{url}</a>
            ))}
          </dd>
        </div>
      </dl>
    </section>
  );
}
