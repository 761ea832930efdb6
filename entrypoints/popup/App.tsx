// The popup: the target tab's notice on top, the collection below.
import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { requestPersistentStorage } from '@/entrypoints/background/persist-storage';
import { CollectionPanel } from '@/components/popup/collection-panel';
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
  return (
    <main>
      <header>
        <h1>{i18n.t('extName')}</h1>
      </header>
      <section data-testid="this-tab" data-tab-id={tabId ?? ''}>
        <h2>{i18n.t('popup.thisTab')}</h2>
        {tab === undefined ? (
          <div data-testid="notice-status" data-status="loading" className="muted">{i18n.t('popup.loading')}</div>
        ) : (
          <ThisTabPanel tabId={tabId} restricted={isRestrictedUrl(tab.url)} view={view} refresh={() => void refresh()} />
        )}
      </section>
      <section data-testid="collect"><CollectPanel tabId={tabId} /></section>
      <section data-testid="collection">
        <CollectionPanel />
      </section>
      <footer className="row" style={{ padding: '6px 12px' }}><SettingsLink /></footer>
    </main>
  );
}
