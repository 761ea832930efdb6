// The notices grid's columns: what each one reads from a summary row (also its sort key), how
// wide it starts, and how its cell looks. Widths are chosen so that every column fits a 1280 px
// window; the title column takes whatever width is left.
import {
  columnResizingFeature, columnSizingFeature, columnVisibilityFeature, createColumnHelper, createSortedRowModel,
  rowSortingFeature, tableFeatures, type SortFn,
} from '@tanstack/react-table';
import { i18n } from '@/components/i18n';
import { codeLabel, formatFigure, formatFigureText, labelLanguage } from '@/lib/collection';
import type { SummaryRow } from '@/lib/db';
import { localDate, moneyFigures, publishedLabel, sanctionsFigure, shortUrl } from './grid-cells';

export const gridFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnVisibilityFeature,
  columnSizingFeature,
  columnResizingFeature,
});
type Features = typeof gridFeatures;

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });
/** Chinese text in pinyin order (the accessors give undefined for blanks: they sort last). */
const textSort: SortFn<Features, SummaryRow> = (a, b, id) => collator.compare(String(a.getValue(id)), String(b.getValue(id)));
const numberSort: SortFn<Features, SummaryRow> = (a, b, id) => Number(a.getValue(id)) - Number(b.getValue(id));

/** Column ids with their header labels, in display order (the column chooser lists them too). */
export const COLUMN_LABELS = {
  title: () => i18n.t('grid.colTitle'),
  issuer: () => i18n.t('grid.colIssuer'),
  unit: () => i18n.t('grid.colUnit'),
  body: () => i18n.t('grid.colBody'),
  type: () => i18n.t('grid.colType'),
  province: () => i18n.t('grid.colProvince'),
  city: () => i18n.t('grid.colCity'),
  year: () => i18n.t('grid.colYear'),
  sanctions: () => i18n.t('grid.colSanctions'),
  money: () => i18n.t('grid.colMoney'),
  facts: () => i18n.t('grid.colFacts'),
  warnings: () => i18n.t('grid.colWarnings'),
  tags: () => i18n.t('grid.colTags'),
  saved: () => i18n.t('grid.colSaved'),
} as const;
export type ColumnId = keyof typeof COLUMN_LABELS;
export const SORTABLE_COLUMNS = Object.keys(COLUMN_LABELS) as ColumnId[];
/** Right-aligned, tabular figures. */
export const NUMERIC_COLUMNS = new Set<string>(['sanctions', 'money', 'facts', 'warnings']);
/** The column that grows into the space left over. */
export const FLEX_COLUMN = 'title';
export const DEFAULT_SORT = { id: 'saved', desc: true };

let uiLang: ReturnType<typeof labelLanguage> | undefined;
const lang = () => (uiLang ??= labelLanguage(browser.i18n.getUILanguage()));
const blank = (s: string | null | undefined) => (s ? s : undefined);
const dash = '—';

const h = createColumnHelper<Features, SummaryRow>();
const text = { sortFn: textSort, sortUndefined: 'last' as const };
const number = { sortFn: numberSort, sortUndefined: 'last' as const, sortDescFirst: true };
const plain = (v: unknown) => (v === undefined || v === '' ? dash : String(v));

export function gridColumns(onDelete: (id: number, title: string) => void) {
  return h.columns([
    h.accessor('title', {
      id: 'title', ...text, size: 144, minSize: 140,
      cell: ({ row }) => (
        <div className="grid-title">
          <span className="grid-title-text" title={row.original.title}>{row.original.title || i18n.t('common.untitled')}</span>
          <a className="grid-url small muted" href={row.original.url} title={row.original.url} target="_blank" rel="noreferrer" onClick={(e) => e.stopPropagation()}>
            {shortUrl(row.original.url)}
          </a>
        </div>
      ),
    }),
    h.accessor((r) => blank(r.issuer), { id: 'issuer', ...text, size: 100, minSize: 60, cell: (c) => plain(c.getValue()) }),
    h.accessor((r) => blank(r.notice.inspectedUnit), { id: 'unit', ...text, size: 100, minSize: 60, cell: (c) => plain(c.getValue()) }),
    h.accessor((r) => blank(r.inspectionBody), { id: 'body', ...text, size: 100, minSize: 60, cell: (c) => plain(c.getValue()) }),
    h.accessor((r) => blank(r.inspectionType), { id: 'type', ...text, size: 48, minSize: 44, cell: (c) => plain(c.getValue()) }),
    h.accessor((r) => blank(r.province), { id: 'province', ...text, size: 64, minSize: 44, cell: (c) => plain(c.getValue()) }),
    h.accessor((r) => blank(r.city), { id: 'city', ...text, size: 60, minSize: 44, cell: (c) => plain(c.getValue()) }),
    h.accessor((r) => publishedLabel(r), { id: 'year', ...text, size: 92, minSize: 56, sortDescFirst: true, cell: (c) => plain(c.getValue()) }),
    h.accessor((r) => sanctionsFigure(r)?.value, {
      id: 'sanctions', ...number, size: 80, minSize: 48,
      cell: ({ row }) => {
        const f = sanctionsFigure(row.original);
        if (!f) return dash;
        return <span title={`${codeLabel(f.code, lang())}: ${formatFigureText(f.value, f.unit, f.kind, f.approx)}`}>{formatFigure(f.value, f.unit, f.kind, f.approx).main}</span>;
      },
    }),
    h.accessor((r) => moneyFigures(r).sum, {
      id: 'money', ...number, size: 92, minSize: 56,
      cell: ({ row }) => {
        const { sum, parts } = moneyFigures(row.original);
        if (sum === undefined) return dash;
        const shown = formatFigure(sum, '元', 'money');
        const detail = parts.map((f) => `${codeLabel(f.code, lang())}: ${formatFigureText(f.value, f.unit, f.kind, f.approx)}`).join('\n');
        return <span title={detail}>{shown.alt ?? shown.main}</span>;
      },
    }),
    h.accessor('factCount', { id: 'facts', ...number, size: 52, minSize: 40 }),
    h.accessor('warningCount', {
      id: 'warnings', ...number, size: 64, minSize: 40,
      cell: (c) => (c.getValue() ? <span className="grid-warn" title={i18n.t('grid.warningsTitle', [String(c.getValue())])}>{c.getValue()}</span> : '0'),
    }),
    h.accessor((r) => (r.tags.length ? r.tags.join('、') : undefined), {
      id: 'tags', ...text, size: 64, minSize: 44,
      cell: ({ row }) => (row.original.tags.length ? row.original.tags.map((t) => <span key={t} className="grid-tag">{t}</span>) : ''),
    }),
    h.accessor('savedAt', {
      id: 'saved', ...text, size: 92, minSize: 64, sortDescFirst: true,
      cell: (c) => <span title={localDate(c.getValue(), true)}>{localDate(c.getValue())}</span>,
    }),
    h.display({
      id: 'actions', size: 64, minSize: 64, enableSorting: false, enableHiding: false, enableResizing: false,
      cell: ({ row }) => (
        <button type="button" className="grid-delete small" data-testid="delete-notice"
          onClick={(e) => { e.stopPropagation(); onDelete(row.original.noticeId, row.original.title); }}>
          {i18n.t('grid.delete')}
        </button>
      ),
    }),
  ]);
}
