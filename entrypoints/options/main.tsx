import '@/components/theme.css';
import './options.css';
import { i18n } from '@/components/i18n';
import { renderPage } from '@/components/render-page';
import { App } from './App';

renderPage(App, () => i18n.t('settings.title'));
