import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import './dashboard.css';
import { i18n } from '#i18n';
import { getDb } from '@/entrypoints/background/database';
import { App } from './App';
import { DevNoticeRoute, noticeIdFromSearch } from '@/components/dashboard/notice-page/dev-route';

// Debugging aid (and the e2e tests' window into the database): in this page only,
// `rectifyLens.db` is the Dexie instance, e.g. `await rectifyLens.db.notices.toArray()`.
(globalThis as { rectifyLens?: unknown }).rectifyLens = { db: getDb() };

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = i18n.t('dashboard.title');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {noticeIdFromSearch(location.search) !== null ? <DevNoticeRoute noticeId={noticeIdFromSearch(location.search)!} /> : <App />}
  </StrictMode>,
);
