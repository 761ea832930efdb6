import '@/components/theme.css';
import './popup.css';
import { renderPage } from '@/components/render-page';
import { App } from './App';

renderPage(App);
