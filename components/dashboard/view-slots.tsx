// PLACEHOLDER SLOTS — the lead replaces these at merge with the real views:
//   NoticePage → components/dashboard/notice-page/notice-page.tsx (notice helper)
//   ChartsView → components/dashboard/charts/charts-view.tsx (charts helper)
//   showFactOnPage → the message that opens the notice and highlights one fact
// Each stub has the real component's props, so the swap is an import change in App.tsx.
import { useLiveQuery } from 'dexie-react-hooks';
import { i18n } from '#i18n';
import type { SummaryRow } from '@/lib/db';
import { getDb } from '@/entrypoints/background/database';
import { FactsTable } from './facts-table';

export interface NoticePageProps {
  noticeId: number;
  onBack(): void;
  onDelete(id: number): void;
  onShowOnPage(factId: number): void;
}

/** Stub notice page: back, the notice's title and facts, delete. */
export function NoticePage({ noticeId, onBack, onDelete }: NoticePageProps) {
  const summary = useLiveQuery(() => getDb().summaries.get(noticeId), [noticeId]);
  return (
    <section className="notice-page-slot" data-testid="notice-page">
      <div className="toolbar">
        <button type="button" data-testid="notice-back" onClick={onBack}>{i18n.t('grid.back')}</button>
        {summary && <button type="button" data-testid="notice-delete" onClick={() => onDelete(noticeId)}>{i18n.t('grid.delete')}</button>}
      </div>
      {summary === undefined ? null : summary ? (
        <FactsTable noticeId={noticeId} title={summary.title} />
      ) : (
        <p className="muted">{i18n.t('grid.noticeGone')}</p>
      )}
    </section>
  );
}

/** Stub charts view: how many notices the charts would draw. */
export function ChartsView({ rows }: { rows: SummaryRow[] }) {
  return (
    <section className="charts-slot" data-testid="charts-view" data-rows={rows.length}>
      <p className="muted">{i18n.t('grid.chartsPlaceholder', [String(rows.length)])}</p>
    </section>
  );
}

/** Stub: opens the notice's page in a new tab (the real one also highlights the fact). */
export function showFactOnPage(url: string, _factId: number): void {
  void browser.tabs.create({ url });
}
