// "The collection": how many notices, headline totals over all of them, the last saved ones.
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { totalsFromStats } from '@/lib/collection';
import { getDb } from '@/entrypoints/background/database';
import { ExportCsvButton } from '../export-csv-button';
import { FiguresTable } from '../figures-table';
import { AutoSaveToggle } from './auto-save-toggle';

const RECENT = 5;

export function openDashboard(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}

export function CollectionPanel() {
  const db = getDb();
  const count = useLiveQuery(() => db.notices.count(), []);
  // One row of running totals (lib/db/summaries.ts), not every fact: instant at any size.
  const stats = useLiveQuery(() => db.stats.get('collection'), []);
  const recent = useLiveQuery(() => db.notices.orderBy('savedAt').reverse().limit(RECENT).toArray(), []);
  // Totals only (no breakdowns) keep the popup short; the dashboard has the detail.
  const totals = stats ? totalsFromStats(stats.byCode).filter((t) => t.parent === null) : [];
  return (
    <>
      <div className="row">
        <h2 style={{ margin: 0 }}>{i18n.t('collection.title')}</h2>
        <span className="spacer" />
        <span data-testid="collection-count" data-count={count ?? ''}>
          {count === undefined ? i18n.t('common.loading') : i18n.t('collection.count', count)}
        </span>
      </div>
      {count === 0 && <p className="muted small">{i18n.t('collection.empty')}</p>}
      {totals.length > 0 && (
        <>
          <h3 style={{ marginTop: 8 }} className="small muted">{i18n.t('collection.totals')}</h3>
          <FiguresTable
            figures={totals}
            testId="collection-totals"
            note={(t) => (t.notices && t.notices > 1 ? i18n.t('collection.noticesContributing', [String(t.notices)]) : null)}
          />
        </>
      )}
      {recent && recent.length > 0 && (
        <>
          <h3 style={{ marginTop: 8 }} className="small muted">{i18n.t('collection.recent')}</h3>
          <ul className="plain" data-testid="recent-notices">
            {recent.map((n) => (
              <li key={n.id} data-notice-id={n.id}>
                <a href={n.url} target="_blank" rel="noreferrer" className="ellipsis" style={{ display: 'block' }} title={n.url}>
                  {n.notice.title ?? n.pageTitle ?? i18n.t('common.untitled')}
                </a>
                <span className="muted small">
                  {[n.notice.issuer, n.notice.publishedDate ?? n.savedAt.slice(0, 10)].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="row" style={{ marginTop: 10 }}>
        <button type="button" data-testid="open-dashboard" onClick={openDashboard}>
          {i18n.t('collection.openDashboard')}
        </button>
        <ExportCsvButton />
      </div>
      <div style={{ marginTop: 8 }}>
        <AutoSaveToggle />
      </div>
    </>
  );
}
