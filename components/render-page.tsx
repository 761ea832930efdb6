// Mounts an extension page (popup, dashboard, settings) in the UI language: the setting is read
// before the first render, so nothing shows in another language first, and the whole page
// re-renders, with its lang and title, whenever the setting changes in any context.
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { localeTag, loadUiLanguage } from './ui-language';
import { useUiLocale } from './use-ui-locale';

/** `title` is asked again at each language change (an i18n.t call). */
export function renderPage(App: ComponentType, title?: () => string): void {
  function Root() {
    const locale = useUiLocale();
    document.documentElement.lang = localeTag(locale);
    if (title) document.title = title();
    return <App />;
  }
  void loadUiLanguage().then(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <Root />
      </StrictMode>,
    );
  });
}
