// The filter bar above the grid (and the charts): free text and one choice per field, combined.
// Every control has its own data-testid; the choices are the values the collection holds, plus
// the current one when a bookmarked URL names a value no notice has any more.
import { i18n } from '@/components/i18n';
import { codeLabel, labelLanguage } from '@/lib/collection';
import { EMPTY_FILTER, INSPECTION_TYPES, isEmptyFilter, type FilterOptions, type SummaryFilter } from '@/lib/collection/summary-filter';

interface Props {
  filter: SummaryFilter;
  options: FilterOptions;
  onChange(filter: SummaryFilter): void;
}

function Choice({ testid, value, all, values, label, onChange }: {
  testid: string; value: string; all: string; values: readonly string[]; label?: (v: string) => string; onChange(v: string): void;
}) {
  const list = value && !values.includes(value) ? [value, ...values] : values;
  return (
    <select data-testid={testid} value={value} title={all} aria-label={all} className={value ? 'active' : undefined} onChange={(e) => onChange(e.target.value)}>
      <option value="">{all}</option>
      {list.map((v) => <option key={v} value={v}>{label ? label(v) : v}</option>)}
    </select>
  );
}

export function GridFilters({ filter, options, onChange }: Props) {
  const set = <K extends keyof SummaryFilter>(key: K, value: SummaryFilter[K]) => onChange({ ...filter, [key]: value });
  const lang = labelLanguage(browser.i18n.getUILanguage());
  const years = options.years.map(String);
  const year = (v: string) => (v ? Number(v) : null);
  return (
    <div className="grid-filters toolbar" role="search">
      <input type="search" data-testid="filter-input" placeholder={i18n.t('grid.filterText')} aria-label={i18n.t('grid.filterText')}
        value={filter.q} onChange={(e) => set('q', e.target.value)} />
      <Choice testid="filter-issuer" value={filter.issuer} all={i18n.t('grid.anyIssuer')} values={options.issuers} onChange={(v) => set('issuer', v)} />
      <Choice testid="filter-body" value={filter.body} all={i18n.t('grid.anyBody')} values={options.bodies} onChange={(v) => set('body', v)} />
      <Choice testid="filter-type" value={filter.type} all={i18n.t('grid.anyType')} values={INSPECTION_TYPES} onChange={(v) => set('type', v as SummaryFilter['type'])} />
      <Choice testid="filter-province" value={filter.province} all={i18n.t('grid.anyProvince')} values={options.provinces} onChange={(v) => set('province', v)} />
      <Choice testid="filter-city" value={filter.city} all={i18n.t('grid.anyCity')} values={options.cities} onChange={(v) => set('city', v)} />
      <span className="row nowrap">
        <Choice testid="filter-from" value={filter.from === null ? '' : String(filter.from)} all={i18n.t('grid.yearFrom')} values={years} onChange={(v) => set('from', year(v))} />
        <span aria-hidden="true">–</span>
        <Choice testid="filter-to" value={filter.to === null ? '' : String(filter.to)} all={i18n.t('grid.yearTo')} values={years} onChange={(v) => set('to', year(v))} />
      </span>
      <Choice testid="filter-code" value={filter.code} all={i18n.t('grid.anyCode')} values={options.codes} label={(c) => codeLabel(c, lang)} onChange={(v) => set('code', v)} />
      <Choice testid="filter-tag" value={filter.tag} all={i18n.t('grid.anyTag')} values={options.tags} onChange={(v) => set('tag', v)} />
      <label className="row nowrap">
        <input type="checkbox" data-testid="filter-warn" checked={filter.warn} onChange={(e) => set('warn', e.target.checked)} />
        {i18n.t('grid.hasWarnings')}
      </label>
      <button type="button" data-testid="filter-clear" disabled={isEmptyFilter(filter)} onClick={() => onChange(EMPTY_FILTER)}>
        {i18n.t('grid.clearFilters')}
      </button>
    </div>
  );
}
