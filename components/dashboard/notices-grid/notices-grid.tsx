// The saved notices as a virtualised grid (TanStack Table v9 + TanStack Virtual): a sticky header
// whose labels sort, drag handles that resize, and only the rows in view in the DOM, so 10,000
// notices scroll as easily as ten. Rows have one fixed height (every cell is clipped to it), so
// nothing needs measuring while scrolling. Clicking a row opens its notice page.
import { useTable, type ColumnSizingState, type ColumnVisibilityState, type Row, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, type CSSProperties } from 'react';
import { i18n } from '@/components/i18n';
import type { GridSort } from '@/lib/collection/dashboard-query';
import type { SummaryRow } from '@/lib/db';
import { COLUMN_LABELS, DEFAULT_SORT, FLEX_COLUMN, gridColumns, gridFeatures, NUMERIC_COLUMNS, type ColumnId } from './grid-columns';

export const ROW_HEIGHT = 46;

// The same widths for header and body cells; the title column grows into the space left.
const cellStyle = (id: string, size: number): CSSProperties =>
  id === FLEX_COLUMN ? { flex: `1 0 ${size}px`, minWidth: size } : { flex: `0 0 ${size}px`, width: size };
const cellClass = (id: string) => `grid-cell col-${id}${NUMERIC_COLUMNS.has(id) ? ' num' : ''}`;

interface Props {
  rows: SummaryRow[];
  sort: GridSort | null;
  onSortChange(sort: GridSort | null): void;
  columnVisibility: ColumnVisibilityState;
  columnSizing: ColumnSizingState;
  onColumnSizingChange(updater: Updater<ColumnSizingState>): void;
  onOpen(noticeId: number): void;
  onDelete(noticeId: number, title: string): void;
}

const apply = <T,>(updater: Updater<T>, old: T): T => (typeof updater === 'function' ? (updater as (o: T) => T)(old) : updater);

export function NoticesGrid({ rows, sort, onSortChange, columnVisibility, columnSizing, onColumnSizingChange, onOpen, onDelete }: Props) {
  const columns = useMemo(() => gridColumns(onDelete), [onDelete]);
  const sorting = useMemo<SortingState>(() => [sort ?? DEFAULT_SORT], [sort]);
  const table = useTable({
    features: gridFeatures,
    columns,
    data: rows,
    getRowId: (r) => String(r.noticeId),
    state: { sorting, columnVisibility, columnSizing },
    onSortingChange: (u) => {
      const next = apply(u, sorting)[0];
      onSortChange(!next || (next.id === DEFAULT_SORT.id && next.desc === DEFAULT_SORT.desc) ? null : { id: next.id, desc: next.desc });
    },
    onColumnSizingChange,
    enableSortingRemoval: false,
    columnResizeMode: 'onChange',
  });
  const shown = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => shown[i].id,
    overscan: 8,
  });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  // Rows re-render only when they come into view or the columns change, not on every scroll.
  const layoutKey = JSON.stringify([columnVisibility, columnSizing, columns.length]);

  return (
    <div className="grid-scroll" ref={scroller} data-testid="notices-grid" role="table" aria-rowcount={shown.length + 1}>
      <div className="grid-inner" style={{ minWidth: table.getTotalSize() }}>
        <div className="grid-head" role="rowgroup">
          <div className="grid-row" role="row">
            {headers.map((header) => {
              const col = header.column;
              const label = col.id in COLUMN_LABELS ? COLUMN_LABELS[col.id as ColumnId]() : '';
              const dir = col.getIsSorted();
              return (
                <div key={header.id} role="columnheader" className={cellClass(col.id)} style={cellStyle(col.id, header.getSize())}
                  aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'} data-column={col.id}>
                  {col.getCanSort() ? (
                    <button type="button" className="grid-sort" data-testid={`sort-${col.id}`} title={`${label} — ${i18n.t('grid.sortHint')}`}
                      onClick={col.getToggleSortingHandler()}>
                      <span className="grid-label">{label}</span>
                      <span className="grid-arrow" aria-hidden="true">{dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : ''}</span>
                    </button>
                  ) : null}
                  {col.getCanResize() ? (
                    <span className={`grid-resizer${col.getIsResizing() ? ' active' : ''}`} title={i18n.t('grid.resizeHint')} aria-hidden="true"
                      onMouseDown={header.getResizeHandler()} onTouchStart={header.getResizeHandler()} onDoubleClick={() => col.resetSize()} />
                  ) : null}
                </div>
              );
            })}
          </div>
        </div>
        <div className="grid-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => (
            <GridRow key={shown[item.index].id} row={shown[item.index]} index={item.index} start={item.start} layoutKey={layoutKey} onOpen={onOpen}
              Cell={table.FlexRender} />
          ))}
        </div>
      </div>
    </div>
  );
}

type GridFlexRender = ReturnType<typeof useTable<typeof gridFeatures, SummaryRow>>['FlexRender'];

interface RowProps {
  row: Row<typeof gridFeatures, SummaryRow>;
  index: number;
  start: number;
  /** Changes when column widths or visibility do: the only other reason to re-render. */
  layoutKey: string;
  onOpen(noticeId: number): void;
  Cell: GridFlexRender;
}

const GridRow = memo(function GridRow({ row, index, start, onOpen, Cell }: RowProps) {
  const id = row.original.noticeId;
  return (
    <div role="row" className="grid-row" data-testid="notice-row" data-notice-id={id} aria-rowindex={index + 2}
      tabIndex={0} style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
      onClick={() => onOpen(id)} onKeyDown={(e) => { if (e.key === 'Enter' && e.target === e.currentTarget) onOpen(id); }}>
      {row.getVisibleCells().map((cell) => (
        <div key={cell.id} role="cell" className={cellClass(cell.column.id)} style={cellStyle(cell.column.id, cell.column.getSize())}>
          <Cell cell={cell} />
        </div>
      ))}
    </div>
  );
});
