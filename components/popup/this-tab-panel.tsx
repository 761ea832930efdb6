// "This tab": is it a notice, its title and main figures, Save/Remove, the highlight legend; the
// rest (fields, reasons, every figure, failed checks) folded in "Details" so the popup fits one screen.
import type { ReactNode } from 'react';
import { i18n } from '../i18n';
import { failedChecks, headlineFigures } from '@/lib/collection';
import { FiguresTable } from '../figures-table';
import { AnalyseButton } from './analyse-button';
import { CheckWarnings } from './check-warnings';
import { HighlightLegend } from './highlight-legend';
import { NoticeDetails } from './notice-details';
import { SaveControls } from './save-controls';
import type { TabView } from './use-page-state';

interface Props {
  tabId: number | null;
  restricted: boolean;
  view: TabView;
  refresh: () => void;
}

/** Main figures shown unfolded: totals only, so many of each kind (sanctions first, then money and
 *  counts), in the vocabulary's order; every figure is in the Details fold. */
const MAIN_QUOTA: Record<string, number> = { sanction: 3, money: 2, count: 1 };

function mainFigures<T extends { kind: string; parent: string | null }>(figures: readonly T[]): T[] {
  const left = { ...MAIN_QUOTA };
  const out: T[] = [];
  for (const f of figures) {
    if (f.parent !== null || !left[f.kind]) continue;
    left[f.kind]! -= 1;
    out.push(f);
  }
  return out;
}

function Status({ status, children }: { status: string; children: ReactNode }) {
  return (
    <div className="row" data-testid="notice-status" data-status={status}>
      {children}
    </div>
  );
}

export function ThisTabPanel({ tabId, restricted, view, refresh }: Props) {
  if (tabId === null) return <Status status="no-tab"><span className="muted">{i18n.t('popup.noTab')}</span></Status>;
  if (view.kind === 'loading') {
    return <Status status="loading"><span className="muted">{i18n.t('popup.loading')}</span></Status>;
  }
  if (view.kind === 'no-content-script') {
    if (restricted) return <Status status="restricted"><span className="muted">{i18n.t('popup.restricted')}</span></Status>;
    return (
      <>
        <Status status="no-content-script"><span className="muted">{i18n.t('popup.noContentScript')}</span></Status>
        <div style={{ marginTop: 8 }}>
          <AnalyseButton tabId={tabId} onDone={refresh} />
        </div>
      </>
    );
  }
  const { state } = view;
  const extraction = state.extraction;
  if (!extraction) {
    if (!view.final) return <Status status="loading"><span className="muted">{i18n.t('popup.loading')}</span></Status>;
    return (
      <Status status="not-notice">
        <span className="badge no">{i18n.t('popup.notNotice')}</span>
        <span className="muted small">{i18n.t('popup.noNoticeFound')}</span>
      </Status>
    );
  }
  const { detection, notice } = extraction;
  const figures = headlineFigures(extraction.facts);
  const main = mainFigures(figures);
  const warnings = failedChecks(extraction.checks).length;
  return (
    <>
      <Status status={detection.isNotice ? 'notice' : 'not-notice'}>
        <span className={`badge ${detection.isNotice ? 'yes' : 'no'}`}>
          {detection.isNotice ? i18n.t('popup.isNotice') : i18n.t('popup.notNotice')}
        </span>
        <span className="muted small" data-testid="notice-score" data-score={detection.score}>
          {i18n.t('popup.score', [detection.score.toFixed(2)])}
        </span>
      </Status>
      {notice.title && <p className="notice-title" title={notice.title} data-testid="notice-title">{notice.title}</p>}
      {detection.isNotice && (
        main.length > 0 ? (
          <FiguresTable figures={main} testId="headline-figures" />
        ) : (
          <p className="muted small" data-testid="headline-figures" data-empty="true">{i18n.t('popup.noHeadline')}</p>
        )
      )}
      <SaveControls tabId={tabId} state={state} onChanged={refresh} />
      {detection.isNotice && <HighlightLegend />}
      <details data-testid="details-fold">
        <summary>
          {i18n.t('popup.details')}
          {warnings > 0 && <span className="warn-dot" data-testid="warnings-count"> ⚠ {warnings}</span>}
        </summary>
        <div className="fold-body">
          <NoticeDetails notice={notice} detection={detection} />
          {detection.isNotice && figures.length > 0 && (
            <>
              <h3 className="small muted">{i18n.t('popup.allFigures', [String(figures.length)])}</h3>
              <FiguresTable figures={figures} testId="all-figures" />
            </>
          )}
          {detection.isNotice && <CheckWarnings checks={extraction.checks} />}
        </div>
      </details>
    </>
  );
}
