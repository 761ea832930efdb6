// The popup, one screen: the target tab's verdict, main figures and Save/Remove on top, then Open
// dashboard and Export; on a list page, its collection; the collection and settings folded below.
import { useEffect, useState } from 'react';
import { i18n } from '@/components/i18n';
import { requestPersistentStorage } from '@/entrypoints/background/persist-storage';
import { ExportCsvButton } from '@/components/export-csv-button';
import { CollectionPanel, openDashboard } from '@/components/popup/collection-panel';
import { SettingsPanel } from '@/components/popup/settings-panel';
import { CollectPanel } from '@/components/popup/collect-panel';
import { ThisTabPanel } from '@/components/popup/this-tab-panel';
import { SettingsLink } from '@/components/popup/settings-link';
import { isRestrictedUrl, resolveTargetTab } from './target-tab';
import { usePageState } from '@/components/popup/use-page-state';

export function App() {
  const [tab, setTab] = useState<{ id: number | null; url?: string } | undefined>(undefined);
  useEffect(() => {
    void requestPersistentStorage();
    void resolveTargetTab().then((t) => setTab({ id: t?.id ?? null, url: t?.url }));
  }, []);
  const tabId = tab?.id ?? null;
  const { view, refresh } = usePageState(tabId);
  // A notice links to related articles too: the list collection is offered on pages that are not notices.
  const isNotice = view.kind === 'ready' && !!view.state.extraction?.detection.isNotice;
  const highlights = tabId !== null && view.kind === 'ready' && view.state.extraction ? { tabId, on: view.state.highlightsOn } : null;
  return (
    <main>
      <header>
        <h1>{i18n.t('extName')}</h1>
      </header>
      <section data-testid="this-tab" data-tab-id={tabId ?? ''}>
        {tab === undefined ? (
          <div data-testid="notice-status" data-status="loading" className="muted">{i18n.t('popup.loading')}</div>
        ) : (
          <ThisTabPanel tabId={tabId} restricted={isRestrictedUrl(tab.url)} view={view} refresh={() => void refresh()} />
        )}
      </section>
      {!isNotice && <section data-testid="collect"><CollectPanel tabId={tabId} /></section>}
      <section className="row actions">
        <button type="button" data-testid="open-dashboard" onClick={openDashboard}>
          {i18n.t('collection.openDashboard')}
        </button>
        <ExportCsvButton />
      </section>
      <section data-testid="collection" className="folds">
        <CollectionPanel />
        <SettingsPanel highlights={highlights} />
      </section>
      <footer className="row" style={{ padding: '6px 12px' }}><SettingsLink /></footer>
    </main>
  );
}

