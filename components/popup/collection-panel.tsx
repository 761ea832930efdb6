// "The collection": how many notices (in the fold's summary), headline totals over all of them and
// the last saved ones (in the fold).
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { i18n } from '../i18n';
import { totalsFromStats } from '@/lib/collection';
import { getDb } from '@/entrypoints/background/database';
import { FiguresTable } from '../figures-table';

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
    <details data-testid="collection-fold">
      <summary>
        {i18n.t('collection.title')}
        {' · '}
        <span data-testid="collection-count" data-count={count ?? ''}>
          {count === undefined ? i18n.t('common.loading') : i18n.t('collection.count', count)}
        </span>
      </summary>
      <div className="fold-body">
        {count === 0 && <p className="muted small">{i18n.t('collection.empty')}</p>}
        {totals.length > 0 && (
          <>
            <h3 className="small muted">{i18n.t('collection.totals')}</h3>
            <FiguresTable
              figures={totals}
              testId="collection-totals"
              note={(t) => (t.notices && t.notices > 1 ? i18n.t('collection.noticesContributing', [String(t.notices)]) : null)}
            />
          </>
        )}
        {recent && recent.length > 0 && (
          <>
            <h3 className="small muted">{i18n.t('collection.recent')}</h3>
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
      </div>
    </details>
  );
}
