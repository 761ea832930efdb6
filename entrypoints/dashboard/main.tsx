import '@/components/theme.css';
import './dashboard.css';
import { i18n } from '@/components/i18n';
import { renderPage } from '@/components/render-page';
import { getDb } from '@/entrypoints/background/database';
import { App } from './App';

// Debugging aid (and the e2e tests' window into the database): in this page only,
// `rectifyLens.db` is the Dexie instance, e.g. `await rectifyLens.db.notices.toArray()`.
(globalThis as { rectifyLens?: unknown }).rectifyLens = { db: getDb() };

renderPage(App, () => i18n.t('dashboard.title'));
