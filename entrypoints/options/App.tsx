// The settings page: the sites the content script reads by itself, how pages are read, and the
// interface language. Each control writes its storage.local item at once (no Save button).
import { i18n } from '#i18n';
import { LanguageSection } from './language-section';
import { ReadingSection } from './reading-section';
import { SitesSection } from './sites-section';

export function App() {
  return (
    <main className="settings">
      <header>
        <h1>{i18n.t('settings.title')}</h1>
      </header>
      <SitesSection />
      <ReadingSection />
      <LanguageSection />
    </main>
  );
}
