// The dashboard's state in its URL, so a view and its filter can be bookmarked and survive a
// reload: ?view=notices|charts|notice&id=N&q=…&issuer=…&body=…&type=…&province=…&city=…
// &from=2020&to=2023&code=…&warn=1&tag=…&sort=col:dir. Parsing never throws: a value that does
// not make sense is dropped, and defaults are left out of the URL.
import { isCode } from '../vocabulary';
import { EMPTY_FILTER, INSPECTION_TYPES, type InspectionTypeFilter, type SummaryFilter } from './summary-filter';

export const DASHBOARD_VIEWS = ['notices', 'charts', 'notice'] as const;
export type DashboardView = (typeof DASHBOARD_VIEWS)[number];

export interface GridSort {
  id: string;
  desc: boolean;
}

export interface DashboardQuery {
  view: DashboardView;
  /** The notice of view=notice. */
  id: number | null;
  filter: SummaryFilter;
  /** null: the grid's default order. */
  sort: GridSort | null;
}

export const DEFAULT_QUERY: DashboardQuery = { view: 'notices', id: null, filter: EMPTY_FILTER, sort: null };

/** The text filters, by their URL parameter. */
const TEXT_PARAMS = ['q', 'issuer', 'body', 'province', 'city', 'tag'] as const;

function year(s: string | null): number | null {
  return s && /^\d{4}$/.test(s) ? Number(s) : null;
}

function positiveInt(s: string | null): number | null {
  return s && /^[1-9]\d{0,15}$/.test(s) ? Number(s) : null;
}

/**
 * `search` is location.search (with or without its "?"). `sortable`, when given, lists the
 * column ids a sort may name; any other is dropped.
 */
export function parseDashboardQuery(search: string, sortable?: readonly string[]): DashboardQuery {
  const p = new URLSearchParams(search);
  const filter: SummaryFilter = { ...EMPTY_FILTER };
  for (const k of TEXT_PARAMS) filter[k] = (p.get(k) ?? '').trim();
  const type = p.get('type') ?? '';
  filter.type = (INSPECTION_TYPES as readonly string[]).includes(type) ? (type as InspectionTypeFilter) : '';
  filter.from = year(p.get('from'));
  filter.to = year(p.get('to'));
  const code = p.get('code') ?? '';
  filter.code = isCode(code) ? code : '';
  filter.warn = p.get('warn') === '1';

  const id = positiveInt(p.get('id'));
  const asked = p.get('view') ?? '';
  let view: DashboardView = (DASHBOARD_VIEWS as readonly string[]).includes(asked) ? (asked as DashboardView) : 'notices';
  // A notice page without a notice is the list.
  if (view === 'notice' && id === null) view = 'notices';

  const m = /^([A-Za-z][\w-]*):(asc|desc)$/.exec(p.get('sort') ?? '');
  const sort = m && (!sortable || sortable.includes(m[1])) ? { id: m[1], desc: m[2] === 'desc' } : null;
  return { view, id: view === 'notice' ? id : null, filter, sort };
}

/** "?view=charts&issuer=…" (parameters in a fixed order), or "" for the default dashboard. */
export function serialiseDashboardQuery(query: DashboardQuery): string {
  const p = new URLSearchParams();
  const f = query.filter;
  if (query.view !== 'notices') p.set('view', query.view);
  if (query.view === 'notice' && query.id !== null) p.set('id', String(query.id));
  for (const k of TEXT_PARAMS) if (f[k].trim()) p.set(k, f[k].trim());
  if (f.type) p.set('type', f.type);
  if (f.from !== null) p.set('from', String(f.from));
  if (f.to !== null) p.set('to', String(f.to));
  if (f.code) p.set('code', f.code);
  if (f.warn) p.set('warn', '1');
  if (query.sort) p.set('sort', `${query.sort.id}:${query.sort.desc ? 'desc' : 'asc'}`);
  const s = p.toString();
  return s ? `?${s}` : '';
}
