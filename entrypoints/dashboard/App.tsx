// The dashboard: every saved notice (filter, sort, delete), the facts of the selected one,
// CSV export and JSON backup.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { filterNotices, sortNotices, type NoticeSort } from '@/lib/collection';
import { removeNotice, type StoredNotice } from '@/lib/db';
import { getDb } from '@/entrypoints/background/database';
import { requestPersistentStorage } from '@/entrypoints/background/persist-storage';
import { BackupControls } from '@/components/dashboard/backup-controls';
import { FactsTable } from '@/components/dashboard/facts-table';
import { NoticesTable } from '@/components/dashboard/notices-table';
import { ExportCsvButton } from '@/components/export-csv-button';

const SORTS: Array<[NoticeSort, () => string]> = [
  ['saved-desc', () => i18n.t('dashboard.sortSavedNewest')],
  ['saved-asc', () => i18n.t('dashboard.sortSavedOldest')],
  ['published-desc', () => i18n.t('dashboard.sortPublishedNewest')],
  ['published-asc', () => i18n.t('dashboard.sortPublishedOldest')],
];

export function App() {
  const all = useLiveQuery(() => getDb().notices.toArray() as Promise<StoredNotice[]>, []);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<NoticeSort>('saved-desc');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  useEffect(() => void requestPersistentStorage(), []);
  const shown = useMemo(() => sortNotices(filterNotices(all ?? [], filter), sort), [all, filter, sort]);
  const selected = all?.find((n) => n.id === selectedId) ?? null;

  const onDelete = async (id: number) => {
    await removeNotice(getDb(), id);
    if (id === selectedId) setSelectedId(null);
  };

  return (
    <main>
      <h1>{i18n.t('dashboard.title')}</h1>
      <div className="toolbar">
        <input
          type="search"
          data-testid="filter-input"
          placeholder={i18n.t('dashboard.filter')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <label className="row">
          {i18n.t('dashboard.sortBy')}
          <select data-testid="sort-select" value={sort} onChange={(e) => setSort(e.target.value as NoticeSort)}>
            {SORTS.map(([value, label]) => (
              <option key={value} value={value}>{label()}</option>
            ))}
          </select>
        </label>
        <span className="muted small" data-testid="notices-shown" data-shown={shown.length} data-total={all?.length ?? ''}>
          {all ? i18n.t('dashboard.shown', [String(shown.length), String(all.length)]) : i18n.t('common.loading')}
        </span>
      </div>
      <div className="toolbar">
        <ExportCsvButton noticeIds={filter ? shown.map((n) => n.id) : undefined} />
        <BackupControls />
      </div>
      <div className="columns">
        <div>
          <NoticesTable notices={shown} selectedId={selectedId} onSelect={setSelectedId} onDelete={(id) => void onDelete(id)} />
        </div>
        <div>
          {selected ? (
            <FactsTable noticeId={selected.id} title={selected.notice.title ?? selected.pageTitle} />
          ) : (
            <p className="muted">{i18n.t('dashboard.selectNotice')}</p>
          )}
        </div>
      </div>
    </main>
  );
}
