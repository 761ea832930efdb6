import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import './dashboard.css';
import { i18n } from '@/components/i18n';
import { localeTag, loadUiLanguage } from '@/components/ui-language';
import { useUiLocale } from '@/components/use-ui-locale';
import { getDb } from '@/entrypoints/background/database';
import { App } from './App';

// Debugging aid (and the e2e tests' window into the database): in this page only,
// `rectifyLens.db` is the Dexie instance, e.g. `await rectifyLens.db.notices.toArray()`.
(globalThis as { rectifyLens?: unknown }).rectifyLens = { db: getDb() };

/** Re-renders the dashboard in the UI language whenever it changes (the popup's setting). */
function Root() {
  const locale = useUiLocale();
  document.documentElement.lang = localeTag(locale);
  document.title = i18n.t('dashboard.title');
  return <App />;
}

void loadUiLanguage().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
});
