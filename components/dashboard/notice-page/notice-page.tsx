// One saved notice in the dashboard: its fields and recognition, its facts (corrections applied,
// each correctable) beside its archived text with the facts marked, and the researcher's tags
// and note. Reads are live and bounded by the notice's id; writes go through lib/db.
import { useCallback, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import type { TextQuoteSelector } from '@/lib/messages';
import { AddFactPanel } from './add-fact-panel';
import { AnnotationEditor } from './annotation-editor';
import { ArchivedText } from './archived-text';
import { DeleteButton } from './delete-button';
import { FactList } from './fact-list';
import { factViews } from './fact-views';
import { NoticeDetection } from './notice-detection';
import { NoticeFields } from './notice-fields';
import { useNoticeData } from './use-notice-data';
import './notice-page.css';

export interface NoticePageProps {
  noticeId: number;
  onBack(): void;
  onDelete(id: number): void;
  onShowOnPage(factId: number): void;
}

export function NoticePage({ noticeId, onBack, onDelete, onShowOnPage }: NoticePageProps) {
  const data = useNoticeData(noticeId);
  const [focus, setFocus] = useState<{ key: string; n: number } | null>(null);
  const [selection, setSelection] = useState<TextQuoteSelector | null>(null);
  // On the rows themselves (stable until the live query re-runs), not on the data object.
  const [facts, corrections, text] = [data?.facts, data?.corrections, data?.text];
  const views = useMemo(() => (facts && corrections && text !== undefined ? factViews(facts, corrections, text) : []), [facts, corrections, text]);
  const locate = useCallback((key: string) => setFocus((f) => ({ key, n: (f?.n ?? 0) + 1 })), []);
  // A fact clicked in the text: brought into view in the list.
  const pick = useCallback((key: string) => {
    locate(key);
    document.querySelector(`[data-testid="notice-fact"][data-key="${key}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [locate]);

  const back = <button type="button" data-testid="notice-back" onClick={onBack}>{i18n.t('noticePage.back')}</button>;
  if (!data) return <main className="notice-page"><p className="muted">{i18n.t('common.loading')}</p></main>;
  if (!data.notice) {
    return (
      <main className="notice-page" data-testid="notice-page" data-notice-id={noticeId} data-found="false">
        {back}
        <p data-testid="notice-not-found">{i18n.t('noticePage.notFound')}</p>
      </main>
    );
  }
  const { notice } = data;
  return (
    <main className="notice-page" data-testid="notice-page" data-notice-id={noticeId} data-found="true">
      <header className="row np-header">
        {back}
        <h1 className="np-title" data-testid="notice-title">{notice.notice.title ?? (notice.pageTitle || i18n.t('common.untitled'))}</h1>
        <span className="spacer" />
        <DeleteButton onConfirm={() => onDelete(noticeId)} />
      </header>
      <div className="np-top">
        <NoticeFields notice={notice} />
        <NoticeDetection notice={notice} />
      </div>
      <div className="np-columns">
        <div className="np-left">
          <AnnotationEditor noticeId={noticeId} annotation={data.annotation} allTags={data.allTags} />
          <FactList noticeId={noticeId} views={views} focusKey={focus?.key ?? null} onLocate={locate} onShowOnPage={onShowOnPage} />
        </div>
        <div className="np-right">
          <section className="np-section np-archive">
            <h2>{i18n.t('noticePage.sectionText')}</h2>
            {data.text === null ? (
              <p className="warnings" data-testid="no-archive">{i18n.t('noticePage.noArchive')}</p>
            ) : (
              <>
                <AddFactPanel noticeId={noticeId} anchor={selection} onDone={() => setSelection(null)} />
                <ArchivedText text={data.text} views={views} focus={focus} pending={selection} onPick={pick} onSelect={setSelection} />
              </>
            )}
          </section>
        </div>
      </div>
    </main>
  );
}
