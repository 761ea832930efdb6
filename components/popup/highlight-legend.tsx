// What the two highlight colours in the page mean (entrypoints/content/highlights.css).
import { i18n } from '../i18n';

export function HighlightLegend() {
  return (
    <div className="row small muted legend" data-testid="highlight-legend">
      <span>{i18n.t('popup.legend')}</span>
      <span className="row" style={{ gap: 4 }}>
        <span className="swatch rl-number" aria-hidden="true">12</span>
        {i18n.t('popup.legendNumber')}
      </span>
      <span className="row" style={{ gap: 4 }}>
        <span className="swatch rl-sanction" aria-hidden="true">12</span>
        {i18n.t('popup.legendSanction')}
      </span>
    </div>
  );
}
