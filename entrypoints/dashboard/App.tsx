// The dashboard shell: the notices grid, a notice's page and the charts, one at a time. Which
// view, which notice, the filter and the sort live in the URL (lib/collection/dashboard-query.ts):
// filter and sort changes replace the history entry, opening a notice or switching views pushes
// one (so Back returns), and a reload or bookmark restores it all.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { i18n } from '@/components/i18n';
import { parseDashboardQuery, serialiseDashboardQuery, type DashboardQuery, type DashboardView, type GridSort } from '@/lib/collection/dashboard-query';
import type { SummaryFilter } from '@/lib/collection/summary-filter';
import { requestPersistentStorage } from '@/entrypoints/background/persist-storage';
import { BackupControls } from '@/components/dashboard/backup-controls';
import { ColumnChooser } from '@/components/dashboard/notices-grid/column-chooser';
import { SORTABLE_COLUMNS } from '@/components/dashboard/notices-grid/grid-columns';
import { GridFilters } from '@/components/dashboard/notices-grid/grid-filters';
import { NoticesGrid } from '@/components/dashboard/notices-grid/notices-grid';
import { UndoToast } from '@/components/dashboard/notices-grid/undo-toast';
import { useDeleteWithUndo } from '@/components/dashboard/notices-grid/use-delete-with-undo';
import { useGridLayout } from '@/components/dashboard/notices-grid/use-grid-layout';
import { useSummaries } from '@/components/dashboard/notices-grid/use-summaries';
import { ChartsView } from '@/components/dashboard/charts/charts-view';
import { NoticePage } from '@/components/dashboard/notice-page/notice-page';
import { ReextractPanel } from '@/components/dashboard/reextract-panel';
import { showOnPage, showOnPageMessage } from '@/components/dashboard/show-on-page';
import { ExportCsvButton } from '@/components/export-csv-button';

const readQuery = () => parseDashboardQuery(location.search, SORTABLE_COLUMNS);

function describeError(kind: 'undo' | 'delete', title: string, err?: unknown): string {
  const detail = err === undefined ? '' : ` (${err instanceof Error ? err.message : String(err)})`;
  return (kind === 'undo' ? i18n.t('grid.undoFailed', [title]) : i18n.t('grid.deleteFailed', [title])) + detail;
}

export function App() {
  const [query, setQuery] = useState<DashboardQuery>(readQuery);
  useEffect(() => void requestPersistentStorage(), []);

  // The URL follows the state; Back/Forward bring the state back from the URL.
  useEffect(() => {
    const search = serialiseDashboardQuery(query);
    if (search === location.search) return;
    const url = search || location.pathname;
    if (readQuery().view !== query.view || readQuery().id !== query.id) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }, [query]);
  useEffect(() => {
    const onPop = () => setQuery(readQuery());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const { rows, total, options } = useSummaries(query.filter);
  const ids = useMemo(() => rows?.map((r) => r.noticeId) ?? [], [rows]);
  const layout = useGridLayout();
  const undo = useDeleteWithUndo(describeError);
  const { remove } = undo;

  const setFilter = useCallback((filter: SummaryFilter) => setQuery((q) => ({ ...q, filter })), []);
  const setSort = useCallback((sort: GridSort | null) => setQuery((q) => ({ ...q, sort })), []);
  const show = useCallback((view: DashboardView, id: number | null = null) => setQuery((q) => ({ ...q, view, id })), []);
  const onDelete = useCallback((id: number, title: string) => void remove(id, title), [remove]);
  const onOpen = useCallback((id: number) => show('notice', id), [show]);

  const opened = query.view === 'notice' && query.id !== null ? query.id : null;
  // What "Show on page" could not do (the page changed or is gone), until the next try.
  const [shownOnPage, setShownOnPage] = useState<string | null>(null);
  const onShowOnPage = useCallback((noticeId: number, factId: number) => {
    setShownOnPage(null);
    void showOnPage(noticeId, factId).then((result) => setShownOnPage(showOnPageMessage(result)));
  }, []);

  return (
    <main className="dashboard">
      <header className="dash-head">
        <h1>{i18n.t('dashboard.title')}</h1>
        <nav className="tabs" role="tablist">
          {(['notices', 'charts'] as const).map((v) => (
            <button key={v} type="button" role="tab" data-testid={`tab-${v}`} aria-selected={query.view === v}
              className={query.view === v ? 'tab active' : 'tab'} onClick={() => show(v)}>
              {i18n.t(v === 'notices' ? 'grid.tabNotices' : 'grid.tabCharts')}
            </button>
          ))}
        </nav>
        <span className="spacer" />
        <ExportCsvButton noticeIds={ids} />
        <BackupControls />
      </header>

      {opened !== null ? (
        <NoticePage
          noticeId={opened}
          onBack={() => show('notices')}
          onDelete={(id) => {
            onDelete(id, rows?.find((r) => r.noticeId === id)?.title ?? '');
            show('notices');
          }}
          onShowOnPage={(factId) => onShowOnPage(opened, factId)}
        />
      ) : (
        <>
          <GridFilters filter={query.filter} options={options} onChange={setFilter} />
          <div className="toolbar grid-status">
            <span className="muted small" data-testid="notices-shown" data-shown={rows?.length ?? ''} data-total={total ?? ''}>
              {rows && total !== undefined ? i18n.t('dashboard.shown', [String(rows.length), String(total)]) : i18n.t('common.loading')}
            </span>
            <span className="spacer" />
            {query.view === 'notices' && (
              <ColumnChooser visibility={layout.columnVisibility} onToggle={layout.setColumnVisible} onReset={layout.reset} />
            )}
          </div>
          {query.view === 'notices' && (
            <details className="tools" data-testid="tools">
              <summary>{i18n.t('anchoring.reextractTitle')}</summary>
              <ReextractPanel />
            </details>
          )}
          {query.view === 'charts' ? (
            <ChartsView rows={rows ?? []} />
          ) : rows && total === 0 ? (
            <p className="muted" data-testid="grid-empty">{i18n.t('grid.noNotices')}</p>
          ) : (
            <>
              <NoticesGrid
                rows={rows ?? []}
                sort={query.sort}
                onSortChange={setSort}
                columnVisibility={layout.columnVisibility}
                columnSizing={layout.columnSizing}
                onColumnSizingChange={layout.setColumnSizing}
                onOpen={onOpen}
                onDelete={onDelete}
              />
              {rows && rows.length === 0 && <p className="muted" data-testid="grid-no-match">{i18n.t('grid.noMatch')}</p>}
            </>
          )}
        </>
      )}
      {shownOnPage && opened !== null && (
        <p className="toast" role="status" data-testid="show-on-page-status" onClick={() => setShownOnPage(null)}>{shownOnPage}</p>
      )}
      <UndoToast pending={undo.pending} error={undo.error} onUndo={() => void undo.undo()} onDismiss={undo.dismiss} />
    </main>
  );
}
