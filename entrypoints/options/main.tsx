import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import './options.css';
import { i18n } from '#i18n';
import { App } from './App';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = i18n.t('settings.title');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
