// "This tab": is it a notice, what it says, its headline figures and checks, Save/Remove.
import type { ReactNode } from 'react';
import { i18n } from '#i18n';
import { headlineFigures } from '@/lib/collection';
import { FiguresTable } from '../figures-table';
import { AnalyseButton } from './analyse-button';
import { CheckWarnings } from './check-warnings';
import { HighlightsToggle } from './highlights-toggle';
import { NoticeDetails } from './notice-details';
import { SaveControls } from './save-controls';
import type { TabView } from './use-page-state';

interface Props {
  tabId: number | null;
  restricted: boolean;
  view: TabView;
  refresh: () => void;
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
  const { detection } = extraction;
  const figures = headlineFigures(extraction.facts);
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
      <NoticeDetails notice={extraction.notice} detection={detection} />
      {detection.isNotice && (
        <>
          <h3 style={{ marginTop: 8 }}>{i18n.t('popup.headline')}</h3>
          {figures.length > 0 ? (
            <FiguresTable figures={figures} testId="headline-figures" />
          ) : (
            <p className="muted small" data-testid="headline-figures" data-empty="true">{i18n.t('popup.noHeadline')}</p>
          )}
          <CheckWarnings checks={extraction.checks} />
        </>
      )}
      <SaveControls tabId={tabId} state={state} onChanged={refresh} />
      <div style={{ marginTop: 6 }}>
        <HighlightsToggle tabId={tabId} initial={state.highlightsOn} />
      </div>
    </>
  );
}
