// Why the notice was recognised, and whether its stated totals add up to their parts.
import { i18n } from '#i18n';
import { failedChecks } from '@/lib/collection';
import type { StoredNotice } from '@/lib/db';
import { uiCodeLabel } from '../../ui-language';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function NoticeDetection({ notice }: { notice: StoredNotice }) {
  const { detection, checks } = notice;
  const failed = new Set(failedChecks(checks));
  const score = detection.score.toFixed(2);
  return (
    <section className="np-section np-detection" data-testid="notice-detection">
      <h2>{i18n.t('noticePage.sectionDetection')}</h2>
      <p>
        <span className={`badge ${detection.isNotice ? 'yes' : 'no'}`} data-testid="detection" data-is-notice={detection.isNotice}>
          {detection.isNotice ? i18n.t('noticePage.isNotice', [score]) : i18n.t('noticePage.notNotice', [score])}
        </span>
      </p>
      {detection.reasons.length ? (
        <details className="np-reasons-box">
          <summary className="small">{i18n.t('noticePage.reasons', [String(detection.reasons.length)])}</summary>
          <ul className="np-reasons small" data-testid="detection-reasons">
            {detection.reasons.map((r, i) => <li key={i}>{r}</li>)}
          </ul>
        </details>
      ) : (
        <p className="muted small">{i18n.t('noticePage.noReasons')}</p>
      )}
      <h2>{i18n.t('noticePage.sectionChecks')}</h2>
      {checks.length ? (
        <ul className="plain small" data-testid="checks">
          {checks.map((c, i) => {
            const args: [string, string, string] = [uiCodeLabel(c.code), grouped.format(c.stated), grouped.format(c.sumOfParts)];
            const status = failed.has(c) ? 'failed' : c.ok ? 'ok' : 'partial';
            const line = status === 'failed' ? i18n.t('noticePage.checkFailed', args)
              : status === 'ok' ? i18n.t('noticePage.checkOk', args) : i18n.t('noticePage.checkPartial', args);
            return (
              <li key={i} data-testid="check" data-code={c.code} data-status={status} className={status === 'failed' ? 'warnings' : undefined}>
                {line}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted small">{i18n.t('noticePage.noChecks')}</p>
      )}
    </section>
  );
}
