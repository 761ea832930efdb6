import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import './popup.css';
import { localeTag, loadUiLanguage } from '@/components/ui-language';
import { useUiLocale } from '@/components/use-ui-locale';
import { App } from './App';

/** Re-renders the whole popup in the UI language whenever it changes (in any context). */
function Root() {
  const locale = useUiLocale();
  document.documentElement.lang = localeTag(locale);
  return <App />;
}

// The setting is read before the first render: nothing shows in another language first.
void loadUiLanguage().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
});
